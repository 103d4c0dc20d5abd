// Every visible string has a real zh_CN translation: the committed .ts is complete, lupdate
// finds nothing new in the sources, and the embedded catalogue loads.
#include "translations/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using hrdesk::TranslationLoader;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inTranslation && current.source.isNull()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, QString(), QString(), {}};
                current.source = QString(); // null until seen
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                inTranslation = true;
                // plural messages keep their forms in <numerusform> children
                bool numerus = false;
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        current.translations.append(xml.readElementText());
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!numerus)
                    current.translations.append(text);
                inTranslation = false;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void committedCatalogueIsComplete();
    void sourcesHaveNoUntranslatedStrings();
    void embeddedCatalogueTranslates();
};

void TestTranslations::committedCatalogueIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(HRDESK_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const Message &m : messages) {
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            empty |= t.trimmed().isEmpty();
        if (!m.type.isEmpty())
            problems.append(describe(m) + QStringLiteral(" is ") + m.type);
        else if (empty)
            problems.append(describe(m) + QStringLiteral(" has an empty translation"));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("translations/hrdesk_zh_CN.ts is not complete:\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sourcesHaveNoUntranslatedStrings()
{
    // ctest sets HRDESK_SOURCE_DIR; a direct run uses the tree this test was built from.
    const QString sourceDir = qEnvironmentVariable("HRDESK_SOURCE_DIR", QStringLiteral(HRDESK_SOURCE_ROOT));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QStringLiteral("hrdesk_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(HRDESK_TS_FILE), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QStringList dirs;
    for (const QString &dir : QStringLiteral(HRDESK_TRANSLATED_DIRS).split(QLatin1Char(',')))
        if (QDir(sourceDir).exists(dir))
            dirs.append(dir);
    // The same options as scripts/update-translations, except that vanished strings are kept
    // so they can be reported.
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                          QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                          QStringLiteral("-source-language"), QStringLiteral("en"),
                          QStringLiteral("-target-language"), QStringLiteral("zh_CN")};
    arguments += dirs;
    arguments += {QStringLiteral("-ts"), copy};
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(HRDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(300000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList added;
    QStringList vanished;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            added.append(describe(m));
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            vanished.append(describe(m));
    }
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("Strings in the sources without a translation (run "
                                                        "scripts/update-translations and translate them):\n")
                                         + added.join(QLatin1Char('\n'))));
    QVERIFY2(vanished.isEmpty(), qPrintable(QStringLiteral("Translations of strings no longer in the sources (run "
                                                           "scripts/update-translations):\n")
                                            + vanished.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogueTranslates()
{
    QVERIFY(QFile::exists(TranslationLoader::qmResourcePath(QStringLiteral("zh_CN"))));
    QCOMPARE(TranslationLoader::resolve(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")),
             QStringLiteral("zh_CN"));
    // Qualified context, as tr() asks at run time.
    QCOMPARE(QCoreApplication::translate("hrdesk::ui::MainWindow", "Audit log"), QStringLiteral("审计日志"));
    QCOMPARE(QCoreApplication::translate("hrdesk::ui::PassphraseDialog",
                                         "This database is protected by a passphrase."),
             QStringLiteral("此数据库由口令保护。"));
    // One English word, two Chinese ones: the disambiguation picks the translation.
    QCOMPARE(QCoreApplication::translate("hrdesk::customers::CustomerFields", "Lost", "customer status"),
             QStringLiteral("流失"));
    QCOMPARE(QCoreApplication::translate("hrdesk::customers::CustomerFields", "Lost", "deal stage"), QStringLiteral("输单"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
