#include "remote/LineSplitter.h"
#include "remote/SudoCommand.h"

#include <QTest>

// The command line sudo gets and how its conversation on stderr is followed (no sshd needed).
class TestSudoCommand : public QObject
{
    Q_OBJECT

private slots:
    void noSudo();
    void passwordless();
    void passwordMode();
    void markersSplitAcrossChunks();
    void textAroundMarkersKept();
    void classifyFailure_data();
    void classifyFailure();
    void lineSplitter();
};

void TestSudoCommand::noSudo()
{
    SudoCommand asUser({ QStringLiteral("cat"), QStringLiteral("a b") }, true, SudoMode::None);
    QVERIFY(!asUser.usesSudo());
    QCOMPARE(asUser.wireCommand(), QStringLiteral("cat 'a b'"));
    QCOMPARE(asUser.displayCommand(), QStringLiteral("cat 'a b'"));

    SudoCommand notRoot({ QStringLiteral("id") }, false, SudoMode::Password);
    QVERIFY(!notRoot.usesSudo());
    QCOMPARE(notRoot.wireCommand(), QStringLiteral("id"));
    QList<SudoCommand::Event> events;
    QCOMPARE(notRoot.filterStderr(notRoot.promptMarker(), &events), notRoot.promptMarker());
    QVERIFY(events.isEmpty());
}

void TestSudoCommand::passwordless()
{
    SudoCommand command({ QStringLiteral("cat"), QStringLiteral("/opt/x y") }, true, SudoMode::Passwordless);
    QVERIFY(command.usesSudo());
    const QString wire = command.wireCommand();
    QVERIFY2(wire.startsWith(QLatin1String("env LC_ALL=C sudo -n -- sh -c ")), qPrintable(wire));
    QVERIFY2(wire.endsWith(QLatin1String(" sh cat '/opt/x y'")), qPrintable(wire));
    QVERIFY(!wire.contains(QLatin1String(" -S ")));
    QCOMPARE(command.displayCommand(), QStringLiteral("sudo cat '/opt/x y'"));
}

void TestSudoCommand::passwordMode()
{
    SudoCommand command({ QStringLiteral("id") }, true, SudoMode::Password);
    const QString wire = command.wireCommand();
    QVERIFY2(wire.contains(QLatin1String("sudo -S -k -p ")), qPrintable(wire));
    QVERIFY(wire.contains(QString::fromLatin1(command.promptMarker())));
    QVERIFY(!command.promptMarker().contains('%')); // sudo expands % escapes in prompts
    QVERIFY(wire.contains(QString::fromLatin1(command.readyMarker().trimmed())));

    // Every command gets its own markers.
    SudoCommand other({ QStringLiteral("id") }, true, SudoMode::Password);
    QVERIFY(other.promptMarker() != command.promptMarker());
}

void TestSudoCommand::markersSplitAcrossChunks()
{
    SudoCommand command({ QStringLiteral("id") }, true, SudoMode::Password);
    const QByteArray stream = command.promptMarker() + command.readyMarker() + "real stderr\n";
    QByteArray shown;
    QList<SudoCommand::Event> events;
    for (char c : stream) // one byte at a time: the worst case
        shown += command.filterStderr(QByteArray(1, c), &events);
    shown += command.flushStderr();
    QCOMPARE(shown, QByteArray("real stderr\n"));
    QCOMPARE(events,
             (QList<SudoCommand::Event> { SudoCommand::Event::PasswordPrompt, SudoCommand::Event::Ready }));
}

void TestSudoCommand::textAroundMarkersKept()
{
    SudoCommand command({ QStringLiteral("id") }, true, SudoMode::Password);
    QList<SudoCommand::Event> events;
    QByteArray shown = command.filterStderr("lecture\n" + command.promptMarker() + "Sorry, try again.\n"
                                                + command.promptMarker().left(5),
                                            &events);
    QCOMPARE(shown, QByteArray("lecture\nSorry, try again.\n"));
    QCOMPARE(events.size(), 1);
    shown = command.filterStderr(command.promptMarker().mid(5) + "\nsudo: 1 incorrect password attempt\n",
                                 &events);
    QCOMPARE(events.size(), 2);
    QCOMPARE(shown, QByteArray("\nsudo: 1 incorrect password attempt\n"));
    // An unfinished look-alike of a marker comes out at the end.
    QCOMPARE(command.filterStderr("[emw-sudo", &events), QByteArray());
    QCOMPARE(command.flushStderr(), QByteArray("[emw-sudo"));
}

void TestSudoCommand::classifyFailure_data()
{
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<SshError::Code>("code");
    QTest::newRow("wrong") << QByteArray("Sorry, try again.\nsudo: 1 incorrect password attempt\n")
                           << SshError::Code::SudoWrongPassword;
    QTest::newRow("not in sudoers") << QByteArray("emwtnosudo is not in the sudoers file.\n")
                                    << SshError::Code::SudoRefused;
    QTest::newRow("not allowed") << QByteArray(
        "Sorry, user bob is not allowed to execute '/bin/cat x' as root on m1.\n")
                                 << SshError::Code::SudoRefused;
    QTest::newRow("may not run") << QByteArray("Sorry, user bob may not run sudo on m1.\n")
                                 << SshError::Code::SudoRefused;
    QTest::newRow("-n") << QByteArray("sudo: a password is required\n")
                        << SshError::Code::SudoPasswordRequired;
    QTest::newRow("no sudo") << QByteArray("sh: 1: sudo: not found\n") << SshError::Code::SudoRefused;
    QTest::newRow("other") << QByteArray("cat: x: No such file or directory\n") << SshError::Code::None;
}

void TestSudoCommand::classifyFailure()
{
    QFETCH(QByteArray, stderrText);
    QFETCH(SshError::Code, code);
    QCOMPARE(SudoCommand::classifyFailure(stderrText), code);
}

void TestSudoCommand::lineSplitter()
{
    LineSplitter splitter;
    QCOMPARE(splitter.feed("one\r\ntw"), QStringList { QStringLiteral("one") });
    // A UTF-8 character split across chunks is decoded whole.
    QCOMPARE(splitter.feed("o\n\nthr\xc3"), (QStringList { QStringLiteral("two"), QString() }));
    QCOMPARE(splitter.feed("\xaf\nend"), QStringList { QString::fromUtf8("thr\xc3\xaf") });
    QCOMPARE(splitter.finish(), QStringList { QStringLiteral("end") });
    QCOMPARE(splitter.finish(), QStringList());
}

QTEST_GUILESS_MAIN(TestSudoCommand)
#include "TestSudoCommand.moc"
