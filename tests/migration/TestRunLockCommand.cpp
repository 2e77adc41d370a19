// The local run lock as operators meet it: a second exhibitor-migrate migrate of a cluster while
// the first waits at its question before the backup is refused before it reads or writes the
// journal, naming the first run, and status tells the running run from an interrupted one. On
// the simulated cluster run-controls (127.0.63.x).
#include "MigrateCli.h"
#include "SimCluster.h"

#include "migration/MigrationJournal.h"
#include "migration/RunLock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = MigrateCli::binary();
constexpr int kRunTimeout = 300000;

using MigrateCli::cEnvironment;
using MigrateCli::Result;

Result run(const QStringList &arguments)
{
    return MigrateCli::run(arguments, {}, kRunTimeout);
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRunLockCommand : public QObject
{
    Q_OBJECT

private slots:
    void secondRunRefusedWhileTheFirstAsks();
    void runFromAnotherWorkstationRefusedByTheFirstsSession();
};

void TestRunLockCommand::secondRunRefusedWhileTheFirstAsks()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.json"));
    const SshTarget target = sim.targets().first();
    const QStringList common{QStringLiteral("--config"),      sim.configYaml(),
                             QStringLiteral("--user"),        target.user,
                             QStringLiteral("--port"),        QString::number(target.port),
                             QStringLiteral("--identity"),    target.keyFile,
                             QStringLiteral("--known-hosts"), target.knownHostsPath,
                             QStringLiteral("--journal"),     journalPath};

    // 1. The first run passes preflight and asks before the backup (its stdin stays open).
    QProcess first;
    first.setProcessEnvironment(cEnvironment());
    QByteArray pending;
    bool asking = false;
    QString runId;
    connect(&first, &QProcess::readyReadStandardOutput, &first, [&] {
        pending += first.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("confirm"))
                asking = true;
        }
    });
    QSignalSpy finished(&first, &QProcess::finished);
    const auto stopFirst = qScopeGuard([&first] {
        if (first.state() != QProcess::NotRunning) {
            first.kill();
            first.waitForFinished();
        }
    });
    first.start(kBinary, QStringList{QStringLiteral("migrate")} + common +
                             QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QTRY_VERIFY_WITH_TIMEOUT(asking || !finished.isEmpty(), kRunTimeout);
    QVERIFY2(asking, first.readAllStandardError().constData());
    const auto journal = MigrationJournal::load(journalPath);
    QVERIFY(journal);
    runId = journal->runId;
    const QByteArray journalBytes = fileContent(journalPath);

    // 2. A second migrate of the cluster: refused, naming the first, before it touches anything.
    const Result second = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--yes")} + common);
    QVERIFY2(second.out.isEmpty(), qPrintable(second.out));
    QCOMPARE(second.exitCode, 1);
    const QString refusal = QStringLiteral("Another run of this cluster holds %1: run %2 of ")
                                .arg(RunLock::pathFor(journalPath), runId);
    QVERIFY2(second.err.contains(refusal), qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("(process %1) since ").arg(first.processId())), qPrintable(second.err));
    QVERIFY2(!second.err.contains(QLatin1String("connected")), qPrintable(second.err));
    QCOMPARE(fileContent(journalPath), journalBytes);

    // 3. status (read-only, no lock) says the run is running now, and whose it is.
    const Result running = run(QStringList{QStringLiteral("status")} + common);
    QVERIFY2(running.out.contains(QStringLiteral("Journal %1: run %2, running now: run %2 of ").arg(journalPath, runId)),
             qPrintable(running.out + running.err));

    // 4. The first run is told no: it ends, and its lock with it.
    first.write("n\n");
    QVERIFY(finished.wait(kRunTimeout));
    QVERIFY(!RunLock::holder(journalPath));
    QCOMPARE(sim.envFiles(), before);
}

// Two workstations (two journals, so no shared local lock): the second run's preflight finds the
// first run's ZooKeeper session node and stops before it writes anything; once the first ended,
// the same run passes preflight.
void TestRunLockCommand::runFromAnotherWorkstationRefusedByTheFirstsSession()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir first, second;
    const SshTarget target = sim.targets().first();
    auto arguments = [&](const QTemporaryDir &dir) {
        return QStringList{QStringLiteral("migrate"),       QStringLiteral("--config"),   sim.configYaml(),
                           QStringLiteral("--user"),        target.user,
                           QStringLiteral("--port"),        QString::number(target.port),
                           QStringLiteral("--identity"),    target.keyFile,
                           QStringLiteral("--known-hosts"), target.knownHostsPath,
                           QStringLiteral("--journal"),     dir.filePath(QStringLiteral("journal.json")),
                           QStringLiteral("--format"),      QStringLiteral("json")};
    };
    // Starts a run that stops at its first question; false if it ended instead.
    auto startAsking = [](QProcess &process, const QStringList &args) {
        process.setProcessEnvironment(cEnvironment());
        bool asking = false;
        QByteArray pending;
        const auto connection = connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            pending += process.readAllStandardOutput();
            if (pending.contains("\"event\":\"confirm\""))
                asking = true;
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(kBinary, args);
        const bool settled = QTest::qWaitFor([&] { return asking || !finished.isEmpty(); }, kRunTimeout);
        disconnect(connection);
        return settled && asking;
    };
    auto stop = [](QProcess &process) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    };

    QProcess firstRun;
    const auto stopFirst = qScopeGuard([&] { stop(firstRun); });
    QVERIFY2(startAsking(firstRun, arguments(first)), firstRun.readAllStandardError().constData());
    const auto journal = MigrationJournal::load(first.filePath(QStringLiteral("journal.json")));
    QVERIFY(journal);

    const Result refused = run(arguments(second) + QStringList{QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 1);
    const QString expected = QStringLiteral("Another run of this cluster is going on: run %1 of ").arg(journal->runId);
    QVERIFY2(refused.out.contains(expected), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("(process %1) since ").arg(firstRun.processId())), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QLatin1String("\"outcome\":\"failed\"")), qPrintable(refused.out));

    firstRun.write("n\n");
    QVERIFY(firstRun.waitForFinished(kRunTimeout));
    QProcess again;
    const auto stopAgain = qScopeGuard([&] { stop(again); });
    QVERIFY2(startAsking(again, arguments(second)), again.readAllStandardError().constData());
    again.write("n\n");
    QVERIFY(again.waitForFinished(kRunTimeout));
    QCOMPARE(sim.envFiles(), before);
}

QTEST_GUILESS_MAIN(TestRunLockCommand)
#include "TestRunLockCommand.moc"
