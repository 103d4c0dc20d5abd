#pragma once

#include "TempWorkspace.h"

#include "core/commands/Actor.h"
#include "core/customers/Customer.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hrdesk::test {

inline const QString HengdaCode = QStringLiteral("91350100M000100Y43");
inline const QString OtherCode = QStringLiteral("91330100799655058B");

// What the customer book's tests start from: four employees (刘洋 departed), the clerk 王芳
// linked to her staff file and an administrator linked to none.
class CustomerBookFixture
{
protected:
    std::unique_ptr<TempWorkspace> m_ws;
    const commands::Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("sales_manager")};
    const commands::Actor m_unlinked{QStringLiteral("u-2"), QStringLiteral("赵磊"), QStringLiteral("admin")};
    const QString m_zhangWei = QStringLiteral("e-zhang");
    const QString m_liNa = QStringLiteral("e-li");
    const QString m_wangFang = QStringLiteral("e-wang");
    const QString m_departed = QStringLiteral("e-gone");

    // A fresh workspace with the people above; call from the test's init().
    void setUpBook();
    QSqlDatabase db() { return (*m_ws)->db(); }
    qint64 count(const QString &table) { return rowCount(db(), table); }
    void insertEmployee(const QString &id, const QString &no, const QString &name, const QString &status);
    void insertUser(const QString &id, const QString &login, const QString &name, const QString &employeeId);
    // 上海恒达机械有限公司, a key customer owned by owner.
    static customers::Customer hengda(const QString &owner);
    QString createHengda();
    // Rows of every table a customer command may touch, to prove a refusal wrote nothing.
    QList<qint64> snapshot();
    QJsonObject lastAudit(const QString &action, QString *commandId = nullptr, QJsonObject *before = nullptr);
};

} // namespace hrdesk::test
