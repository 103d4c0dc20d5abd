#include "RecoveryKey.h"

#include <QFileInfo>
#include <QSaveFile>

namespace hrdesk::security {

namespace {

constexpr qsizetype GroupSize = 8;

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Drops the decoration people and tools put around a key, leaving only what must be hex digits.
QStringView stripWrapper(QStringView text)
{
    text = text.trimmed();
    if (text.size() >= 3 && (text.startsWith(u"x'") || text.startsWith(u"X'")) && text.endsWith(u'\'')) {
        text = text.mid(2, text.size() - 3).trimmed();
    }
    return text;
}

} // namespace

RecoveryKey::ParseResult RecoveryKey::parse(QStringView text)
{
    ParseResult result;
    const QStringView body = stripWrapper(text);

    SecretBytes digits(body.size());
    qsizetype count = 0;
    for (const QChar ch : body) {
        const char16_t c = ch.unicode();
        if (c == u'-' || ch.isSpace())
            continue;
        if (!isHexDigit(c)) {
            // Do not echo the character: the rest of the input is key material.
            result.error = tr("The recovery key may contain only the digits 0-9 and the letters A-F.");
            return result;
        }
        if (count < digits.size())
            digits.data()[count] = static_cast<unsigned char>(c);
        ++count;
    }
    if (count != KeySize * 2) {
        result.error = tr("A recovery key has %1 digits and letters; this one has %2.")
                               .arg(KeySize * 2)
                               .arg(count);
        return result;
    }
    result.key = SecretBytes::fromHex(QByteArrayView(digits.data(), count));
    if (result.key.size() != KeySize)
        result.error = tr("The recovery key could not be read.");
    return result;
}

QString RecoveryKey::format(const SecretBytes &key)
{
    const SecretBytes hex = key.toHex(SecretBytes::HexCase::Upper);
    QString text;
    text.reserve(hex.size() + hex.size() / GroupSize);
    for (qsizetype i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % GroupSize == 0)
            text.append(u'-');
        text.append(QLatin1Char(static_cast<char>(hex.data()[i])));
    }
    return text;
}

QString RecoveryKey::toSqlcipherPragma(const SecretBytes &key)
{
    const SecretBytes hex = key.toHex(SecretBytes::HexCase::Upper);
    QString text = QStringLiteral("PRAGMA key = \"x'");
    text.append(QLatin1StringView(reinterpret_cast<const char *>(hex.data()), hex.size()));
    text.append(QStringLiteral("'\";"));
    return text;
}

bool RecoveryKey::writeToFile(const QString &path, const SecretBytes &key, const QString &databasePath,
                              QString *error)
{
    if (key.size() != KeySize) {
        if (error)
            *error = tr("There is no valid key to write.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the recovery key to %1: %2").arg(path, file.errorString());
        return false;
    }
    // Restrict before any key byte is written; QSaveFile renames this temporary file into place.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString databaseName = databasePath.isEmpty() ? tr("the HR Desk database")
                                                        : QFileInfo(databasePath).fileName();
    QString text;
    text += tr("# HR Desk recovery key for %1. Anyone with this key can read the database: keep it "
               "offline and safe.")
                    .arg(databaseName)
            + u'\n';
    text += tr("# Use it in HR Desk's \"Unlock with recovery key\", or with the sqlcipher shell: open "
               "the database, then enter the PRAGMA line below.")
            + u'\n';
    text += QStringLiteral("# ") + toSqlcipherPragma(key) + u'\n';
    text += format(key) + u'\n';

    QByteArray bytes = text.toUtf8();
    const bool written = file.write(bytes) == bytes.size();
    // Best effort: the QString copies cannot be wiped, but this buffer can.
    bytes.fill('\0');
    text.fill(u'\0');
    if (!written || !file.commit()) {
        if (error)
            *error = tr("Could not write the recovery key to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hrdesk::security
