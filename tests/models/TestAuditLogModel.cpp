// The audit log as an auditor reads it: every action and entity type named in English and in
// Chinese, field labels instead of JSON keys, ID and mobile numbers masked in the cell and in
// its tooltip.
#include "TempWorkspace.h"

#include "core/io/Importer.h"
#include "core/validation/ResidentIdNumber.h"
#include "models/AuditActionNames.h"
#include "models/AuditFieldNames.h"
#include "models/AuditLogModel.h"
#include "translations/TranslationLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace hrdesk;
using hrdesk::models::AuditActionNames;
using hrdesk::models::AuditLogModel;

namespace {

const commands::Actor kClerk{QStringLiteral("u-clerk"), QStringLiteral("王小二"), QStringLiteral("hr_clerk")};
const QString kMobile = QStringLiteral("13812345678");

// Installs the Chinese catalogue for the lifetime of the object, English again afterwards
// (whatever the test's comparisons say).
class Chinese
{
public:
    Chinese()
    {
        language = TranslationLoader::install(*QCoreApplication::instance(), QString::fromLatin1(TranslationLoader::Chinese));
    }
    ~Chinese()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QString language;
};

QString idNumber()
{
    return validation::ResidentIdNumber::withCheckDigit(QStringLiteral("11010519900307123"));
}

// The row of the first (newest) event with action, or -1.
int rowOf(const AuditLogModel &model, const QString &action)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(AuditLogModel::RawActionRole).toString() == action)
            return row;
    }
    return -1;
}

QString details(const AuditLogModel &model, int row, int role = Qt::DisplayRole)
{
    return model.index(row, AuditLogModel::DetailsColumn).data(role).toString();
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private:
    // One employee imported from a CSV file, as the wizard and hrdesk-admin import do.
    bool importOne(test::TempWorkspace &ws)
    {
        QFile file(ws.dir() + QStringLiteral("/staff.csv"));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("工号,姓名,性别,身份证号,手机号,部门,职位,入职日期\n"
                                  "E00001,张伟,男,%1,%2,华东区/上海分公司/销售一部,销售代表,2024/3/1\n")
                       .arg(idNumber(), kMobile)
                       .toUtf8());
        file.close();
        io::Importer importer(*ws);
        importer.setToday(QDate(2026, 11, 27));
        const io::ImportPlan plan = importer.prepare(file.fileName(), io::ImportTarget::Staff);
        if (!plan.ok())
            return false;
        const io::Importer::Result result = importer.execute(plan, kClerk, {});
        return result.ok && result.imported == 1;
    }

private slots:
    void everyActionAndEntityTypeHasAnEnglishName()
    {
        const QStringList actions = AuditActionNames::knownActions();
        QVERIFY(actions.size() >= 40);
        QCOMPARE(QSet<QString>(actions.begin(), actions.end()).size(), actions.size());
        for (const QString &action : actions) {
            const QString name = AuditActionNames::displayName(action);
            QVERIFY2(!name.isEmpty() && name != action, qPrintable(action));
        }
        for (const QString &type : AuditActionNames::knownEntityTypes())
            QVERIFY2(AuditActionNames::entityTypeName(type) != type, qPrintable(type));
        QCOMPARE(AuditActionNames::displayName(QStringLiteral("employee.import")), QStringLiteral("Employee imported"));
        // Unknown actions (a newer version's, through sync) are shown raw rather than hidden.
        QCOMPARE(AuditActionNames::displayName(QStringLiteral("payroll.run")), QStringLiteral("payroll.run"));
    }

    // A new ctx.audit({"x.y", ...}) without a name would show its code to the auditor: the codes
    // written in the sources are either named or command names (the intent, not an event).
    void everyActionInTheSourcesIsKnown()
    {
        const QString root = qEnvironmentVariable("HRDESK_SOURCE_DIR");
        QVERIFY2(QDir(root).exists(QStringLiteral("core")), qPrintable(root));
        const QStringList commandNames{QStringLiteral("employee.create"), QStringLiteral("employee.change_status"),
                                       QStringLiteral("staff.import"), QStringLiteral("customers.import")};
        const QStringList known = AuditActionNames::knownActions();
        static const QRegularExpression code(QStringLiteral(R"re(QStringLiteral\("([a-z_]+\.[a-z_]+)"\))re"));
        QStringList unnamed;
        int seen = 0;
        for (const char *dir : {"core", "cli", "ui"}) {
            QDirIterator it(root + u'/' + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const QRegularExpressionMatch &match : code.globalMatch(text)) {
                    ++seen;
                    const QString action = match.captured(1);
                    if (!known.contains(action) && !commandNames.contains(action) && !unnamed.contains(action))
                        unnamed << action + QStringLiteral(" (") + QFileInfo(file).fileName() + u')';
                }
            }
        }
        QVERIFY(seen > 40);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("name these in AuditActionNames: ") + unnamed.join(u' ')));
    }

    void everyActionAndEntityTypeHasAChineseName()
    {
        QStringList english;
        for (const QString &action : AuditActionNames::knownActions())
            english << AuditActionNames::displayName(action);
        QStringList englishTypes;
        for (const QString &type : AuditActionNames::knownEntityTypes())
            englishTypes << AuditActionNames::entityTypeName(type);

        QStringList chinese;
        QStringList chineseTypes;
        {
            Chinese zh;
            QCOMPARE(zh.language, QString::fromLatin1(TranslationLoader::Chinese));
            for (const QString &action : AuditActionNames::knownActions())
                chinese << AuditActionNames::displayName(action);
            for (const QString &type : AuditActionNames::knownEntityTypes())
                chineseTypes << AuditActionNames::entityTypeName(type);
        }
        const QStringList actions = AuditActionNames::knownActions();
        for (int i = 0; i < actions.size(); ++i) {
            // The same as the English text means the catalogue has no translation for it.
            QVERIFY2(chinese.at(i) != actions.at(i) && chinese.at(i) != english.at(i), qPrintable(actions.at(i)));
        }
        const QStringList types = AuditActionNames::knownEntityTypes();
        for (int i = 0; i < types.size(); ++i)
            QVERIFY2(chineseTypes.at(i) != types.at(i) && chineseTypes.at(i) != englishTypes.at(i), qPrintable(types.at(i)));
        QCOMPARE(chinese.at(actions.indexOf(QStringLiteral("customer.owner_change"))), QStringLiteral("客户负责人变更"));
    }

    void importedEmployeeReadsInChineseWithMaskedNumbers()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        QVERIFY(importOne(ws));
        // Birth date and gender digit hidden (and the gender shown masked beside it).
        const QString maskedId = QStringLiteral("110105********") + idNumber().mid(14, 2) + QLatin1Char('*')
            + idNumber().right(1);

        Chinese zh;
        QCOMPARE(zh.language, QString::fromLatin1(TranslationLoader::Chinese));
        AuditLogModel model(ws->db());
        const int row = rowOf(model, QStringLiteral("employee.import"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("员工导入"));
        QVERIFY(model.index(row, AuditLogModel::EntityColumn).data().toString().startsWith(QStringLiteral("员工 ")));

        const QString shown = details(model, row);
        QVERIFY2(shown.startsWith(QStringLiteral("工号：E00001，姓名：张伟，性别：*")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("证件号码：") + maskedId), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("手机号：138****5678")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("部门：华东区/上海分公司/销售一部")), qPrintable(shown));
        QVERIFY2(!shown.contains(idNumber()) && !shown.contains(kMobile), qPrintable(shown));
        // Raw keys stay out of the cell; the department's id beside its path too.
        for (const char *key : {"employee_no", "id_number", "department_id", "department_path", "mobile"})
            QVERIFY2(!shown.contains(QLatin1String(key)), key);

        // The tooltip is the event's JSON, masked the same way.
        const QString tooltip = details(model, row, Qt::ToolTipRole);
        QVERIFY2(tooltip.contains(QStringLiteral("\"id_number\": \"%1\"").arg(maskedId)), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("\"mobile\": \"138****5678\"")), qPrintable(tooltip));
        QVERIFY2(!tooltip.contains(idNumber()) && !tooltip.contains(kMobile), qPrintable(tooltip));

        // What a resident ID number encodes is masked with it; beside a passport the gender is not.
        const QJsonObject resident = models::AuditFieldNames::masked(QJsonObject{
            {QStringLiteral("birth_date"), QStringLiteral("1990-03-07")}, {QStringLiteral("gender"), QStringLiteral("male")}});
        QCOMPARE(resident.value(QStringLiteral("birth_date")).toString(), QStringLiteral("****-**-**"));
        QCOMPARE(resident.value(QStringLiteral("gender")).toString(), QStringLiteral("*"));
        const QJsonObject passport = models::AuditFieldNames::masked(QJsonObject{
            {QStringLiteral("id_type"), QStringLiteral("passport")}, {QStringLiteral("birth_date"), QStringLiteral("1990-03-07")},
            {QStringLiteral("gender"), QStringLiteral("male")}});
        QCOMPARE(passport.value(QStringLiteral("birth_date")).toString(), QStringLiteral("****-**-**"));
        QCOMPARE(passport.value(QStringLiteral("gender")).toString(), QStringLiteral("male"));

        // The file's own event: counts and the departments it created.
        const int file = rowOf(model, QStringLiteral("import.staff"));
        QVERIFY(file >= 0);
        QCOMPARE(model.index(file, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("导入员工文件"));
        QVERIFY2(details(model, file).contains(QStringLiteral("行数：1")), qPrintable(details(model, file)));
    }

    void changesShowOldAndNewMasked()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        // As EmployeeService::update writes it: only the fields that changed.
        QVERIFY(ws->runner()
                    .record(kClerk, {QStringLiteral("employee.update"), QStringLiteral("employee"), QStringLiteral("e-1"),
                                     QJsonObject{{QStringLiteral("mobile"), kMobile},
                                                 {QStringLiteral("position"), QStringLiteral("销售代表")}},
                                     QJsonObject{{QStringLiteral("mobile"), QStringLiteral("13987654321")},
                                                 {QStringLiteral("position"), QStringLiteral("销售主管")}}})
                    .ok);
        // As CustomerService::update writes it: the whole record on both sides.
        const QJsonObject customer{{QStringLiteral("id"), QStringLiteral("c-1")},
                                   {QStringLiteral("name"), QStringLiteral("上海某某科技有限公司")},
                                   {QStringLiteral("tier"), QStringLiteral("B")},
                                   {QStringLiteral("phone"), QStringLiteral("021-62345678")},
                                   {QStringLiteral("region"), QJsonValue()}};
        QJsonObject changed = customer;
        changed.insert(QStringLiteral("tier"), QStringLiteral("key"));
        QVERIFY(ws->runner()
                    .record(kClerk, {QStringLiteral("customer.update"), QStringLiteral("customer"), QStringLiteral("c-1"),
                                     customer, changed})
                    .ok);

        AuditLogModel model(ws->db());
        const QString employee = details(model, rowOf(model, QStringLiteral("employee.update")));
        QCOMPARE(employee, QStringLiteral("Mobile: 138****5678 → 139****4321, Position: 销售代表 → 销售主管"));
        const QString tooltip = details(model, rowOf(model, QStringLiteral("employee.update")), Qt::ToolTipRole);
        QVERIFY2(tooltip.startsWith(QStringLiteral("Before:\n{")) && tooltip.contains(QStringLiteral("\n\nAfter:\n{")),
                 qPrintable(tooltip));
        QVERIFY2(!tooltip.contains(kMobile) && !tooltip.contains(QStringLiteral("13987654321")), qPrintable(tooltip));

        // Unchanged fields (the name, the masked phone) stay out of a change's summary.
        QCOMPARE(details(model, rowOf(model, QStringLiteral("customer.update"))),
                 QStringLiteral("Tier: Tier B → Key account"));
        QVERIFY(!details(model, rowOf(model, QStringLiteral("customer.update")), Qt::ToolTipRole)
                     .contains(QStringLiteral("62345678")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "TestAuditLogModel.moc"
