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
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QString kBinary = MigrateCli::binary();
constexpr int kRunTimeout = 300000;

using MigrateCli::cEnvironment;
using MigrateCli::Result;

Result run(const QStringList &arguments)
{
    return MigrateCli::run(arguments, {}, kRunTimeout);
}

// A run driven through its questions (--format json): counts them, answers on request.
class AskingRun
{
public:
    explicit AskingRun(const QStringList &arguments)
    {
        m_process.setProcessEnvironment(cEnvironment());
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_pending += m_process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = m_pending.indexOf('\n')) >= 0) {
                const QJsonObject event = QJsonDocument::fromJson(m_pending.left(newline)).object();
                m_pending.remove(0, newline + 1);
                if (event.value(QStringLiteral("event")).toString() == QLatin1String("confirm"))
                    ++m_questions;
            }
        });
        m_process.start(kBinary, arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    }
    ~AskingRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits for question number n (1-based); false if the run ended first.
    bool waitForQuestion(int n)
    {
        return QTest::qWaitFor([&] { return m_questions >= n || m_process.state() == QProcess::NotRunning; },
                               kRunTimeout) &&
               m_questions >= n;
    }
    bool answer(const QByteArray &yesOrNo) { return m_process.write(yesOrNo + '\n') > 0; }
    bool waitForEnd() { return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(kRunTimeout); }
    qint64 pid() const { return m_process.processId(); }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }
    int exitCode() const { return m_process.exitCode(); }

private:
    QProcess m_process;
    QByteArray m_pending;
    int m_questions = 0;
};

QStringList sshArguments(const SimCluster &sim, const QString &journalPath)
{
    const SshTarget target = sim.targets().first();
    return QStringList{QStringLiteral("--config"),      sim.configYaml(),
                       QStringLiteral("--user"),        target.user,
                       QStringLiteral("--port"),        QString::number(target.port),
                       QStringLiteral("--identity"),    target.keyFile,
                       QStringLiteral("--known-hosts"), target.knownHostsPath,
                       QStringLiteral("--journal"),     journalPath};
}

const QString kLockPath = QStringLiteral("/run/exhibitor-migration/run.lock");

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
    void lockFileOnEveryMasterWhileTheRunGoesOn();
    void liveLockFileRefusesEvenWithTakeOver();
    void staleLockFileTakenOverOnlyWhenChosen();
    void resumeAndRollbackHoldTheSessionNode();
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
    QSignalSpy failedToStart(&first, &QProcess::errorOccurred); // no finished() then
    const auto stopFirst = qScopeGuard([&first] {
        if (first.state() != QProcess::NotRunning) {
            first.kill();
            first.waitForFinished();
        }
    });
    first.start(kBinary, QStringList{QStringLiteral("migrate")} + common +
                             QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QTRY_VERIFY_WITH_TIMEOUT(asking || !finished.isEmpty() || !failedToStart.isEmpty(), kRunTimeout);
    QVERIFY2(asking, qPrintable(first.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(first.readAllStandardError())));
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
        QSignalSpy failedToStart(&process, &QProcess::errorOccurred); // no finished() then
        process.start(kBinary, args);
        const bool settled = QTest::qWaitFor(
            [&] { return asking || !finished.isEmpty() || !failedToStart.isEmpty(); }, kRunTimeout);
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

// The run's lock file on the masters: written on every master before the run changes anything,
// naming the run (its id, process, user, workstation, start), and gone once the run ended.
void TestRunLockCommand::lockFileOnEveryMasterWhileTheRunGoesOn()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.json"));
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    AskingRun first(QStringList{QStringLiteral("migrate")} + sshArguments(sim, journalPath));
    QVERIFY2(first.waitForQuestion(1), qPrintable(first.errors()));
    const auto journal = MigrationJournal::load(journalPath);
    QVERIFY(journal);
    for (const QString &master : sim.masters()) {
        const auto holder = RunLock::Holder::fromRecord(sim.lockFile(master));
        QVERIFY2(holder, qPrintable(master + QStringLiteral(": ") + QString::fromUtf8(sim.lockFile(master))));
        QCOMPARE(holder->runId, journal->runId);
        QCOMPARE(holder->pid, first.pid());
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QVERIFY(!holder->user.isEmpty());
        QVERIFY2(holder->since >= started && holder->since <= QDateTime::currentDateTimeUtc(),
                 qPrintable(holder->since.toString(Qt::ISODate)));
    }
    // Told no: the run ends, and its lock files on the masters are gone when it has.
    QVERIFY(first.answer("n"));
    QVERIFY(first.waitForEnd());
    for (const QString &master : sim.masters())
        QVERIFY2(!sim.lockFileExists(master), qPrintable(master));
}

// A lock file whose process still runs (here: this test's own) refuses a run even when the
// operator asks to take over a stale lock, naming the holder; nothing is written anywhere.
void TestRunLockCommand::liveLockFileRefusesEvenWithTakeOver()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    RunLock::Holder live;
    live.runId = QStringLiteral("20261207-080000-live");
    live.pid = QCoreApplication::applicationPid();
    live.user = QStringLiteral("carol");
    live.host = QSysInfo::machineHostName();
    live.since = QDateTime(QDate(2026, 12, 7), QTime(8, 0, 0), QTimeZone::utc());
    const QString lockedMaster = sim.masters().at(1);
    QVERIFY(sim.writeLockFile(lockedMaster, live.toRecord()));
    QTemporaryDir dir;
    const Result refused = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--yes"),
                                           QStringLiteral("--take-over-stale-lock")} +
                               sshArguments(sim, dir.filePath(QStringLiteral("journal.json"))));
    QCOMPARE(refused.exitCode, 1);
    const QString expected = QStringLiteral("Another run of this cluster holds the lock file %1: %2 (on %3; its "
                                            "process is running). Wait for it to end, or stop it there.")
                                 .arg(kLockPath, live.describe(), lockedMaster);
    QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("since 2026-12-07 08:00:00 UTC")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("--take-over-stale-lock")), qPrintable(refused.err));
    QCOMPARE(sim.lockFile(lockedMaster), live.toRecord());
    for (const QString &master : sim.masters()) {
        if (master != lockedMaster)
            QVERIFY2(!sim.lockFileExists(master), qPrintable(master)); // the refused run's own are gone
    }
    QCOMPARE(sim.envFiles(), before);
}

// A lock file left by a run on another workstation whose ZooKeeper session is gone: refused,
// naming it and the option that takes it over; taken over with that option only.
void TestRunLockCommand::staleLockFileTakenOverOnlyWhenChosen()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    RunLock::Holder stale;
    stale.runId = QStringLiteral("20261206-221500-0bad");
    stale.pid = 4242;
    stale.user = QStringLiteral("bob");
    stale.host = QStringLiteral("colleague-laptop");
    stale.since = QDateTime(QDate(2026, 12, 6), QTime(22, 15, 0), QTimeZone::utc());
    for (const QString &master : sim.masters())
        QVERIFY(sim.writeLockFile(master, stale.toRecord()));
    QTemporaryDir dir;
    const QStringList arguments = sshArguments(sim, dir.filePath(QStringLiteral("journal.json")));

    const Result refused = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--yes")} + arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("The lock file %1 is left from %2 (on %3), which looks over")
                                      .arg(kLockPath, stale.describe(), sim.masters().join(QStringLiteral(", ")))),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("The lock is stale: %1 (on %2). If you are sure that run has ended, "
                                                 "run the same command again with --take-over-stale-lock.")
                                      .arg(stale.describe(), sim.masters().join(QStringLiteral(", ")))),
             qPrintable(refused.err));
    for (const QString &master : sim.masters())
        QCOMPARE(sim.lockFile(master), stale.toRecord());

    AskingRun takeOver(QStringList{QStringLiteral("migrate"), QStringLiteral("--take-over-stale-lock")} + arguments);
    QVERIFY2(takeOver.waitForQuestion(1), qPrintable(takeOver.errors()));
    for (const QString &master : sim.masters()) {
        const auto holder = RunLock::Holder::fromRecord(sim.lockFile(master));
        QVERIFY(holder);
        QCOMPARE(holder->pid, takeOver.pid());
    }
    QVERIFY(takeOver.answer("n"));
    QVERIFY(takeOver.waitForEnd());
    for (const QString &master : sim.masters())
        QVERIFY2(!sim.lockFileExists(master), qPrintable(master));
    QCOMPARE(sim.envFiles(), before);
}

// resume and rollback open the canary session with its session-<run id> node too: a colleague's
// run from another workstation is refused by it, naming the run.
void TestRunLockCommand::resumeAndRollbackHoldTheSessionNode()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir ours, colleagues;
    const QString journalPath = ours.filePath(QStringLiteral("journal.json"));
    const QStringList arguments = sshArguments(sim, journalPath);
    QString runId;
    {
        // The backup, then stopped before Phase A: a run to resume or roll back.
        AskingRun migrate(QStringList{QStringLiteral("migrate")} + arguments);
        QVERIFY2(migrate.waitForQuestion(1), qPrintable(migrate.errors()));
        QVERIFY(migrate.answer("y"));
        QVERIFY2(migrate.waitForQuestion(2), qPrintable(migrate.errors()));
        QVERIFY(migrate.answer("n"));
        QVERIFY(migrate.waitForEnd());
        const auto journal = MigrationJournal::load(journalPath);
        QVERIFY(journal);
        QVERIFY(journal->hasEntry(QStringLiteral("backup")));
        runId = journal->runId;
    }
    const QString expected = QStringLiteral("Another run of this cluster is going on: run %1 of ").arg(runId);
    const QStringList colleague{QStringLiteral("migrate"), QStringLiteral("--yes")};
    const QStringList kinds[] = {{QStringLiteral("migrate"), QStringLiteral("--resume")}, {QStringLiteral("rollback")}};
    for (const QStringList &kind : kinds) {
        AskingRun going(kind + arguments);
        QVERIFY2(going.waitForQuestion(1), qPrintable(going.errors()));
        const Result refused =
            run(colleague + sshArguments(sim, colleagues.filePath(QStringLiteral("journal.json"))));
        QCOMPARE(refused.exitCode, 1);
        const QStringList said = refused.err.split(QLatin1Char('\n')).filter(QLatin1String("Another run"));
        QVERIFY2(refused.err.contains(expected), qPrintable(kind.join(QLatin1Char(' ')) + QStringLiteral(": ") + refused.err));
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("(process %1) since ").arg(going.pid())),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(going.answer("n"));
        QVERIFY(going.waitForEnd());
    }
    QCOMPARE(sim.envFiles(), before);
}

QTEST_GUILESS_MAIN(TestRunLockCommand)
#include "TestRunLockCommand.moc"
