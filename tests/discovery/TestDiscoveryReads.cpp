// DiscoveryReads: the env file, journal, myid and .orig checksum read in one sudo'd command, and
// its framed output read back into one result per source, each with its own error. The framing
// is tested on hand-made output and on the real script run by a local sh (no cluster needed: a
// fake journalctl on PATH, files in a temp dir).
#include "discovery/DiscoveryReads.h"
#include "remote/RemoteScripts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kTag = "emw-frame-test0123456789abcdef";
const QString kHost = QStringLiteral("10.0.0.1");
const QByteArray kEnv = "EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=10.1.0.1:2181\nZK_CONFIG_ZPATH=/x"; // no final newline
const QByteArray kJournal = "Nov 21 04:10:51 ip-10-0-0-1 java[1]: New election. My id =  3, proposed zxid=0x0\n"
                            "Nov 21 04:10:52 ip-10-0-0-1 java[1]: LEADING\n";
// What the journal search sends back of it: the matching line alone.
const QByteArray kJournalMatch = "Nov 21 04:10:51 ip-10-0-0-1 java[1]: New election. My id =  3, proposed zxid=0x0\n";
// The found reading's detail: the line that named the ID.
const QString kJournalDetail
    = QStringLiteral("\"Nov 21 04:10:51 ip-10-0-0-1 java[1]: New election. My id = 3, proposed zxid=0x0\"");
const QByteArray kSum = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

QByteArray section(const QByteArray &name, const QByteArray &out, const QByteArray &err, int exit)
{
    return kTag + ' ' + name + " out\n" + out + '\n' + kTag + ' ' + name + " err\n" + err + '\n' + kTag + ' ' + name
         + " exit " + QByteArray::number(exit) + '\n';
}

struct Parts
{
    QByteArray env = section("env", kEnv, {}, 0);
    QByteArray journal = section("journal", kJournalMatch, {}, 0);
    QByteArray myid = section("myid", "3\n", {}, 0);
    QByteArray orig = section("orig", "emw-orig=missing\n", {}, 0);
    CommandResult result() const
    {
        CommandResult r;
        r.exitStatus = 0;
        r.stdoutData = env + journal + myid + orig;
        return r;
    }
};

DiscoveryReads::Result interpret(const CommandResult &result)
{
    return DiscoveryReads::interpret(result, kTag, DiscoveryOptions{}, kHost);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The script as the master runs it, by a local sh with `bin` first on PATH (a fake journalctl).
CommandResult runLocally(const DiscoveryOptions &options, const QString &bin, const QByteArray &tag)
{
    const RemoteCommand command = DiscoveryReads::command(options, tag);
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    sh.setProcessEnvironment(env);
    sh.start(command.argv.first(), command.argv.mid(1));
    sh.waitForFinished(30000);
    CommandResult result;
    result.exitStatus = sh.exitCode();
    result.stdoutData = sh.readAllStandardOutput();
    result.stderrData = sh.readAllStandardError();
    return result;
}

} // namespace

class TestDiscoveryReads : public QObject
{
    Q_OBJECT

private slots:
    void everySourceRead();
    void origExists();
    void envFileMissingLeavesTheOthers();
    void journalctlFailingLeavesTheOthers();
    void rotatedJournal();
    void myidUnreadableOrNotANumber();
    void origCannotBeChecked();
    void commandFailureIsEverySourcesError();
    void outputEndingEarly();
    void contentCannotFakeAFrame();
    void commandQuotesItsArguments();
    void realScriptWithLocalSh();
    void journalSearchedOnTheMaster();
};

void TestDiscoveryReads::everySourceRead()
{
    const auto reads = interpret(Parts{}.result());
    QVERIFY(reads.envOk);
    QCOMPARE(reads.envFile, kEnv); // byte for byte, also without a final newline
    QCOMPARE(reads.journal, IdReading::found(IdSource::Journal, 3, kJournalDetail));
    QCOMPARE(reads.myid, IdReading::found(IdSource::MyIdFile, 3, DiscoveryOptions{}.myidPath));
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Missing);
}

void TestDiscoveryReads::origExists()
{
    Parts parts;
    parts.orig = section("orig", kSum + "  /opt/mesosphere/etc/exhibitor.orig\n", {}, 0);
    const auto reads = interpret(parts.result());
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Exists);
    QCOMPARE(reads.origSha256, kSum);
}

void TestDiscoveryReads::envFileMissingLeavesTheOthers()
{
    Parts parts;
    parts.env = section("env", {}, "cat: /opt/mesosphere/etc/exhibitor: No such file or directory", 1);
    const auto reads = interpret(parts.result());
    QVERIFY(!reads.envOk);
    QCOMPARE(reads.envError, QStringLiteral("Could not read /opt/mesosphere/etc/exhibitor on 10.0.0.1: cat: "
                                            "/opt/mesosphere/etc/exhibitor: No such file or directory"));
    QVERIFY(reads.journal.isFound());
    QVERIFY(reads.myid.isFound());
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Missing);
}

void TestDiscoveryReads::journalctlFailingLeavesTheOthers()
{
    Parts parts;
    parts.journal = section("journal", {}, "Failed to open journal: Permission denied", 1);
    const auto reads = interpret(parts.result());
    QCOMPARE(reads.journal, IdReading::unavailable(IdSource::Journal, QStringLiteral("journalctl failed (exit status 1): "
                                                                                    "Failed to open journal: Permission denied")));
    QVERIFY(reads.envOk);
    QVERIFY(reads.myid.isFound());
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Missing);

    parts.journal = section("journal", {}, "sh: 1: journalctl: not found", 127);
    QCOMPARE(interpret(parts.result()).journal.detail,
             QStringLiteral("journalctl failed (exit status 127): sh: 1: journalctl: not found"));
}

void TestDiscoveryReads::rotatedJournal()
{
    Parts parts;
    parts.journal = section("journal", "-- No entries --\n", {}, 0);
    QCOMPARE(interpret(parts.result()).journal,
             IdReading::unavailable(IdSource::Journal, QStringLiteral("no 'my id' line (rotated?)")));
}

void TestDiscoveryReads::myidUnreadableOrNotANumber()
{
    const QString path = DiscoveryOptions{}.myidPath;
    Parts parts;
    parts.myid = section("myid", {}, "cat: " + path.toUtf8() + ": Permission denied", 1);
    auto reads = interpret(parts.result());
    QCOMPARE(reads.myid, IdReading::unavailable(IdSource::MyIdFile, QStringLiteral("Could not read %1 on 10.0.0.1: cat: %1: "
                                                                                  "Permission denied").arg(path)));
    QVERIFY(reads.envOk);
    QVERIFY(reads.journal.isFound());

    parts.myid = section("myid", "three\n", {}, 0);
    reads = interpret(parts.result());
    QCOMPARE(reads.myid.detail, QStringLiteral("%1 holds \"three\", not an ID").arg(path));
}

void TestDiscoveryReads::origCannotBeChecked()
{
    Parts parts;
    parts.orig = section("orig", {}, "sha256sum: /opt/mesosphere/etc/exhibitor.orig: Permission denied", 1);
    auto reads = interpret(parts.result());
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Error);
    QCOMPARE(reads.origError, QStringLiteral("cannot check /opt/mesosphere/etc/exhibitor.orig: sha256sum: "
                                             "/opt/mesosphere/etc/exhibitor.orig: Permission denied"));
    QVERIFY(reads.envOk);
    QVERIFY(reads.journal.isFound());
    QVERIFY(reads.myid.isFound());

    // A checksum line that is not one is an error, not "no .orig".
    parts.orig = section("orig", "garbage\n", {}, 0);
    reads = interpret(parts.result());
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Error);
    QCOMPARE(reads.origError, QStringLiteral("cannot check /opt/mesosphere/etc/exhibitor.orig: garbage"));
}

void TestDiscoveryReads::commandFailureIsEverySourcesError()
{
    CommandResult result;
    const QString message = QStringLiteral("sudo on 10.0.0.1 refused: emw-key is not in the sudoers file");
    result.error = SshError::make(SshError::Code::SudoRefused, message);
    const auto reads = interpret(result);
    QVERIFY(!reads.envOk);
    QCOMPARE(reads.envError, message);
    QCOMPARE(reads.journal, IdReading::unavailable(IdSource::Journal, message));
    QCOMPARE(reads.myid, IdReading::unavailable(IdSource::MyIdFile, message));
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Error);
    QCOMPARE(reads.origError, QStringLiteral("cannot check /opt/mesosphere/etc/exhibitor.orig: ") + message);
}

void TestDiscoveryReads::outputEndingEarly()
{
    Parts parts;
    CommandResult result = parts.result();
    // Killed in the middle of the journal: the env file is whole, the rest is not there.
    result.stdoutData = parts.env + parts.journal.left(parts.journal.size() / 2);
    result.exitStatus = -1;
    result.exitSignal = QStringLiteral("KILL");
    const auto reads = interpret(result);
    QVERIFY(reads.envOk);
    QCOMPARE(reads.envFile, kEnv);
    QCOMPARE(reads.journal, IdReading::unavailable(IdSource::Journal, QStringLiteral("the read ended early (signal KILL)")));
    QCOMPARE(reads.myid.detail, QStringLiteral("the read ended early (signal KILL)"));
    QCOMPARE(reads.origError,
             QStringLiteral("cannot check /opt/mesosphere/etc/exhibitor.orig: the read ended early (signal KILL)"));

    result.stdoutData.clear();
    result.exitStatus = 127;
    result.exitSignal.clear();
    result.stderrData = "sh: not found\n";
    QCOMPARE(interpret(result).envError, QStringLiteral("the read ended early (exit status 127): sh: not found"));
}

void TestDiscoveryReads::contentCannotFakeAFrame()
{
    // An env file holding frame-like lines with another tag, or none, is content like any other.
    Parts parts;
    const QByteArray tricky = "A=1\nemw-frame-other env err\n\nenv exit 0\n" + kEnv;
    parts.env = section("env", tricky, {}, 0);
    const auto reads = interpret(parts.result());
    QVERIFY(reads.envOk);
    QCOMPARE(reads.envFile, tricky);
    QVERIFY(reads.myid.isFound());

    // Tags are random per run.
    QVERIFY(DiscoveryReads::newTag() != DiscoveryReads::newTag());
    QVERIFY(DiscoveryReads::newTag().size() >= 20);
}

void TestDiscoveryReads::commandQuotesItsArguments()
{
    DiscoveryOptions options;
    options.envFilePath = QStringLiteral("/tmp/it's here; rm -rf x");
    const RemoteCommand command = DiscoveryReads::command(options, kTag);
    QVERIFY(command.asRoot);
    QVERIFY(!command.logOutput);
    // Paths travel as arguments after the script, never inside it.
    QCOMPARE(command.argv.mid(0, 2), (QStringList{QStringLiteral("sh"), QStringLiteral("-c")}));
    QCOMPARE(command.argv.at(2), DiscoveryReads::script());
    QCOMPARE(command.argv.mid(4), (QStringList{QString::fromLatin1(kTag), options.envFilePath, options.unit,
                                               options.myidPath, options.origPath}));
    QVERIFY(!command.argv.at(2).contains(options.envFilePath));
    QVERIFY(command.displayText.contains(QStringLiteral("journalctl -u dcos-exhibitor --no-pager -q -o cat -r | grep")));
    QVERIFY(command.displayText.contains(QStringLiteral("'/tmp/it'\\''s here; rm -rf x'")));
}

void TestDiscoveryReads::realScriptWithLocalSh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const auto write = writeFile;
    // A journalctl that prints the journal, or fails when asked to.
    const QString fail = dir.filePath(QStringLiteral("journal-fails"));
    QVERIFY(write(bin + QStringLiteral("/journalctl"),
                  "#!/bin/sh\n[ \"$1 $2 $3\" = '-u dcos-exhibitor --no-pager' ] || exit 9\n"
                  "if [ -e '" + fail.toUtf8() + "' ]; then echo 'Failed to open journal' >&2; exit 1; fi\n"
                  "printf '%s' '" + kJournal + "'\n"));
    QVERIFY(QFile::setPermissions(bin + QStringLiteral("/journalctl"), QFile::ReadOwner | QFile::ExeOwner));

    DiscoveryOptions options;
    options.envFilePath = dir.filePath(QStringLiteral("exhibitor env"));
    options.origPath = options.envFilePath + QStringLiteral(".orig");
    options.myidPath = dir.filePath(QStringLiteral("myid"));
    QVERIFY(write(options.envFilePath, kEnv));
    QVERIFY(write(options.myidPath, "3\n"));

    auto run = [&] {
        const QByteArray tag = DiscoveryReads::newTag();
        return DiscoveryReads::interpret(runLocally(options, bin, tag), tag, options, kHost);
    };

    auto reads = run();
    QVERIFY(reads.envOk);
    QCOMPARE(reads.envFile, kEnv);
    QCOMPARE(reads.journal, IdReading::found(IdSource::Journal, 3, kJournalDetail));
    QCOMPARE(reads.myid, IdReading::found(IdSource::MyIdFile, 3, options.myidPath));
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Missing);

    // Each source's own failure, all at once: env file gone, journalctl failing, myid garbage,
    // .orig present.
    QVERIFY(QFile::copy(options.envFilePath, options.origPath));
    QVERIFY(QFile::remove(options.envFilePath));
    QVERIFY(write(fail, {}));
    QVERIFY(write(options.myidPath, "x\n"));
    reads = run();
    QVERIFY(!reads.envOk);
    // (coreutils quotes a name with a space)
    QCOMPARE(reads.envError, QStringLiteral("Could not read %1 on 10.0.0.1: cat: '%1': No such file or directory")
                                 .arg(options.envFilePath));
    QCOMPARE(reads.journal.detail, QStringLiteral("journalctl failed (exit status 1): Failed to open journal"));
    QCOMPARE(reads.myid.detail, QStringLiteral("%1 holds \"x\", not an ID").arg(options.myidPath));
    QCOMPARE(reads.origState, DiscoveryReads::OrigState::Exists);
    QCOMPARE(reads.origSha256, QCryptographicHash::hash(kEnv, QCryptographicHash::Sha256).toHex());

    // myid missing too.
    QVERIFY(QFile::remove(options.myidPath));
    reads = run();
    QCOMPARE(reads.myid.detail, QStringLiteral("Could not read %1 on 10.0.0.1: cat: %1: No such file or directory")
                                    .arg(options.myidPath));
}

void TestDiscoveryReads::journalSearchedOnTheMaster()
{
    // A journal of megabytes, as journalctl -o cat prints it: ZooKeeper 3.4's chatter on DC/OS
    // (every line "[myid:N] LEVEL [thread:Class@line] - "), an old election under another ID,
    // the newest line that names the ID ("Connection broken": the peer first, ours second), and
    // after it more chatter, lines that look like IDs and are not, a 10 KiB line. The fake
    // journalctl prints it newest first for -r, as the real one does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString journalFile = dir.filePath(QStringLiteral("journal"));
    const QString exitFile = dir.filePath(QStringLiteral("exit"));
    QVERIFY(writeFile(bin + QStringLiteral("/journalctl"),
                      "#!/bin/sh\n[ \"$*\" = '-u dcos-exhibitor --no-pager -q -o cat -r' ] || exit 9\n"
                      "tac '" + journalFile.toUtf8() + "'\n"
                      "if [ -s '" + exitFile.toUtf8() + "' ]; then echo 'Failed to iterate' >&2; exit 1; fi\n"));
    QVERIFY(QFile::setPermissions(bin + QStringLiteral("/journalctl"), QFile::ReadOwner | QFile::ExeOwner));
    DiscoveryOptions options;
    options.envFilePath = dir.filePath(QStringLiteral("exhibitor"));
    options.origPath = options.envFilePath + QStringLiteral(".orig");
    options.myidPath = dir.filePath(QStringLiteral("myid"));
    QVERIFY(writeFile(options.envFilePath, kEnv));
    QVERIFY(writeFile(options.myidPath, "4\n"));

    auto chatter = [](int from, int count) {
        QByteArray lines;
        for (int i = from; i < from + count; ++i)
            lines += "[myid:4] - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@192] - "
                     "Accepted socket connection from /127.0.0.1:" + QByteArray::number(40000 + i % 20000) + "\n"
                     "[myid:4] - INFO  [QuorumPeer[myid=7]/0:0:0:0:0:0:0:0:2181:Follower@63] - FOLLOWING - "
                     "LEADER ELECTION TOOK - " + QByteArray::number(i % 300) + "\n";
        return lines;
    };
    const QByteArray idLine = "[myid:4] - WARN  [RecvWorker:5:QuorumCnxManager$RecvWorker@780] - Connection broken "
                              "for id 5, my id = 4, error =";
    const QByteArray journal = chatter(0, 15000)
                             + "[myid:] - INFO  [QuorumPeer[myid=2]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@818] - "
                               "New election. My id =  2, proposed zxid=0x400000062\n"
                             + chatter(15000, 5000) + idLine + "\n" + chatter(20000, 15000)
                             + "[myid:4] - INFO  [main:Environment@100] - Server environment:enemy id = 9\n"
                             + "[myid:4] - INFO  [main:QuorumPeerConfig@101] - my id = unknown\n"
                             + QByteArray(10240, 'x') + "\n" + chatter(35000, 1000);
    QVERIFY(journal.size() > 7 * 1024 * 1024);
    QVERIFY(writeFile(journalFile, journal));

    QByteArray tag = DiscoveryReads::newTag();
    CommandResult result = runLocally(options, bin, tag);
    auto reads = DiscoveryReads::interpret(result, tag, options, kHost);
    QCOMPARE(reads.journal.id, 4);
    QCOMPARE(reads.journal.detail, QStringLiteral("\"%1\"").arg(QString::fromLatin1(idLine).simplified()));
    QVERIFY(reads.myid.isFound());
    QVERIFY(reads.envOk);
    // Only the line that named the ID crossed.
    QList<RemoteScripts::FramedSection> sections
        = RemoteScripts::splitFramed(result.stdoutData, tag, {"env", "journal", "myid", "orig"});
    QCOMPARE(sections.at(1).out, idLine + "\n");

    // Thousands of elections, the newest on a line of 100 KiB: that line alone, cut to 4 KiB.
    QByteArray elections;
    for (int i = 0; i < 3000; ++i)
        elections += "New election. My id =  " + QByteArray::number(i % 5 + 1) + ", proposed zxid=0x0\n";
    const QByteArray hugeLine = "Connection broken for id 2, my id = 5, error = " + QByteArray(100 * 1024, 'y') + "\n";
    QVERIFY(writeFile(journalFile, elections + hugeLine + "LEADING\n"));
    tag = DiscoveryReads::newTag();
    result = runLocally(options, bin, tag);
    reads = DiscoveryReads::interpret(result, tag, options, kHost);
    QCOMPARE(reads.journal.id, 5);
    sections = RemoteScripts::splitFramed(result.stdoutData, tag, {"env", "journal", "myid", "orig"});
    QCOMPARE(sections.at(1).out, hugeLine.left(4096) + "\n");

    // journalctl failing once it has printed a match (or once grep stopped it): the match stands.
    QVERIFY(writeFile(exitFile, "1"));
    tag = DiscoveryReads::newTag();
    reads = DiscoveryReads::interpret(runLocally(options, bin, tag), tag, options, kHost);
    QCOMPARE(reads.journal.id, 5);
    // ... with no match, its failure is the reason.
    QVERIFY(writeFile(journalFile, chatter(0, 100)));
    tag = DiscoveryReads::newTag();
    reads = DiscoveryReads::interpret(runLocally(options, bin, tag), tag, options, kHost);
    QCOMPARE(reads.journal, IdReading::unavailable(IdSource::Journal,
                                                   QStringLiteral("journalctl failed (exit status 1): Failed to iterate")));
    // A journal without the line (rotated) and journalctl content: not an error.
    QVERIFY(writeFile(exitFile, {}));
    tag = DiscoveryReads::newTag();
    reads = DiscoveryReads::interpret(runLocally(options, bin, tag), tag, options, kHost);
    QCOMPARE(reads.journal, IdReading::unavailable(IdSource::Journal, QStringLiteral("no 'my id' line (rotated?)")));
}

QTEST_GUILESS_MAIN(TestDiscoveryReads)
#include "TestDiscoveryReads.moc"
