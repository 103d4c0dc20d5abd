#pragma once

#include "core/security/PassphraseKeyWrap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace hrdesk::security {

enum class Protection { Keychain, Passphrase };

// Where one key is kept: a keychain entry, or wrapped under a passphrase.
struct KeySlot
{
    Protection protection = Protection::Keychain;
    QString keychainService;
    QString keychainAccount;
    WrappedKey wrappedKey;
};

// The sidecar `<database>.key.json`: how the database's key is protected and where to find it.
// It never holds the key in plain text, so it can be copied with the database (a passphrase-
// protected database then travels with its wrapped key).
class KeyInfoFile
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::KeyInfoFile)

public:
    // Format 2 is written only while a key rotation is pending, so that an older HR Desk refuses
    // the file instead of trying only the key the database may no longer use.
    static constexpr int CurrentFormat = 1;
    static constexpr int PendingRotationFormat = 2;

    enum class SaveMode {
        CreateNew, // fails if the file exists: never replace another database's key information
        Replace,   // atomic replacement (after a rekey)
    };

    static QString pathFor(const QString &databasePath);

    QUuid databaseId() const { return m_databaseId; }
    void setDatabaseId(const QUuid &id) { m_databaseId = id; }
    Protection protection() const { return m_protection; }
    QDateTime createdAt() const { return m_createdAt; }
    void setCreatedAt(const QDateTime &createdAt) { m_createdAt = createdAt; }

    QString keychainService() const { return m_keychainService; }
    QString keychainAccount() const { return m_keychainAccount; }
    void setKeychain(const QString &service, const QString &account);

    const WrappedKey &wrappedKey() const { return m_wrappedKey; }
    void setPassphrase(const WrappedKey &wrapped);

    KeySlot currentKey() const;
    void setCurrentKey(const KeySlot &slot);

    // A key rotation in progress: the new key is stored (pendingKey) before the database is
    // re-encrypted, and becomes the current key only after the re-encryption has committed.
    // Until then the current key stays valid; whichever of the two opens the file is the truth.
    bool hasPendingKey() const { return m_hasPending; }
    const KeySlot &pendingKey() const { return m_pending; }
    QDateTime pendingSince() const { return m_pendingSince; }
    void setPendingKey(const KeySlot &slot, const QDateTime &since);
    void clearPendingKey();
    // The pending key becomes the current one (after the re-encryption committed).
    void promotePendingKey();

    // False with "The key information file %1 is damaged: …" (translated) on bad content.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, SaveMode mode, QString *error) const;

    QByteArray toJson() const;
    bool fromJson(const QByteArray &json, QString *reason);

private:
    static bool readSlot(const QJsonObject &object, KeySlot *slot, QString *reason);

    QUuid m_databaseId;
    Protection m_protection = Protection::Keychain;
    QDateTime m_createdAt;
    QString m_keychainService;
    QString m_keychainAccount;
    WrappedKey m_wrappedKey;
    bool m_hasPending = false;
    KeySlot m_pending;
    QDateTime m_pendingSince;
};

} // namespace hrdesk::security
