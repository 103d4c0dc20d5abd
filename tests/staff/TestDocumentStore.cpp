#include "TempWorkspace.h"

#include "core/staff/DocumentStore.h"
#include "core/staff/EmployeeService.h"
#include "core/validation/ResidentIdNumber.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;
using namespace hrdesk::staff;
using hrdesk::commands::Actor;
using hrdesk::commands::CommandContext;

class TestDocumentStore : public QObject
{
    Q_OBJECT

private:
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

    QString hire(Workspace &ws)
    {
        DepartmentDirectory directory(ws.db());
        QString dept;
        ws.runner().run(m_clerk, QStringLiteral("department.ensure"), {}, [&](CommandContext &ctx) {
            dept = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/销售一部"));
            return !dept.isEmpty();
        });
        Employee e;
        e.employeeNo = QStringLiteral("HD000001");
        e.name = QStringLiteral("张伟");
        e.gender = QStringLiteral("male");
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(u"31010419900307123");
        e.departmentId = dept;
        e.hireDate = QDate(2020, 1, 6);
        e.status = QStringLiteral("probation");
        return EmployeeService(ws).create(m_clerk, e).id;
    }

    static QByteArray png()
    {
        return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + QByteArray(64, '\0');
    }

private slots:
    void roundTripAndMetadata()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws);
        DocumentStore store(*ws);
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
        const auto result = store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("劳动合同"), pdf,
                                         QStringLiteral("contract"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(store.content(result.id).value(), pdf);
        const auto d = store.find(result.id);
        QVERIFY(d.has_value());
        QCOMPARE(d->mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(d->sizeBytes, pdf.size());
        QCOMPARE(d->sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(store.listFor(QStringLiteral("employee"), employee).size(), 1);

        // The audit event names the file but holds no content.
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_event WHERE action = 'document.attach'")));
        QVERIFY(q.next());
        const QString after = q.value(0).toString();
        QVERIFY(after.contains(QStringLiteral("劳动合同")));
        QVERIFY(after.contains(d->sha256));
        QVERIFY(!after.contains(QStringLiteral("Catalog")));
    }

    void mimeFromContent_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png without extension") << "身份证扫描件" << png() << "image/png";
        QTest::newRow("png") << "photo.png" << png() << "image/png";
        QTest::newRow("pdf without extension") << "合同" << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") << "application/pdf";
    }
    void mimeFromContent()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        DocumentStore store(*ws);
        const auto result = store.attach(m_clerk, QStringLiteral("employee"), hire(*ws), fileName, bytes,
                                         QStringLiteral("archive"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(store.find(result.id)->mimeType, mime);
    }

    void sizeLimit()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws);
        DocumentStore store(*ws);
        const qint64 auditBefore = test::rowCount(ws->db(), QStringLiteral("audit_event"));
        const qint64 outboxBefore = test::rowCount(ws->db(), QStringLiteral("outbox"));
        QByteArray bytes(DocumentStore::MaxBytes + 1, 'a');
        const auto tooBig = store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("scan.tif"), bytes,
                                         QStringLiteral("archive"));
        QVERIFY(!tooBig.ok);
        QCOMPARE(tooBig.error, QStringLiteral("scan.tif is 20.00 MB (20,971,521 bytes); files up to 20 MB (20,971,520 bytes) can be stored."));
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("document")), 0);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("document_content")), 0);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("audit_event")), auditBefore);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("outbox")), outboxBefore);

        bytes.chop(1);
        bytes[0] = 'b';
        const auto exact = store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("scan.tif"), bytes,
                                        QStringLiteral("archive"));
        QVERIFY2(exact.ok, qPrintable(exact.error));
        QCOMPARE(store.find(exact.id)->sizeBytes, DocumentStore::MaxBytes);
        QCOMPARE(store.content(exact.id).value(), bytes);
    }

    void refusals()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws);
        DocumentStore store(*ws);
        QVERIFY(!store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("empty.pdf"), QByteArray(),
                              QStringLiteral("archive")).ok);
        QVERIFY(!store.attach(m_clerk, QStringLiteral("employee"), QStringLiteral("nobody"), QStringLiteral("a.pdf"),
                              QByteArray("x"), QStringLiteral("archive")).ok);
        QVERIFY(!store.attach(m_clerk, QStringLiteral("employee; DROP TABLE document"), employee, QStringLiteral("a.pdf"),
                              QByteArray("x"), QStringLiteral("archive")).ok);
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("document")), 0);
    }

    void removeIsSoft()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws);
        DocumentStore store(*ws);
        const auto attached = store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("photo.png"), png(),
                                           QStringLiteral("photo"));
        QVERIFY(attached.ok);
        const auto removed = store.remove(m_clerk, attached.id);
        QVERIFY2(removed.ok, qPrintable(removed.error));
        QVERIFY(store.listFor(QStringLiteral("employee"), employee).isEmpty());
        QVERIFY(!store.content(attached.id).has_value());
        QCOMPARE(test::rowCount(ws->db(), QStringLiteral("document")), 1);
        QVERIFY(!store.remove(m_clerk, attached.id).ok);
    }

    void copyOutsideIsAudited()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString employee = hire(*ws);
        DocumentStore store(*ws);
        const auto attached = store.attach(m_clerk, QStringLiteral("employee"), employee, QStringLiteral("身份证.png"), png(),
                                           QStringLiteral("archive"));
        QVERIFY(attached.ok);
        QString error;
        QVERIFY2(store.recordCopy(m_clerk, attached.id, &error), qPrintable(error));
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT actor_name, entity_id, after_json FROM audit_event "
                                      "WHERE action = 'document.export'")) && q.next());
        QCOMPARE(q.value(0).toString(), m_clerk.name);
        QCOMPARE(q.value(1).toString(), attached.id);
        QVERIFY(q.value(2).toString().contains(QStringLiteral("身份证.png")));
        QVERIFY(!q.next());
        q.finish();
        QVERIFY(store.remove(m_clerk, attached.id).ok);
        QVERIFY(!store.recordCopy(m_clerk, attached.id, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "TestDocumentStore.moc"
