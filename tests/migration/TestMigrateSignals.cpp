// exhibitor-migrate migrate stopped by signals, as an operator (Ctrl+C) or a service manager
// (SIGTERM, SIGHUP) would: on the simulated cluster run-controls (127.0.63.x). The run finishes
// the step it is in, saves the journal as "interrupted", prints the command that goes on and exits
// with 130; a stop during Phase B's window (masters on the old numbering stopped, their restarts
// still to come) waits until they run again. The printed command then finishes the migration.
#include "SimCluster.h"

#include "migration/MigrationJournal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>

#include <csignal>
#include <cstdlib>
#include <functional>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString kBinary = QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate");
constexpr int kRunTimeout = 300000;

// Runs the CLI and sends `signal` as soon as a JSON event on stdout matches `when`, and once more
// when the CLI said it took the first in (while it still finishes the step).
struct Interrupted
{
    int exitCode = -1;
    bool sent = false;
    QString err;
    QString log; // the log events' texts, one a line
    QJsonObject trigger;
};

Interrupted runAndSignal(const QStringList &arguments, int signal,
                         const std::function<bool(const QJsonObject &)> &when, bool closeStdout = false)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    Interrupted result;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        pending += process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("log"))
                result.log += event.value(QStringLiteral("text")).toString() + QLatin1Char('\n');
            if (!result.sent && when(event)) {
                result.sent = true;
                result.trigger = event;
                ::kill(pid_t(process.processId()), signal);
                // A hang-up that took the reader of the output with it: the next write meets
                // a closed pipe.
                if (closeStdout) {
                    process.closeReadChannel(QProcess::StandardOutput);
                    return;
                }
            }
        }
    });
    bool again = false;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        result.err += QString::fromUtf8(process.readAllStandardError());
        // The second signal once the first was taken in (two at once may arrive as one).
        if (result.sent && !again && result.err.contains(QLatin1String("received: finishing the current step"))) {
            again = true;
            ::kill(pid_t(process.processId()), signal);
        }
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(kBinary, arguments);
    process.closeWriteChannel();
    if (!finished.wait(kRunTimeout) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.err += QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitCode();
    return result;
}

// The command the CLI printed to go on (the line after "To go on, run:").
QStringList printedResume(const QString &err)
{
    const QRegularExpression line(QStringLiteral("\\n  (exhibitor-migrate migrate --resume [^\\n]*)"));
    const QRegularExpressionMatch match = line.match(err);
    return match.hasMatch() ? QProcess::splitCommand(match.captured(1)) : QStringList();
}

MigrationJournal::State journalState(const QString &path)
{
    const auto journal = MigrationJournal::load(path);
    return journal ? journal->state : MigrationJournal::State::NotStarted;
}

bool isLogWith(const QJsonObject &event, const QString &text)
{
    return event.value(QStringLiteral("event")).toString() == QLatin1String("log") &&
           event.value(QStringLiteral("text")).toString().contains(text);
}

} // namespace

class TestMigrateSignals : public QObject
{
    Q_OBJECT

private slots:
    void interruptedInPhaseAAndPhaseBThenResumed();
    void ctrlCAtATerminalQuestion();
    void hangUpWithItsReaderGone();

private:
    static QStringList commonArguments(const SimCluster &sim, const QString &journalPath);
};

QStringList TestMigrateSignals::commonArguments(const SimCluster &sim, const QString &journalPath)
{
    const SshTarget target = sim.targets().first();
    return {QStringLiteral("--config"),      sim.configYaml(),
            QStringLiteral("--user"),        target.user,
            QStringLiteral("--port"),        QString::number(target.port),
            QStringLiteral("--identity"),    target.keyFile,
            QStringLiteral("--known-hosts"), target.knownHostsPath,
            QStringLiteral("--journal"),     journalPath,
            QStringLiteral("--gate-timeout"), QStringLiteral("60")};
}

void TestMigrateSignals::interruptedInPhaseAAndPhaseBThenResumed()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.json"));
    const QStringList common = commonArguments(sim, journalPath);
    const QStringList json{QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")};

    // 1. Ctrl+C (twice) as Phase A's first restart begins: that restart runs to the end of its gate.
    const Interrupted phaseA = runAndSignal(
        QStringList{QStringLiteral("migrate")} + common + json +
            QStringList{QStringLiteral("--report"), dir.filePath(QStringLiteral("report-a"))},
        SIGINT, [](const QJsonObject &event) {
            return event.value(QStringLiteral("event")).toString() == QLatin1String("operationStarted") &&
                   event.value(QStringLiteral("phase")).toString() == QLatin1String("phaseA") &&
                   !event.value(QStringLiteral("master")).toString().isEmpty();
        });
    QVERIFY2(phaseA.sent, qPrintable(phaseA.err.right(3000)));
    QVERIFY2(phaseA.exitCode == 130, qPrintable(phaseA.err.right(3000)));
    QVERIFY2(phaseA.err.contains(QLatin1String("SIGINT received: finishing the current step")),
             qPrintable(phaseA.err.right(3000)));
    QVERIFY2(phaseA.err.contains(QLatin1String("SIGINT received again: still finishing the current step")),
             qPrintable(phaseA.err.right(3000)));
    QVERIFY(phaseA.err.contains(QLatin1String("(exit status 130: interrupted by a signal)")));
    QCOMPARE(journalState(journalPath), MigrationJournal::State::Interrupted);
    const QString restarted = phaseA.trigger.value(QStringLiteral("master")).toString();
    const auto afterA = MigrationJournal::load(journalPath);
    QVERIFY(afterA);
    QVERIFY2(afterA->restartsDone(Phase::PhaseA).contains(restarted), qPrintable(restarted));
    QCOMPARE(afterA->restartsDone(Phase::PhaseA).size(), 1);
    QVERIFY(afterA->restartsDone(Phase::PhaseB).isEmpty());
    QStringList resume = printedResume(phaseA.err);
    QVERIFY2(!resume.isEmpty(), qPrintable(phaseA.err.right(3000)));
    QVERIFY(resume.contains(journalPath) && resume.contains(sim.configYaml()));
    QVERIFY(phaseA.err.contains(QLatin1String("  exhibitor-migrate rollback --config")));

    // 2. The printed command goes on; SIGTERM as Phase B stops the masters left on the old
    // numbering: the stop waits until they were started again, and says so.
    resume.removeFirst(); // the program
    const Interrupted phaseB = runAndSignal(
        resume + json + QStringList{QStringLiteral("--report"), dir.filePath(QStringLiteral("report-b"))}, SIGTERM,
        [](const QJsonObject &event) {
            return isLogWith(event, QStringLiteral("stopping its ZooKeeper until its own restart"));
        });
    QVERIFY2(phaseB.sent, qPrintable(phaseB.err.right(3000)));
    QVERIFY2(phaseB.exitCode == 130, qPrintable(phaseB.err.right(3000)));
    QVERIFY(phaseB.err.contains(QLatin1String("SIGTERM received: finishing the current step")));
    QVERIFY2(phaseB.log.contains(QLatin1String("stop deferred: ")), qPrintable(phaseB.log.right(3000)));
    const QString stale = phaseB.trigger.value(QStringLiteral("master")).toString();
    QVERIFY(!stale.isEmpty());
    QCOMPARE(journalState(journalPath), MigrationJournal::State::Interrupted);
    const auto afterB = MigrationJournal::load(journalPath);
    QVERIFY(afterB);
    // Every master Phase B touched runs again: none is left stopped.
    QVERIFY2(afterB->restartsDone(Phase::PhaseB).contains(stale), qPrintable(stale));
    QCOMPARE(afterB->restartedMasters(Phase::PhaseB), afterB->restartsDone(Phase::PhaseB));
    QCOMPARE(afterB->restartsDone(Phase::PhaseB).size(), sim.masters().size());

    // 3. And the migration finishes from there.
    QProcess last;
    last.start(kBinary, resume + QStringList{QStringLiteral("--yes"), QStringLiteral("--config-out"),
                                             dir.filePath(QStringLiteral("static.yaml"))});
    last.closeWriteChannel();
    QVERIFY(last.waitForFinished(kRunTimeout));
    const QString lastErr = QString::fromUtf8(last.readAllStandardError());
    QVERIFY2(last.exitCode() == 0, qPrintable(lastErr.right(3000)));
    QCOMPARE(journalState(journalPath), MigrationJournal::State::Completed);
    for (const QString &master : sim.masters())
        QVERIFY(sim.envFile(master).contains("EXHIBITOR_BACKEND=STATIC"));
}

// Ctrl+C typed on the terminal while the CLI asks before the backup: the question stops waiting
// for its answer, nothing is changed, the journal says "interrupted".
void TestMigrateSignals::ctrlCAtATerminalQuestion()
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
    QList<QByteArray> arguments{kBinary.toLocal8Bit(), QByteArrayLiteral("migrate")};
    for (const QString &argument : commonArguments(sim, journalPath))
        arguments << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    // The CLI on a terminal of its own (the test is the terminal): ^C there is SIGINT to it.
    int terminal = -1;
    const pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid == 0) {
        ::setenv("LANG", "C", 1);
        ::setenv("LC_ALL", "C", 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    QVERIFY(pid > 0);
    QByteArray output;
    auto readFor = [&](int ms) {
        pollfd fd{terminal, POLLIN, 0};
        if (::poll(&fd, 1, ms) <= 0)
            return false;
        char buffer[4096];
        const ssize_t got = ::read(terminal, buffer, sizeof buffer);
        if (got <= 0)
            return false; // EIO: the CLI has gone and the terminal with it
        output.append(buffer, got);
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("[y/N]") && timer.elapsed() < kRunTimeout)
        readFor(1000);
    QVERIFY2(output.contains("[y/N]"), output.right(3000).constData());
    QCOMPARE(::write(terminal, "\x03", 1), ssize_t(1));
    timer.restart();
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0 && timer.elapsed() < 60000)
        readFor(200);
    while (readFor(100)) { }
    ::close(terminal);
    QVERIFY2(WIFEXITED(status), output.right(3000).constData());
    QVERIFY2(WEXITSTATUS(status) == 130, output.right(3000).constData());
    QVERIFY2(output.contains("SIGINT received: finishing the current step"), output.right(3000).constData());
    QVERIFY(output.contains("exhibitor-migrate migrate --resume"));
    QCOMPARE(journalState(journalPath), MigrationJournal::State::Interrupted);
    QCOMPARE(sim.envFiles(), before);
}

// SIGHUP with the output's reader gone too (exhibitor-migrate ... | tee, and the SSH session
// drops): the run still finishes its step, saves the journal and exits 130.
void TestMigrateSignals::hangUpWithItsReaderGone()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.json"));
    const Interrupted hangUp = runAndSignal(
        QStringList{QStringLiteral("migrate")} + commonArguments(sim, journalPath) +
            QStringList{QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--report"), dir.filePath(QStringLiteral("report"))},
        SIGHUP,
        [](const QJsonObject &event) {
            return event.value(QStringLiteral("event")).toString() == QLatin1String("operationStarted") &&
                   event.value(QStringLiteral("phase")).toString() == QLatin1String("phaseA") &&
                   !event.value(QStringLiteral("master")).toString().isEmpty();
        },
        true);
    QVERIFY2(hangUp.sent, qPrintable(hangUp.err.right(3000)));
    QVERIFY2(hangUp.exitCode == 130, qPrintable(hangUp.err.right(3000)));
    QVERIFY(hangUp.err.contains(QLatin1String("SIGHUP received: finishing the current step")));
    QCOMPARE(journalState(journalPath), MigrationJournal::State::Interrupted);
    const auto journal = MigrationJournal::load(journalPath);
    QVERIFY(journal);
    const QString restarted = hangUp.trigger.value(QStringLiteral("master")).toString();
    QVERIFY2(journal->restartsDone(Phase::PhaseA).contains(restarted), qPrintable(restarted));
}

QTEST_GUILESS_MAIN(TestMigrateSignals)
#include "TestMigrateSignals.moc"
