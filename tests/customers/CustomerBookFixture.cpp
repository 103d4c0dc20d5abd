#include "CustomerBookFixture.h"

#include "core/customers/CustomerService.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace hrdesk::test {

using customers::Customer;
using customers::CustomerService;

void CustomerBookFixture::setUpBook()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
    insertEmployee(m_zhangWei, QStringLiteral("SH0001"), QStringLiteral("张伟"), QStringLiteral("active"));
    insertEmployee(m_liNa, QStringLiteral("SH0002"), QStringLiteral("李娜"), QStringLiteral("active"));
    insertEmployee(m_wangFang, QStringLiteral("SH0003"), QStringLiteral("王芳"), QStringLiteral("active"));
    insertEmployee(m_departed, QStringLiteral("SH0004"), QStringLiteral("刘洋"), QStringLiteral("departed"));
    insertUser(m_clerk.id, QStringLiteral("wangfang"), m_clerk.name, m_wangFang);
    insertUser(m_unlinked.id, QStringLiteral("zhaolei"), m_unlinked.name, QString());
}

void CustomerBookFixture::insertEmployee(const QString &id, const QString &no, const QString &name, const QString &status)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                             "VALUES (?, ?, ?, 'male', ?, ?, '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(id);
    q.addBindValue(no);
    q.addBindValue(name);
    q.addBindValue(QStringLiteral("ID-") + no);
    q.addBindValue(status);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void CustomerBookFixture::insertUser(const QString &id, const QString &login, const QString &name, const QString &employeeId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO local_user (id, login, display_name, role, password_hash, updated_at, employee_id) "
                             "VALUES (?, ?, ?, 'admin', 'x', '2026-01-01T00:00:00.000Z', ?)"));
    q.addBindValue(id);
    q.addBindValue(login);
    q.addBindValue(name);
    q.addBindValue(employeeId.isEmpty() ? QVariant() : QVariant(employeeId));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

Customer CustomerBookFixture::hengda(const QString &owner)
{
    Customer c;
    c.kind = QStringLiteral("company");
    c.name = QStringLiteral("上海恒达机械有限公司");
    c.creditCode = HengdaCode;
    c.tier = QStringLiteral("key");
    c.region = QStringLiteral("华东");
    c.industry = QStringLiteral("机械制造");
    c.score = 88;
    c.status = QStringLiteral("active");
    c.ownerId = owner;
    c.source = QStringLiteral("展会");
    c.phone = QStringLiteral("021-62345678");
    return c;
}

QString CustomerBookFixture::createHengda()
{
    const auto result = CustomerService(**m_ws).create(m_clerk, hengda(m_zhangWei));
    if (!result.ok)
        qWarning() << result.error;
    return result.id;
}

QList<qint64> CustomerBookFixture::snapshot()
{
    QList<qint64> counts;
    for (const char *table : {"customer", "customer_owner_change", "customer_contact", "follow_up", "deal",
                              "sales_contract", "outbox", "audit_event"})
        counts << count(QString::fromLatin1(table));
    return counts;
}

QJsonObject CustomerBookFixture::lastAudit(const QString &action, QString *commandId, QJsonObject *before)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT after_json, command_id, before_json FROM audit_event WHERE action = ? "
                             "ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return {};
    if (commandId)
        *commandId = q.value(1).toString();
    if (before)
        *before = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace hrdesk::test
