#include "remote/KbdInteractivePrompt.h"

#include <QTest>

// Keyboard-interactive login answers only password prompts with the password (no sshd needed).
class TestKbdInteractivePrompt : public QObject
{
    Q_OBJECT

private slots:
    void asksForPassword_data();
    void asksForPassword();
};

void TestKbdInteractivePrompt::asksForPassword_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("echo");
    QTest::addColumn<bool>("answered");
    QTest::newRow("PAM") << QStringLiteral("Password: ") << false << true;
    QTest::newRow("with user and host") << QStringLiteral("(core@10.0.0.1) Password: ") << false << true;
    QTest::newRow("user's password") << QStringLiteral("core's password:") << false << true;
    QTest::newRow("one-time code") << QStringLiteral("Verification code: ") << false << false;
    QTest::newRow("passcode") << QStringLiteral("Enter PASSCODE:") << false << false;
    QTest::newRow("OTP after password") << QStringLiteral("Password (OTP): ") << false << false;
    QTest::newRow("new password") << QStringLiteral("New password: ") << false << false;
    QTest::newRow("retype") << QStringLiteral("Retype new password: ") << false << false;
    QTest::newRow("echoed") << QStringLiteral("Password: ") << true << false;
    QTest::newRow("a question") << QStringLiteral("Do you accept the terms (yes/no)? ") << true << false;
}

void TestKbdInteractivePrompt::asksForPassword()
{
    QFETCH(QString, prompt);
    QFETCH(bool, echo);
    QFETCH(bool, answered);
    QCOMPARE(KbdInteractivePrompt::asksForPassword(prompt, echo), answered);
}

QTEST_GUILESS_MAIN(TestKbdInteractivePrompt)
#include "TestKbdInteractivePrompt.moc"
