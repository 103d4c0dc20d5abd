#pragma once

#include "core/security/PassphraseKeyWrap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hrdesk::security {

enum class Protection { Keychain, Passphrase };

// The sidecar `<database>.key.json`: how the database's key is protected and where to find it.
// It never holds the key in plain text, so it can be copied with the database (a passphrase-
// protected database then travels with its wrapped key).
class KeyInfoFile
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::security::KeyInfoFile)

public:
    static constexpr int CurrentFormat = 1;

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

    // False with "The key information file %1 is damaged: …" (translated) on bad content.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, SaveMode mode, QString *error) const;

    QByteArray toJson() const;
    bool fromJson(const QByteArray &json, QString *reason);

private:
    QUuid m_databaseId;
    Protection m_protection = Protection::Keychain;
    QDateTime m_createdAt;
    QString m_keychainService;
    QString m_keychainAccount;
    WrappedKey m_wrappedKey;
};

} // namespace hrdesk::security
