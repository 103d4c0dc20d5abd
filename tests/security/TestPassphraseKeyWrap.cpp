#include "core/security/PassphraseKeyWrap.h"

#include <QTest>

using namespace hrdesk::security;

class TestPassphraseKeyWrap : public QObject
{
    Q_OBJECT

private slots:
    void wrapUnwrapRoundTrip();
    void freshSaltAndNonceEachTime();
    void wrongPassphrase();
    void tamperedFields_data();
    void tamperedFields();
    void shortPassphrase_data();
    void shortPassphrase();
    void refusesAbsurdCost();

private:
    // Cheap enough for a test suite; the real default is KdfParams::moderate().
    const PassphraseKeyWrap m_wrap{KdfParams::interactive()};
    const QString m_passphrase = QStringLiteral("correct horse battery staple");
};

void TestPassphraseKeyWrap::wrapUnwrapRoundTrip()
{
    const SecretBytes key = SecretBytes::random(32);
    WrappedKey wrapped;
    QString error;
    QVERIFY2(m_wrap.wrap(key, m_passphrase, &wrapped, &error), qPrintable(error));
    QCOMPARE(wrapped.kdf.opsLimit, KdfParams::interactive().opsLimit);
    QCOMPARE(wrapped.kdf.memLimit, KdfParams::interactive().memLimit);
    QCOMPARE(wrapped.ciphertext.size(), 32 + 16);
    QVERIFY(!wrapped.ciphertext.contains(QByteArray(reinterpret_cast<const char *>(key.data()), key.size())));

    const SecretBytes unwrapped = m_wrap.unwrap(wrapped, m_passphrase, &error);
    QVERIFY2(unwrapped.equals(key), qPrintable(error));

    // Unicode passphrases are hashed as UTF-8.
    const QString chinese = QStringLiteral("离职交接客户资料不能带走");
    QVERIFY2(m_wrap.wrap(key, chinese, &wrapped, &error), qPrintable(error));
    QVERIFY(m_wrap.unwrap(wrapped, chinese, &error).equals(key));
}

void TestPassphraseKeyWrap::freshSaltAndNonceEachTime()
{
    const SecretBytes key = SecretBytes::random(32);
    WrappedKey a;
    WrappedKey b;
    QVERIFY(m_wrap.wrap(key, m_passphrase, &a, nullptr));
    QVERIFY(m_wrap.wrap(key, m_passphrase, &b, nullptr));
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.ciphertext != b.ciphertext);
}

void TestPassphraseKeyWrap::wrongPassphrase()
{
    const SecretBytes key = SecretBytes::random(32);
    WrappedKey wrapped;
    QVERIFY(m_wrap.wrap(key, m_passphrase, &wrapped, nullptr));
    QString error;
    bool wrong = false;
    QVERIFY(m_wrap.unwrap(wrapped, m_passphrase + u'!', &error, &wrong).isEmpty());
    QVERIFY(wrong);
    QCOMPARE(error, QStringLiteral("The passphrase is wrong."));
}

void TestPassphraseKeyWrap::tamperedFields_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("ciphertext") << 0;
    QTest::newRow("tag") << 1;
    QTest::newRow("nonce") << 2;
    QTest::newRow("salt") << 3;
    QTest::newRow("opslimit") << 4;
}

void TestPassphraseKeyWrap::tamperedFields()
{
    QFETCH(int, field);
    const SecretBytes key = SecretBytes::random(32);
    WrappedKey wrapped;
    QVERIFY(m_wrap.wrap(key, m_passphrase, &wrapped, nullptr));
    switch (field) {
    case 0: wrapped.ciphertext[20] = static_cast<char>(wrapped.ciphertext[20] ^ 0x01); break;
    case 1: wrapped.ciphertext[0] = static_cast<char>(wrapped.ciphertext[0] ^ 0x80); break;
    case 2: wrapped.nonce[3] = static_cast<char>(wrapped.nonce[3] ^ 0x01); break;
    case 3: wrapped.salt[0] = static_cast<char>(wrapped.salt[0] ^ 0x01); break;
    case 4: wrapped.kdf.opsLimit += 1; break;
    }
    QString error;
    QVERIFY(m_wrap.unwrap(wrapped, m_passphrase, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestPassphraseKeyWrap::shortPassphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("9 characters") << QStringLiteral("123456789") << false;
    QTest::newRow("10 characters") << QStringLiteral("1234567890") << true;
    QTest::newRow("9 chinese characters") << QStringLiteral("一二三四五六七八九") << false;
    QTest::newRow("10 chinese characters") << QStringLiteral("一二三四五六七八九十") << true;
    // Five emoji are ten UTF-16 units but only five characters.
    QTest::newRow("5 emoji") << QStringLiteral("\U0001F511\U0001F511\U0001F511\U0001F511\U0001F511") << false;
}

void TestPassphraseKeyWrap::shortPassphrase()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, accepted);
    QCOMPARE(PassphraseKeyWrap::checkPassphrase(passphrase).isEmpty(), accepted);
    if (accepted)
        return;
    WrappedKey wrapped;
    QString error;
    QVERIFY(!m_wrap.wrap(SecretBytes::random(32), passphrase, &wrapped, &error));
    QVERIFY2(error.contains(QStringLiteral("at least 10 characters")), qPrintable(error));
}

void TestPassphraseKeyWrap::refusesAbsurdCost()
{
    const SecretBytes key = SecretBytes::random(32);
    WrappedKey wrapped;
    QVERIFY(m_wrap.wrap(key, m_passphrase, &wrapped, nullptr));
    wrapped.kdf.memLimit = quint64(1) << 40; // a tampered file must not make us allocate 1 TiB
    QString error;
    bool wrong = true;
    QVERIFY(m_wrap.unwrap(wrapped, m_passphrase, &error, &wrong).isEmpty());
    QVERIFY(!wrong);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestPassphraseKeyWrap)
#include "TestPassphraseKeyWrap.moc"
