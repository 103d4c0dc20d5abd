#include "core/identity/LocalUserDirectory.h"

#include "core/common/Ids.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace hrdesk::identity {

namespace {

LocalUser fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

// Interactive cost: sign-in should answer well under a second on a branch-office PC.
QByteArray hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QByteArray(out.constData());
}

} // namespace

LocalUserDirectory::LocalUserDirectory(QSqlDatabase db, commands::CommandRunner &runner)
    : m_db(std::move(db))
    , m_runner(runner)
{
}

QStringList LocalUserDirectory::roles()
{
    return {QStringLiteral("hr_clerk"), QStringLiteral("sales_manager"), QStringLiteral("admin"),
            QStringLiteral("auditor"), QStringLiteral("sales")};
}

QString LocalUserDirectory::roleDisplayName(const QString &role)
{
    if (role == QLatin1String("hr_clerk"))
        return tr("HR clerk");
    if (role == QLatin1String("sales_manager"))
        return tr("Sales manager");
    if (role == QLatin1String("admin"))
        return tr("HR/IT administrator");
    if (role == QLatin1String("auditor"))
        return tr("Auditor");
    if (role == QLatin1String("sales"))
        return tr("Salesperson");
    return role;
}

QList<LocalUser> LocalUserDirectory::users() const
{
    QList<LocalUser> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, login, display_name, role FROM local_user "
                          "WHERE deleted_at IS NULL ORDER BY display_name"));
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<LocalUser> LocalUserDirectory::findByLogin(const QString &login) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, login, display_name, role FROM local_user "
                             "WHERE login = ? AND deleted_at IS NULL"));
    q.addBindValue(login);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

commands::CommandResult LocalUserDirectory::createUser(const commands::Actor &actor, const QString &login,
                                                       const QString &displayName, const QString &role,
                                                       const QString &password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    commands::CommandResult invalid;
    if (!loginPattern.match(login).hasMatch())
        invalid.error = tr("The login \"%1\" must be 2 to 40 letters, digits, dots, dashes or underscores.").arg(login);
    else if (displayName.trimmed().isEmpty())
        invalid.error = tr("The display name is empty.");
    else if (!roles().contains(role))
        invalid.error = tr("Unknown role \"%1\".").arg(role);
    else if (password.size() < 8)
        invalid.error = tr("The password must have at least 8 characters.");
    if (!invalid.error.isEmpty())
        return invalid;

    const QByteArray hash = hashPassword(password);
    const QString id = newId();
    const QJsonObject arguments{{QStringLiteral("id"), id},
                                {QStringLiteral("login"), login},
                                {QStringLiteral("display_name"), displayName},
                                {QStringLiteral("role"), role}};
    return m_runner.run(actor, QStringLiteral("local_user.create"), arguments,
                        [&](commands::CommandContext &ctx) {
        if (findByLogin(login))
            return ctx.fail(tr("A user with the login \"%1\" already exists.").arg(login));
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("INSERT INTO local_user (id, login, display_name, role, password_hash, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(login);
        q.addBindValue(displayName);
        q.addBindValue(role);
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(ctx.now());
        if (!q.exec())
            return ctx.fail(q.lastError().text());
        ctx.audit({QStringLiteral("local_user.create"), QStringLiteral("local_user"), id, QJsonValue(),
                   arguments});
        return true;
    });
}

std::optional<LocalUser> LocalUserDirectory::signIn(const QString &login, const QString &password,
                                                    QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, password_hash FROM local_user "
                             "WHERE login = ? AND deleted_at IS NULL"));
    q.addBindValue(login);
    std::optional<LocalUser> user;
    QByteArray stored;
    if (q.exec() && q.next()) {
        user = fromRow(q);
        stored = q.value(4).toString().toLatin1();
    }
    q.finish();
    const QByteArray utf8 = password.toUtf8();
    const bool ok = user && !stored.isEmpty()
        && crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
    const commands::Actor actor = ok ? commands::Actor{user->id, user->displayName, user->role}
                                     : commands::Actor{QString(), login, QString()};
    m_runner.record(actor, {ok ? QStringLiteral("session.sign_in") : QStringLiteral("session.sign_in_failed"),
                            QStringLiteral("local_user"), user ? user->id : QString(), QJsonValue(),
                            QJsonObject{{QStringLiteral("login"), login}}});
    if (!ok) {
        if (error)
            *error = tr("The login or the password is wrong.");
        return std::nullopt;
    }
    return user;
}

} // namespace hrdesk::identity
