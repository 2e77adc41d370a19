// A support bundle when no master can be reached (nothing listens on their SSH port): still
// written, each master named with why, the run's files copied redacted, a planted link not
// followed. Loopback only; no simulated cluster.
#include "support/SupportBundle.h"
#include "support/SupportBundleRunner.h"

#include "migration/MigrationJournal.h"
#include "migration/MigrationPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSupportBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unreachableMastersStillGiveABundle();
    void findsTheRunsReport();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

void TestSupportBundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSupportBundle::unreachableMastersStillGiveABundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("config.yaml"));
    writeFile(config, "cluster_name: bundle\nexhibitor_admin_password: ADMIN-SECRET-X\nmaster_list:\n- 127.0.0.1\n");
    const QString report = dir.filePath(QStringLiteral("report"));
    QVERIFY(QDir().mkpath(report));
    writeFile(report + QStringLiteral("/report.json"),
              "{\"outcomeMessage\": \"127.0.0.1: No space left on device\", \"note\": \"ADMIN-SECRET-X\", "
              "\"zk\": \"super:ZKSECRETX\"}\n");
    writeFile(dir.filePath(QStringLiteral("outside.txt")), "not part of the report\n");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside.txt")), report + QStringLiteral("/planted.json")));
    const QString journal = dir.filePath(QStringLiteral("journal.json"));
    writeFile(journal, "{\"runId\": \"r1\"}\n");

    SupportBundleRequest request;
    for (const char *host : {"127.0.0.1", "127.0.0.2"}) {
        SshTarget target;
        target.name = QString::fromLatin1(host);
        target.host = target.name;
        target.port = 1; // nothing listens: refused at once
        target.useSshConfig = false;
        target.knownHostsPath = dir.filePath(QStringLiteral("known_hosts"));
        target.connectTimeoutMs = 5000;
        target.auth = SshAuthMethod::Password;
        target.password = QStringLiteral("ssh-login-secret");
        request.targets << target;
    }
    request.clusterName = QStringLiteral("bundle");
    request.configYamlPath = config;
    request.runReportDir = report;
    request.journalPath = journal;
    request.outDir = dir.filePath(QStringLiteral("out"));
    request.extraSecrets << "super:ZKSECRETX";

    SupportBundleRunner runner;
    QSignalSpy finished(&runner, &SupportBundleRunner::finished);
    QVERIFY(runner.start(request));
    QVERIFY(!runner.start(request)); // one at a time
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<SupportBundleResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.dir, request.outDir);
    QCOMPARE(result.masters.size(), 2);
    QCOMPARE(result.unreachableCount(), 2);
    QStringList ids;
    for (const SupportFinding &finding : result.findings)
        ids << (finding.master.isEmpty() ? QStringLiteral("run") : finding.master) + QLatin1Char(' ') + finding.id;
    QCOMPARE(ids, QStringList({QStringLiteral("127.0.0.1 unreachable"), QStringLiteral("127.0.0.2 unreachable"),
                               QStringLiteral("run no-space")}));

    const QString out = request.outDir;
    for (const char *host : {"127.0.0.1", "127.0.0.2"}) {
        const QByteArray why = readAll(out + QStringLiteral("/masters/%1/UNREACHABLE.txt").arg(QLatin1String(host)));
        QVERIFY2(why.contains(host) && why.contains("could not be reached"), why.constData());
    }
    QVERIFY(readAll(out + QStringLiteral("/README.txt")).contains("127.0.0.2: NOT REACHED"));
    QVERIFY(readAll(out + QStringLiteral("/config.yaml")).contains("exhibitor_admin_password: <redacted>"));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/run/run-journal.json")));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/run/planted.json")));
    const QByteArray copied = readAll(out + QStringLiteral("/run/report.json"));
    QVERIFY2(copied.contains("No space left on device") && !copied.contains("ADMIN-SECRET-X") &&
                 !copied.contains("ZKSECRETX"),
             copied.constData());
    QVERIFY(readAll(out + QStringLiteral("/findings.txt")).contains("where: run/report.json:1"));

    const QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(out).permissions() & groupOrOther, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(out + QStringLiteral("/findings.txt")).permissions() & groupOrOther, QFileDevice::Permissions());
    for (const QString &name : QDir(out).entryList(QDir::Files)) {
        const QByteArray content = readAll(out + QLatin1Char('/') + name);
        QVERIFY2(!content.contains("ssh-login-secret") && !content.contains("ADMIN-SECRET-X"), qPrintable(name));
    }
}

void TestSupportBundle::findsTheRunsReport()
{
    // The CLI's default --report: the report directory of the run the journal records, not
    // another run's (MigrationPaths::reportDir names them <run id>-<kind>).
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.json"));
    QCOMPARE(SupportBundle::latestReportDir(journalPath), QString());
    MigrationJournal journal;
    journal.setPath(journalPath);
    journal.runId = QStringLiteral("20261207-065000-bundle");
    journal.clusterName = QStringLiteral("bundle");
    journal.masters = {QStringLiteral("127.0.0.1")};
    journal.created = QDateTime::currentDateTimeUtc();
    journal.updated = journal.created;
    QString error;
    QVERIFY2(journal.save(&error), qPrintable(error));
    QCOMPARE(SupportBundle::latestReportDir(journalPath), QString());

    const QString ours = MigrationPaths::reportDir(journal.runId, QStringLiteral("migrate"));
    const QString other = MigrationPaths::reportDir(QStringLiteral("20261207-070000-other"), QStringLiteral("migrate"));
    QVERIFY(QDir().mkpath(ours));
    QVERIFY(QDir().mkpath(other));
    QCOMPARE(SupportBundle::latestReportDir(journalPath), QFileInfo(ours).absoluteFilePath());
    QDir(ours).removeRecursively();
    QDir(other).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "TestSupportBundle.moc"
