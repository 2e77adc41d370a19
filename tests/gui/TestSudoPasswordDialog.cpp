// The dialog that asks for the sudo password again (the run's side is TestRunPages'
// wrongSudoPasswordIsAskedAgain, on the sim): what it says, that it hides and hands over the
// password only on Try again, and that every way of closing it stops the run.
#include "SudoPasswordDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSudoPasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheMasterAndTheUser();
    void tryAgainHandsOverThePassword();
    void cancelAndEscapeStopTheRun_data();
    void cancelAndEscapeStopTheRun();
};

namespace {
template<typename T> T *find(const QWidget &dialog, const QString &name)
{
    auto *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}
} // namespace

void TestSudoPasswordDialog::namesTheMasterAndTheUser()
{
    SudoPasswordDialog dialog(u"10.0.0.2"_s, u"ops"_s, u"sudo: 1 incorrect password attempt"_s);
    const QString intro = find<QLabel>(dialog, u"sudoPasswordIntro"_s)->text();
    QVERIFY2(intro.startsWith(u"sudo on 10.0.0.2 did not accept the sudo password of ops.\n"_s), qPrintable(intro));
    QVERIFY(intro.contains(u"No sudo command is sent to any master until you answer"_s));
    QVERIFY(intro.contains(u"tried on one master first, then used on all of them"_s));
    QCOMPARE(find<QLabel>(dialog, u"sudoPasswordReason"_s)->text(), u"sudo: 1 incorrect password attempt"_s);
    QCOMPARE(find<QLineEdit>(dialog, u"sudoPasswordField"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.windowTitle().contains(u"ops"_s));
}

void TestSudoPasswordDialog::tryAgainHandsOverThePassword()
{
    SudoPasswordDialog dialog(u"10.0.0.2"_s, u"ops"_s, QString());
    QSignalSpy answered(&dialog, &SudoPasswordDialog::answered);
    QSignalSpy cancelled(&dialog, &SudoPasswordDialog::cancelled);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = find<QLineEdit>(dialog, u"sudoPasswordField"_s);
    auto *retry = find<QPushButton>(dialog, u"sudoPasswordRetry"_s);
    QVERIFY(!retry->isEnabled()); // an empty password is no answer
    QTest::keyClicks(field, u"s3cret pw"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);

    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).toString(), u"s3cret pw"_s);
    QCOMPARE(cancelled.count(), 0);
    QVERIFY(field->text().isEmpty()); // not kept in the widget
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSudoPasswordDialog::cancelAndEscapeStopTheRun_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Stop the run") << false;
    QTest::newRow("Escape") << true;
}

void TestSudoPasswordDialog::cancelAndEscapeStopTheRun()
{
    QFETCH(bool, escape);
    SudoPasswordDialog dialog(u"10.0.0.2"_s, u"ops"_s, QString());
    QSignalSpy answered(&dialog, &SudoPasswordDialog::answered);
    QSignalSpy cancelled(&dialog, &SudoPasswordDialog::cancelled);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = find<QLineEdit>(dialog, u"sudoPasswordField"_s);
    QTest::keyClicks(field, u"typed, not sent"_s);
    if (escape)
        QTest::keyClick(field, Qt::Key_Escape);
    else
        QTest::mouseClick(find<QPushButton>(dialog, u"sudoPasswordCancel"_s), Qt::LeftButton);

    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(answered.count(), 0);
    QVERIFY(field->text().isEmpty());
    QTRY_VERIFY(!dialog.isVisible());
    // Closing it once more says nothing more.
    dialog.reject();
    QCOMPARE(cancelled.count(), 1);
}

QTEST_MAIN(TestSudoPasswordDialog)
#include "TestSudoPasswordDialog.moc"
