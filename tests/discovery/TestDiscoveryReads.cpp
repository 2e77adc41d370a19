// DiscoveryReads: the env file, journal, myid and .orig checksum read in one sudo'd command, and
// its framed output read back into one result per source, each with its own error. The framing
// is tested on hand-made output and on the real script run by a local sh (no cluster needed: a
// fake journalctl on PATH, files in a temp dir).
#include "discovery/DiscoveryReads.h"
#include "remote/RemoteScripts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
    void runningZooKeepersOwnEntriesFirst();
    void backwardSearchWhenZooKeepersEntriesSayNothing();
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
                                               options.myidPath, options.origPath, options.zooKeeperPidPath}));
    QVERIFY(!command.argv.at(2).contains(options.envFilePath));
    QVERIFY(!command.argv.at(2).contains(options.zooKeeperPidPath));
    QVERIFY(command.displayText.contains(
        QStringLiteral("journalctl -u dcos-exhibitor --no-pager -q -o cat _PID=<pid in /var/lib/dcos/exhibitor/zk.pid> "
                       "--since <its start> | grep")));
    QVERIFY(command.displayText.contains(QStringLiteral("else journalctl -u dcos-exhibitor --no-pager -q -o cat -r | grep")));
    options.zooKeeperPidPath.clear();
    QVERIFY(!DiscoveryReads::command(options, kTag).displayText.contains(QStringLiteral("_PID")));
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
    options.zooKeeperPidPath = dir.filePath(QStringLiteral("zk.pid")); // none: the backward search
    QVERIFY(write(options.envFilePath, kEnv));
    QVERIFY(write(options.myidPath, "3\n"));

    auto run = [&] {
        const QByteArray tag = DiscoveryReads::newTag();
        return DiscoveryReads::interpret(runLocally(options, bin, tag), tag, options, kHost);
    };

    auto reads = run();
    QVERIFY(reads.envOk);
    QCOMPARE(reads.envFile, kEnv);
    QCOMPARE(reads.journal, IdReading::found(IdSource::Journal, 3,
                                             kJournalDetail
                                                 + QStringLiteral(", read back through the whole journal: cannot "
                                                                  "read ZooKeeper's pid file %1")
                                                       .arg(options.zooKeeperPidPath)));
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
    options.zooKeeperPidPath = dir.filePath(QStringLiteral("zk.pid")); // none: the backward search
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
    QCOMPARE(reads.journal.detail, QStringLiteral("\"%1\", read back through the whole journal: cannot read "
                                                  "ZooKeeper's pid file %2")
                                       .arg(QString::fromLatin1(idLine).simplified(), options.zooKeeperPidPath));
    QVERIFY(reads.myid.isFound());
    QVERIFY(reads.envOk);
    // Only the line that named the ID crossed, after the way it was found.
    QList<RemoteScripts::FramedSection> sections
        = RemoteScripts::splitFramed(result.stdoutData, tag, {"env", "journal", "myid", "orig"});
    QCOMPARE(sections.at(1).out, "emw-journal-way=backward nopidfile\n" + idLine + "\n");

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
    QCOMPARE(sections.at(1).out, "emw-journal-way=backward nopidfile\n" + hugeLine.left(4096) + "\n");

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

namespace {

// A master for the two-way journal search: a fake journalctl that logs every call (TZ and
// arguments) and answers journald's two queries, ZooKeeper's own entries (-u UNIT _PID=P
// --since T ... -o cat, oldest first, from the file "own") and the whole journal backwards (-r,
// from "whole", or exit 9 when "whole" is missing); a pid file naming a live process (this test).
struct TwoWayMaster
{
    QTemporaryDir dir;
    QString bin = dir.filePath(QStringLiteral("bin"));
    QString calls = dir.filePath(QStringLiteral("calls"));
    DiscoveryOptions options;
    qint64 pid = QCoreApplication::applicationPid();

    bool setUp()
    {
        options.envFilePath = dir.filePath(QStringLiteral("exhibitor"));
        options.origPath = options.envFilePath + QStringLiteral(".orig");
        options.myidPath = dir.filePath(QStringLiteral("myid"));
        options.zooKeeperPidPath = dir.filePath(QStringLiteral("zk.pid"));
        const QByteArray own = dir.filePath(QStringLiteral("own")).toUtf8();
        const QByteArray whole = dir.filePath(QStringLiteral("whole")).toUtf8();
        return dir.isValid() && QDir().mkpath(bin)
            && writeFile(bin + QStringLiteral("/journalctl"),
                         "#!/bin/sh\necho \"TZ=$TZ $*\" >> '" + calls.toUtf8() + "'\n"
                         "case \"$*\" in\n"
                         "'-u dcos-exhibitor --no-pager -q -o cat -r')\n"
                         "  [ -e '" + whole + "' ] || { echo 'read backwards' >&2; exit 9; }; tac '" + whole + "' ;;\n"
                         "'-u dcos-exhibitor _PID='*' --since '*' --no-pager -q -o cat') cat '" + own + "' ;;\n"
                         "*) exit 9 ;;\n"
                         "esac\n")
            && QFile::setPermissions(bin + QStringLiteral("/journalctl"), QFile::ReadOwner | QFile::ExeOwner)
            && writeFile(options.envFilePath, kEnv) && writeFile(options.myidPath, "4\n")
            // zkServer.sh writes it without a newline (echo -n $!)
            && writeFile(options.zooKeeperPidPath, QByteArray::number(pid));
    }
    bool writeOwn(const QByteArray &text) const { return writeFile(dir.filePath(QStringLiteral("own")), text); }
    bool writeWhole(const QByteArray &text) const { return writeFile(dir.filePath(QStringLiteral("whole")), text); }
    QStringList takeCalls() const
    {
        QFile file(calls);
        QStringList lines;
        if (file.open(QIODevice::ReadOnly))
            lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        file.remove();
        return lines;
    }
    DiscoveryReads::Result run(QByteArray *journalSection = nullptr) const
    {
        const QByteArray tag = DiscoveryReads::newTag();
        const CommandResult result = runLocally(options, bin, tag);
        if (journalSection)
            *journalSection = RemoteScripts::splitFramed(result.stdoutData, tag, {"env", "journal", "myid", "orig"}).at(1).out;
        return DiscoveryReads::interpret(result, tag, options, kHost);
    }
};

// ZooKeeper 3.4's first lines on DC/OS (journal appender, -o cat): start-up, then its election.
QByteArray zooKeeperStart(int id)
{
    const QByteArray myid = "[myid:" + QByteArray::number(id) + "] - ";
    return "[myid:] - INFO  [main:QuorumPeerConfig@136] - Reading configuration from: /var/lib/dcos/exhibitor/conf/zoo.cfg\n"
           "[myid:] - INFO  [main:QuorumPeerMain@127] - Starting quorum peer\n"
         + myid + "INFO  [QuorumPeer[myid=" + QByteArray::number(id) + "]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@818] - "
           "New election. My id =  " + QByteArray::number(id) + ", proposed zxid=0x400000062\n"
         + myid + "INFO  [QuorumPeer[myid=" + QByteArray::number(id) + "]/0:0:0:0:0:0:0:0:2181:QuorumPeer@856] - FOLLOWING\n";
}

QByteArray fourLetterChatter(int id, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += "[myid:" + QByteArray::number(id) + "] - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:"
                 "NIOServerCnxnFactory@192] - Accepted socket connection from /127.0.0.1:" + QByteArray::number(40000 + i) + "\n";
    return lines;
}

// The process's start as ps prints it (procps: boot time + starttime), in UTC: what the
// script's own reading of /proc is checked against.
QDateTime startOf(qint64 pid)
{
    QProcess ps;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    ps.setProcessEnvironment(env);
    ps.start(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("lstart="), QStringLiteral("-p"), QString::number(pid)});
    ps.waitForFinished(10000);
    QDateTime start = QLocale::c().toDateTime(QString::fromLatin1(ps.readAllStandardOutput()).simplified(),
                                              QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    start.setTimeZone(QTimeZone::utc());
    return start;
}

} // namespace

void TestDiscoveryReads::runningZooKeepersOwnEntriesFirst()
{
    // The running ZooKeeper (pid file: this process) logged its election among its first lines;
    // the whole journal must not be read backwards (the fake journalctl fails if it is).
    TwoWayMaster master;
    QVERIFY(master.setUp());
    QVERIFY(master.writeOwn(zooKeeperStart(4) + fourLetterChatter(4, 20000)));
    QByteArray section;
    const auto reads = master.run(&section);
    QCOMPARE(reads.journal.id, 4);

    // One query: ZooKeeper's entries since its start, in UTC.
    const QStringList calls = master.takeCalls();
    QCOMPARE(calls.size(), 1);
    static const QRegularExpression query(QStringLiteral(
        "^TZ=UTC0 -u dcos-exhibitor _PID=(\\d+) --since (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) --no-pager -q -o cat$"));
    const QRegularExpressionMatch match = query.match(calls.first());
    QVERIFY2(match.hasMatch(), qPrintable(calls.first()));
    QCOMPARE(match.captured(1).toLongLong(), master.pid);
    // Since the process's start (less the script's 2 s margin), as ps sees it.
    QDateTime since = QDateTime::fromString(match.captured(2), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    since.setTimeZone(QTimeZone::utc());
    const QDateTime started = startOf(master.pid);
    QVERIFY(started.isValid());
    QVERIFY2(qAbs(since.secsTo(started) - 2) <= 1, qPrintable(match.captured(2) + QStringLiteral(" vs ") + started.toString(Qt::ISODate)));

    // The log says which way: the election line, in ZooKeeper's own entries.
    QCOMPARE(reads.journal.detail,
             QStringLiteral("\"[myid:4] - INFO [QuorumPeer[myid=4]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@818] - New "
                            "election. My id = 4, proposed zxid=0x400000062\", in ZooKeeper's own entries (pid %1, since "
                            "%2 UTC)")
                 .arg(master.pid)
                 .arg(match.captured(2)));
    // What crossed: the way and that one line.
    QCOMPARE(section, "emw-journal-way=pid " + QByteArray::number(master.pid) + ' ' + match.captured(2).toLatin1() + '\n'
                          + zooKeeperStart(4).split('\n').at(2) + '\n');
}

void TestDiscoveryReads::backwardSearchWhenZooKeepersEntriesSayNothing()
{
    // The whole journal's newest line that names the ID (a peer restarted lately).
    TwoWayMaster master;
    QVERIFY(master.setUp());
    const QByteArray broken = "[myid:4] - WARN  [RecvWorker:5:QuorumCnxManager$RecvWorker@780] - Connection broken "
                              "for id 5, my id = 4, error =";
    QVERIFY(master.writeWhole(zooKeeperStart(4) + fourLetterChatter(4, 100) + broken + '\n' + fourLetterChatter(4, 100)));
    const QString brokenDetail = QStringLiteral("\"%1\", read back through the whole journal: ")
                                     .arg(QString::fromLatin1(broken).simplified());
    const QString pid = QString::number(master.pid);

    // The running ZooKeeper's start was rotated away: its entries hold chatter only.
    QVERIFY(master.writeOwn(fourLetterChatter(4, 50)));
    QByteArray section;
    auto reads = master.run(&section);
    QCOMPARE(reads.journal.id, 4);
    QStringList calls = master.takeCalls();
    QCOMPARE(calls.size(), 2);
    QVERIFY2(calls.at(0).contains(QStringLiteral(" _PID=%1 --since ").arg(pid)), qPrintable(calls.at(0)));
    QCOMPARE(calls.at(1), QStringLiteral("TZ= -u dcos-exhibitor --no-pager -q -o cat -r"));
    const QString since = calls.at(0).section(QStringLiteral(" --since "), 1).left(19);
    QCOMPARE(reads.journal.detail,
             brokenDetail + QStringLiteral("no 'my id' line in the first 10000 lines of ZooKeeper's own entries (pid %1, "
                                           "since %2 UTC)").arg(pid, since));
    QCOMPARE(section, "emw-journal-way=backward noline " + pid.toLatin1() + ' ' + since.toLatin1() + '\n' + broken + '\n');

    // Its election lies past the first 10000 lines of its entries: not looked for there.
    QVERIFY(master.writeOwn(fourLetterChatter(4, 10000) + zooKeeperStart(4)));
    reads = master.run();
    QVERIFY2(reads.journal.detail.startsWith(brokenDetail + QStringLiteral("no 'my id' line in the first 10000")),
             qPrintable(reads.journal.detail));
    QCOMPARE(master.takeCalls().size(), 2);

    // A stale pid file (no such process): only the backward search.
    QVERIFY(writeFile(master.options.zooKeeperPidPath, "999999999"));
    reads = master.run();
    QCOMPARE(reads.journal.detail, brokenDetail + QStringLiteral("ZooKeeper's pid 999999999 (from %1) is not running")
                                                      .arg(master.options.zooKeeperPidPath));
    QCOMPARE(master.takeCalls().size(), 1);

    // A pid file that holds no pid, none, or none looked for.
    QVERIFY(writeFile(master.options.zooKeeperPidPath, "java\n"));
    QCOMPARE(master.run().journal.detail,
             brokenDetail + QStringLiteral("ZooKeeper's pid file %1 holds no pid").arg(master.options.zooKeeperPidPath));
    QVERIFY(QFile::remove(master.options.zooKeeperPidPath));
    QCOMPARE(master.run().journal.detail,
             brokenDetail + QStringLiteral("cannot read ZooKeeper's pid file %1").arg(master.options.zooKeeperPidPath));
    QCOMPARE(master.takeCalls().size(), 2); // the backward search alone, twice
    master.options.zooKeeperPidPath.clear();
    QCOMPARE(master.run().journal.detail, brokenDetail + QStringLiteral("ZooKeeper's pid not looked for"));
    QCOMPARE(master.takeCalls(), QStringList{QStringLiteral("TZ= -u dcos-exhibitor --no-pager -q -o cat -r")});

    // Neither way finds a line: rotated, not an error, worded as before.
    QVERIFY(master.writeWhole(fourLetterChatter(4, 10)));
    QCOMPARE(master.run().journal, IdReading::unavailable(IdSource::Journal, QStringLiteral("no 'my id' line (rotated?)")));
}

QTEST_GUILESS_MAIN(TestDiscoveryReads)
#include "TestDiscoveryReads.moc"
