// exhibitor-migrate support-bundle as an operator runs it after a failed migration, on the
// simulated cluster: one master broken the way a wrong env file breaks a real one (its static
// ensemble lacks it, so start_exhibitor.py refuses to start), another one unreachable.
#include "MigrateCli.h"
#include "SimCluster.h"

#include "remote/CommandJob.h"
#include "remote/AtomicWriteJob.h"
#include "remote/SshSession.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kAdminSecret = "emw-bundle-admin-fixture"; // the topology's exhibitor_admin_password
const QByteArray kEnvSecret = "emw-bundle-env-fixture-key";

using MigrateCli::Result;
using MigrateCli::run;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Does what an operator's mistake would: a static env file without this master, written over
// pkgpanda's symlink, then the unit restarted. Through the master's own SSH and sudo.
bool breakMaster(const SshTarget &target, const QByteArray &envFile)
{
    SshSession session(target);
    QSignalSpy connected(&session, &SshSession::connected);
    session.connectToHost();
    if (!connected.wait(15000))
        return false;
    AtomicWriteJob *write = session.writeFileAtomically(QStringLiteral("/opt/mesosphere/etc/exhibitor"), envFile, true);
    QSignalSpy written(write, &SshJob::finished);
    if (!written.wait(15000) || write->error().isError())
        return false;
    CommandJob *restart = session.run({QStringLiteral("systemctl"), QStringLiteral("restart"),
                                       QStringLiteral("--no-block"), QStringLiteral("dcos-exhibitor")},
                                      true);
    QSignalSpy restarted(restart, &SshJob::finished);
    return restarted.wait(60000) && restart->result().succeeded();
}

} // namespace

class TestSupportBundleSim : public QObject
{
    Q_OBJECT

private slots:
    void usage();
    void failedMigrationThenBundle();
};

void TestSupportBundleSim::usage()
{
    const Result help = run({QStringLiteral("support-bundle"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QLatin1String("Usage: exhibitor-migrate support-bundle --config FILE")),
             qPrintable(help.out));
    QVERIFY(help.out.contains(QLatin1String("--out")) && help.out.contains(QLatin1String("--archive")));
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QLatin1String("\n  support-bundle ")));

    const QString config = QStringLiteral(EMW_TEST_DATA_DIR "/config/sort-traps.yaml");
    const Result noConfig = run({QStringLiteral("support-bundle")});
    QCOMPARE(noConfig.exitCode, 2);
    QVERIFY2(noConfig.err.contains(QLatin1String("--config FILE is required")), qPrintable(noConfig.err));
    for (const char *lines : {"0", "lots", "100001"}) {
        const Result bad = run({QStringLiteral("support-bundle"), QStringLiteral("--config"), config,
                                QStringLiteral("--journal-lines"), QLatin1String(lines)});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--journal-lines takes a number from 1 to 100000")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }
    const Result json = run({QStringLiteral("support-bundle"), QStringLiteral("--config"), config,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.err.contains(QLatin1String("text only")), qPrintable(json.err));
}

void TestSupportBundleSim::failedMigrationThenBundle()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("support-bundle"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QStringList masters = sim.masters();
    const QString broken = masters.at(0);
    const QString unreachable = masters.at(1);
    const QJsonObject status = sim.status();
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.json"));
    const QString report = dir.filePath(QStringLiteral("report"));
    const QString ids = dir.filePath(QStringLiteral("ids.txt"));
    {
        QFile file(ids);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QJsonValue &value : status.value(QStringLiteral("masters")).toArray())
            file.write(value.toObject().value(QStringLiteral("ip")).toString().toUtf8() + ' ' +
                       QByteArray::number(value.toObject().value(QStringLiteral("id")).toInt()) + '\n');
    }

    // The broken master: an ensemble of the two others. An S3-style key in it too, which the
    // bundle must redact.
    QByteArray envFile = "EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=";
    envFile += "1:" + masters.at(1).toUtf8() + ",2:" + masters.at(2).toUtf8() + '\n';
    envFile += "AWS_SECRET_ACCESS_KEY=" + kEnvSecret + '\n';
    QVERIFY(breakMaster(sim.targets().at(0), envFile));
    QVERIFY2(QTest::qWaitFor([&] { return sim.journal(broken).contains("is not in the configured list of masters"); },
                             60000),
             sim.journal(broken).right(2000).constData());

    const QStringList ssh{QStringLiteral("--user"), status.value(QStringLiteral("users")).toObject().value(QStringLiteral("key_user")).toString(),
                          QStringLiteral("--identity"), status.value(QStringLiteral("client_key")).toString(),
                          QStringLiteral("--known-hosts"), status.value(QStringLiteral("known_hosts")).toString(),
                          QStringLiteral("--port"), QString::number(status.value(QStringLiteral("ssh_port")).toInt())};

    // The migration stops (preflight: a master does not serve) and says how to make a bundle.
    const Result migrate = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--config"), sim.configYaml(),
                                           QStringLiteral("--ids"), ids, QStringLiteral("--journal"), journal,
                                           QStringLiteral("--report"), report, QStringLiteral("--yes")}
                               + ssh);
    QCOMPARE(migrate.exitCode, 1);
    const qsizetype hintAt = migrate.err.indexOf(QLatin1String("  exhibitor-migrate support-bundle "));
    QVERIFY2(hintAt >= 0, qPrintable(migrate.err.right(3000)));
    const QString hint = migrate.err.mid(hintAt).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(hint.contains(QLatin1String("--journal ") + journal), qPrintable(hint));
    QVERIFY(QFileInfo::exists(report + QStringLiteral("/report.json")));
    // A report that leaked a secret anyway: the bundle scrubs what it copies.
    {
        QFile leak(report + QStringLiteral("/notes.txt"));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write("admin password was " + kAdminSecret + '\n');
    }

    // The operator runs the command it printed; meanwhile another master's sshd went away.
    QVERIFY(sim.fault(unreachable, QStringLiteral("sshd-down")));
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QStringList arguments = QProcess::splitCommand(hint).mid(1);
    arguments << QStringLiteral("--report") << report << QStringLiteral("--out") << bundle
              << QStringLiteral("--archive");
    const Result made = run(arguments);
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(QStringLiteral("Support bundle written to ") + bundle), qPrintable(made.out + made.err));
    QVERIFY2(made.out.contains(unreachable + QStringLiteral(": not reached")), qPrintable(made.out));

    // Every master has its folder; the reachable ones their files, the other one says why not.
    for (const QString &master : masters) {
        const QString folder = bundle + QStringLiteral("/masters/") + master + QLatin1Char('/');
        if (master == unreachable) {
            QVERIFY(readAll(folder + QStringLiteral("UNREACHABLE.txt")).contains(master.toUtf8()));
            continue;
        }
        for (const char *file : {"exhibitor.env", "exhibitor.link.txt", "exhibitor.orig.txt", "zoo.cfg", "myid",
                                 "systemctl-is-active.txt", "journal.txt", "four-letter-words.txt"})
            QVERIFY2(QFileInfo::exists(folder + QLatin1String(file)), qPrintable(folder + QLatin1String(file)));
        QVERIFY(!readAll(folder + QStringLiteral("journal.txt")).isEmpty());
    }
    const QString healthy = bundle + QStringLiteral("/masters/") + masters.at(2);
    const QByteArray words = readAll(healthy + QStringLiteral("/four-letter-words.txt"));
    QVERIFY2(words.contains("== srvr ==\nZookeeper version: ") && words.contains("Mode: ") && words.contains("imok"),
             words.constData());
    QVERIFY(readAll(healthy + QStringLiteral("/systemctl-is-active.txt")).startsWith("active"));
    QVERIFY(readAll(healthy + QStringLiteral("/df.txt")).contains("Filesystem"));
    QVERIFY(readAll(healthy + QStringLiteral("/exhibitor_defaults.conf")).contains("zookeeper-data-directory"));
    QVERIFY(readAll(healthy + QStringLiteral("/zoo.cfg")).contains("server."));
    QVERIFY(readAll(healthy + QStringLiteral("/myid")).trimmed().toInt() > 0);
    QVERIFY(readAll(healthy + QStringLiteral("/exhibitor.link.txt")).contains("symbolic link to /opt/mesosphere/packages/"));
    QVERIFY(readAll(healthy + QStringLiteral("/exhibitor.env")).contains("EXHIBITOR_BACKEND=ZK"));
    const QString brokenFolder = bundle + QStringLiteral("/masters/") + broken;
    QVERIFY(readAll(brokenFolder + QStringLiteral("/exhibitor.link.txt")).contains("not a symbolic link"));
    QVERIFY(readAll(brokenFolder + QStringLiteral("/exhibitor.env")).contains("AWS_SECRET_ACCESS_KEY=<redacted>"));
    QVERIFY(readAll(bundle + QStringLiteral("/run/report.json")).size() > 100);
    QVERIFY(readAll(bundle + QStringLiteral("/config.yaml")).contains("exhibitor_admin_password: <redacted>"));

    // The finding names the broken master, the journal line and what to do.
    const QByteArray findings = readAll(bundle + QStringLiteral("/findings.txt"));
    if (qEnvironmentVariableIsSet("EMW_TEST_VERBOSE"))
        qInfo("%s\n%s\n%s\n%s", qPrintable(migrate.err.right(1500)), qPrintable(made.out), findings.constData(),
              readAll(bundle + QStringLiteral("/README.txt")).constData());
    const qsizetype at = findings.indexOf("[" + broken.toUtf8() + "] start_exhibitor.py refused to start");
    QVERIFY2(at >= 0, findings.constData());
    const QByteArray finding = findings.mid(at, findings.indexOf("\n\n", at) - at);
    QVERIFY2(finding.contains("where: masters/" + broken.toUtf8() + "/journal.txt:"), finding.constData());
    QVERIFY(finding.contains(broken.toUtf8() + " is not in the configured list of masters"));
    QVERIFY(finding.contains("ip-detect"));
    QVERIFY(findings.contains("id: ensemble-lacks-master"));
    QVERIFY(findings.contains("[" + unreachable.toUtf8() + "] The master could not be reached"));
    const QByteArray index = readAll(bundle + QStringLiteral("/index.html"));
    QVERIFY2(index.contains("<a href=\"masters/" + broken.toUtf8() + "/journal.txt\">") &&
                 index.contains("start_exhibitor.py refused to start") && index.contains("not reached: "),
             index.constData());
    QVERIFY(made.out.contains(broken + QStringLiteral(": start_exhibitor.py refused to start")));
    // Cause first: the ensemble without the master, then start_exhibitor.py's refusal, then what
    // follows from it (its ZooKeeper refusing connections).
    const qsizetype ensembleAt = findings.indexOf("[" + broken.toUtf8() + "] The static ensemble does not contain");
    const qsizetype refusedAt = findings.indexOf("[" + broken.toUtf8() + "] A connection was refused");
    QVERIFY(ensembleAt >= 0 && ensembleAt < at);
    QVERIFY(refusedAt < 0 || refusedAt > at);

    // Private, and no secret anywhere in it (the archive's bytes are compressed: its listing and
    // mode are checked instead).
    QCOMPARE(QFileInfo(bundle).permissions() & 0x0077, QFileDevice::Permissions());
    QDirIterator it(bundle, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QVERIFY2((info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                         QFileDevice::WriteOther)) == QFileDevice::Permissions(),
                 qPrintable(path));
        if (!info.isFile())
            continue;
        ++files;
        const QByteArray content = readAll(path);
        QVERIFY2(!content.contains(kAdminSecret), qPrintable(path));
        QVERIFY2(!content.contains(kEnvSecret), qPrintable(path));
        QVERIFY2(!content.contains("emw-sim-fixture-pw"), qPrintable(path));
    }
    QVERIFY(files > 20);
    const QString archive = bundle + QStringLiteral(".tar.gz");
    QVERIFY(made.out.contains(QStringLiteral("Archive: ") + archive));
    QCOMPARE(QFileInfo(archive).permissions() & 0x0077, QFileDevice::Permissions());
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tzf"), archive});
    QVERIFY(tar.waitForFinished(30000));
    QVERIFY(tar.readAllStandardOutput().contains("bundle/findings.txt"));
}

QTEST_GUILESS_MAIN(TestSupportBundleSim)
#include "TestSupportBundleSim.moc"
