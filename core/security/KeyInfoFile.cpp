#include "KeyInfoFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hrdesk::security {

namespace {

const QString KeyFormat = QStringLiteral("format");
const QString KeyDatabaseId = QStringLiteral("database_id");
const QString KeyProtection = QStringLiteral("protection");
const QString KeyCreatedAt = QStringLiteral("created_at");
const QString KeyKeychain = QStringLiteral("keychain");
const QString KeyService = QStringLiteral("service");
const QString KeyAccount = QStringLiteral("account");
const QString KeyPassphrase = QStringLiteral("passphrase");
const QString KeyKdf = QStringLiteral("kdf");
const QString KeyOpsLimit = QStringLiteral("opslimit");
const QString KeyMemLimit = QStringLiteral("memlimit");
const QString KeySalt = QStringLiteral("salt");
const QString KeyNonce = QStringLiteral("nonce");
const QString KeyCiphertext = QStringLiteral("ciphertext");
const QString ProtectionKeychain = QStringLiteral("keychain");
const QString ProtectionPassphrase = QStringLiteral("passphrase");
const QString KdfArgon2id = QStringLiteral("argon2id13");
const QString KeyPendingKey = QStringLiteral("pending_key");
const QString KeyStartedAt = QStringLiteral("started_at");

// JSON numbers are doubles: exact for integers up to 2^53, far above any sane KDF cost.
bool readCount(const QJsonObject &object, const QString &key, quint64 *value)
{
    const QJsonValue v = object.value(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9007199254740992.0)
        return false;
    *value = static_cast<quint64>(v.toDouble());
    return static_cast<double>(*value) == v.toDouble();
}

bool readBase64(const QJsonObject &object, const QString &key, QByteArray *value)
{
    const QJsonValue v = object.value(key);
    if (!v.isString())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    *value = decoded.decoded;
    return true;
}

} // namespace

QString KeyInfoFile::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".key.json");
}

void KeyInfoFile::setKeychain(const QString &service, const QString &account)
{
    m_protection = Protection::Keychain;
    m_keychainService = service;
    m_keychainAccount = account;
    m_wrappedKey = {};
}

void KeyInfoFile::setPassphrase(const WrappedKey &wrapped)
{
    m_protection = Protection::Passphrase;
    m_keychainService.clear();
    m_keychainAccount.clear();
    m_wrappedKey = wrapped;
}

KeySlot KeyInfoFile::currentKey() const
{
    KeySlot slot;
    slot.protection = m_protection;
    slot.keychainService = m_keychainService;
    slot.keychainAccount = m_keychainAccount;
    slot.wrappedKey = m_wrappedKey;
    return slot;
}

void KeyInfoFile::setCurrentKey(const KeySlot &slot)
{
    if (slot.protection == Protection::Keychain)
        setKeychain(slot.keychainService, slot.keychainAccount);
    else
        setPassphrase(slot.wrappedKey);
}

void KeyInfoFile::setPendingKey(const KeySlot &slot, const QDateTime &since)
{
    m_hasPending = true;
    m_pending = slot;
    m_pendingSince = since;
}

void KeyInfoFile::clearPendingKey()
{
    m_hasPending = false;
    m_pending = {};
    m_pendingSince = {};
}

void KeyInfoFile::promotePendingKey()
{
    if (!m_hasPending)
        return;
    setCurrentKey(m_pending);
    clearPendingKey();
}

namespace {

void writeSlot(QJsonObject &object, const KeySlot &slot)
{
    if (slot.protection == Protection::Keychain) {
        object.insert(KeyProtection, ProtectionKeychain);
        object.insert(KeyKeychain,
                      QJsonObject{{KeyService, slot.keychainService}, {KeyAccount, slot.keychainAccount}});
        return;
    }
    const WrappedKey &wrapped = slot.wrappedKey;
    object.insert(KeyProtection, ProtectionPassphrase);
    object.insert(KeyPassphrase,
                  QJsonObject{
                          {KeyKdf, KdfArgon2id},
                          {KeyOpsLimit, static_cast<double>(wrapped.kdf.opsLimit)},
                          {KeyMemLimit, static_cast<double>(wrapped.kdf.memLimit)},
                          {KeySalt, QString::fromLatin1(wrapped.salt.toBase64())},
                          {KeyNonce, QString::fromLatin1(wrapped.nonce.toBase64())},
                          {KeyCiphertext, QString::fromLatin1(wrapped.ciphertext.toBase64())},
                  });
}

} // namespace

QByteArray KeyInfoFile::toJson() const
{
    QJsonObject root;
    root.insert(KeyFormat, m_hasPending ? PendingRotationFormat : CurrentFormat);
    root.insert(KeyDatabaseId, m_databaseId.toString(QUuid::WithoutBraces));
    root.insert(KeyCreatedAt, m_createdAt.toUTC().toString(Qt::ISODate));
    writeSlot(root, currentKey());
    if (m_hasPending) {
        QJsonObject pending;
        pending.insert(KeyStartedAt, m_pendingSince.toUTC().toString(Qt::ISODate));
        writeSlot(pending, m_pending);
        root.insert(KeyPendingKey, pending);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool KeyInfoFile::readSlot(const QJsonObject &object, KeySlot *slot, QString *reason)
{
    const QString protection = object.value(KeyProtection).toString();
    if (protection == ProtectionKeychain) {
        const QJsonObject keychain = object.value(KeyKeychain).toObject();
        slot->protection = Protection::Keychain;
        slot->keychainService = keychain.value(KeyService).toString();
        slot->keychainAccount = keychain.value(KeyAccount).toString();
        if (slot->keychainService.isEmpty() || slot->keychainAccount.isEmpty()) {
            *reason = tr("the keychain entry is not named");
            return false;
        }
        return true;
    }
    if (protection == ProtectionPassphrase) {
        const QJsonObject passphrase = object.value(KeyPassphrase).toObject();
        WrappedKey wrapped;
        if (passphrase.value(KeyKdf).toString() != KdfArgon2id) {
            *reason = tr("the key derivation function is not supported");
            return false;
        }
        if (!readCount(passphrase, KeyOpsLimit, &wrapped.kdf.opsLimit)
            || !readCount(passphrase, KeyMemLimit, &wrapped.kdf.memLimit) || !wrapped.kdf.isAcceptable()) {
            *reason = tr("the key derivation parameters are invalid");
            return false;
        }
        if (!readBase64(passphrase, KeySalt, &wrapped.salt) || !readBase64(passphrase, KeyNonce, &wrapped.nonce)
            || !readBase64(passphrase, KeyCiphertext, &wrapped.ciphertext)) {
            *reason = tr("the protected key is missing or not valid base64");
            return false;
        }
        slot->protection = Protection::Passphrase;
        slot->wrappedKey = wrapped;
        return true;
    }
    *reason = tr("the protection \"%1\" is unknown").arg(protection);
    return false;
}

bool KeyInfoFile::fromJson(const QByteArray &json, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = parseError.errorString();
        return false;
    }
    if (!document.isObject()) {
        *reason = tr("it is not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(KeyFormat);
    if (!format.isDouble()) {
        *reason = tr("the format number is missing");
        return false;
    }
    if (format.toInt() != CurrentFormat && format.toInt() != PendingRotationFormat) {
        *reason = tr("format %1 is not supported by this version of HR Desk").arg(format.toDouble());
        return false;
    }
    const QUuid id = QUuid::fromString(root.value(KeyDatabaseId).toString());
    if (id.isNull()) {
        *reason = tr("the database id is missing or invalid");
        return false;
    }
    const QDateTime createdAt = QDateTime::fromString(root.value(KeyCreatedAt).toString(), Qt::ISODate);

    KeySlot current;
    if (!readSlot(root, &current, reason))
        return false;
    KeySlot pending;
    QDateTime pendingSince;
    const bool hasPending = root.contains(KeyPendingKey);
    if (hasPending) {
        const QJsonObject object = root.value(KeyPendingKey).toObject();
        QString pendingReason;
        if (!readSlot(object, &pending, &pendingReason)) {
            *reason = tr("the pending new key: %1").arg(pendingReason);
            return false;
        }
        pendingSince = QDateTime::fromString(object.value(KeyStartedAt).toString(), Qt::ISODate);
    }
    setCurrentKey(current);
    if (hasPending)
        setPendingKey(pending, pendingSince);
    else
        clearPendingKey();
    m_databaseId = id;
    m_createdAt = createdAt;
    return true;
}

bool KeyInfoFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read the key information file %1: %2").arg(path, file.errorString());
        return false;
    }
    // The file is a few hundred bytes; anything large is not ours.
    const QByteArray json = file.read(64 * 1024);
    QString reason;
    if (!fromJson(json, &reason)) {
        if (error)
            *error = tr("The key information file %1 is damaged: %2").arg(path, reason);
        return false;
    }
    return true;
}

bool KeyInfoFile::save(const QString &path, SaveMode mode, QString *error) const
{
    const QByteArray json = toJson();
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not write the key information file %1: %2").arg(path, detail);
        return false;
    };
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (mode == SaveMode::CreateNew) {
        // Exclusive creation is the only race-free "does not exist yet" check; the content is
        // complete before any database is keyed with it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(file.exists() ? tr("the file already exists") : file.errorString());
        file.setPermissions(ownerOnly);
        if (file.write(json) != json.size() || !file.flush()) {
            const QString detail = file.errorString();
            file.close();
            file.remove();
            return fail(detail);
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(ownerOnly);
    if (file.write(json) != json.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace hrdesk::security
