#include "MigrationRunPrinter.h"

#include "CliText.h"

#include "Command.h"
#include "MigrationCommandSupport.h"
#include "SignalWatcher.h"

#include "migration/MigrationRunner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

#include <optional>

namespace {

void emitJson(QTextStream &out, const QJsonObject &event)
{
    out << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

QJsonObject operationJson(const QString &event, const OperationInfo &info)
{
    return QJsonObject{{QStringLiteral("event"), event},
                       {QStringLiteral("index"), info.index},
                       {QStringLiteral("id"), info.id},
                       {QStringLiteral("phase"), phaseKey(info.phase)},
                       {QStringLiteral("master"), info.master},
                       {QStringLiteral("title"), info.title}};
}

QJsonObject probeJson(const LiveClientFigures &figures)
{
    QJsonArray phases;
    for (const WriteProbePhaseFigures &phase : figures.phases) {
        phases.append(QJsonObject{{QStringLiteral("phase"), phaseKey(phase.phase)},
                                  {QStringLiteral("writes"), phase.writes},
                                  {QStringLiteral("failed"), phase.failed},
                                  {QStringLiteral("longestGapMs"), phase.longestGapMs}});
    }
    return QJsonObject{{QStringLiteral("writes"), figures.writes},
                       {QStringLiteral("failed"), figures.failed},
                       {QStringLiteral("longestGapMs"), figures.longestGapMs},
                       {QStringLiteral("sessionsAlive"), figures.sessionsAlive},
                       {QStringLiteral("sessions"), figures.sessions},
                       {QStringLiteral("phases"), phases}};
}

} // namespace

void MigrationRunPrinter::printProbe(const LiveClientFigures &figures, QTextStream &err)
{
    auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 1); };
    err << tr("Write probe: %1 acknowledged, %2 failed, longest time without an acknowledged write %3 s; "
              "%4 of %5 of the run's sessions alive")
               .arg(figures.writes)
               .arg(figures.failed)
               .arg(seconds(figures.longestGapMs))
               .arg(figures.sessionsAlive)
               .arg(figures.sessions)
        << Qt::endl;
    for (const WriteProbePhaseFigures &phase : figures.phases) {
        err << QStringLiteral("    ")
            << tr("%1: %2 writes, %3 failed, longest gap %4 s")
                   .arg(phaseTitle(phase.phase))
                   .arg(phase.writes)
                   .arg(phase.failed)
                   .arg(seconds(phase.longestGapMs))
            << Qt::endl;
    }
}

MigrationRunPrinter::Answer MigrationRunPrinter::askOnTerminal(const QString &question, QTextStream &err)
{
    err << question << ' ' << tr("[y/N]") << ' ' << Qt::flush;
    // A Ctrl+C at the question ends the wait (the read alone would go on waiting for a line). Only
    // on a terminal, which hands over one line per read: from a pipe, stdio may hold the next
    // answer already, and the descriptor would never become readable for it.
    if (::isatty(STDIN_FILENO) && !SignalWatcher::waitReadable(STDIN_FILENO)) {
        err << Qt::endl;
        return Answer::Interrupted;
    }
    QString answer;
    if (!CliText::readStdinLine(&answer))
        return Answer::No;
    answer = answer.trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") || answer == tr("yes")
               ? Answer::Yes
               : Answer::No;
}

int MigrationRunPrinter::run(OperationListBuilder::Kind kind, const MigrationSetup &setup, bool json,
                                 QTextStream &out, QTextStream &err,
                                 const std::function<void(const CheckResult &)> &onCheck)
{
    MigrationRunner runner;
    QEventLoop loop;
    RunOutcome outcome = RunOutcome::Failed;
    // SIGINT, SIGTERM, SIGHUP: the run finishes its current step and stops; the journal says
    // "interrupted". Never abort mid-step: a restart without its settle gate, or masters Phase B
    // stopped and not yet started again, is what a resume could not tell from a broken cluster.
    SignalWatcher signalWatcher;
    int signalsReceived = 0;
    QObject::connect(&signalWatcher, &SignalWatcher::received, &runner, [&](int signal) {
        const QString name = SignalWatcher::name(signal);
        if (++signalsReceived == 1) {
            err << tr("%1 received: finishing the current step, then stopping. The journal records where the run "
                      "stopped.")
                       .arg(name)
                << Qt::endl;
            runner.interrupt(name);
            return;
        }
        err << tr("%1 received again: still finishing the current step (a restart runs to the end of its settle "
                  "gate, a write is never cut short). The run stops as soon as that is safe.")
                   .arg(name)
            << Qt::endl;
    });
    std::optional<LiveClientFigures> probe; // the last figures: the run's end summary shows them
    QObject::connect(&runner, &MigrationRunner::liveClients, &runner,
                     [&](const LiveClientFigures &figures) { probe = figures; });
    QObject::connect(&runner, &MigrationRunner::logLine, &runner, [&](const LogLine &line) {
        if (json) {
            emitJson(out, QJsonObject{{QStringLiteral("event"), QStringLiteral("log")},
                                      {QStringLiteral("time"), line.time.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("master"), line.master},
                                      {QStringLiteral("stream"), logStreamName(line.stream)},
                                      {QStringLiteral("text"), line.text}});
            return;
        }
        const QString prefix = line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char(' ') +
                               (line.master.isEmpty() ? QString() : line.master + QStringLiteral(": "));
        const bool output = line.stream == LogStream::Stdout || line.stream == LogStream::Stderr;
        err << prefix << (output ? QStringLiteral("  ") : QString()) << line.text << Qt::endl;
    });
    QObject::connect(&runner, &MigrationRunner::operationStarted, &runner, [&](const OperationInfo &info) {
        // In text the engine's own log line announces the operation.
        if (json)
            emitJson(out, operationJson(QStringLiteral("operationStarted"), info));
    });
    QObject::connect(&runner, &MigrationRunner::operationFinished, &runner,
                     [&](const OperationInfo &info, bool ok, bool skipped, const QString &message) {
                         if (json) {
                             QJsonObject event = operationJson(QStringLiteral("operationFinished"), info);
                             event.insert(QStringLiteral("ok"), ok);
                             event.insert(QStringLiteral("skipped"), skipped);
                             event.insert(QStringLiteral("message"), message);
                             emitJson(out, event);
                         } else if (skipped) {
                             err << QStringLiteral("    ") << tr("skipped: %1: %2").arg(info.title, message) << Qt::endl;
                         }
                     });
    QObject::connect(&runner, &MigrationRunner::checkFinished, &runner, [&](const CheckResult &check) {
        if (onCheck)
            onCheck(check);
        if (json) {
            emitJson(out, QJsonObject{{QStringLiteral("event"), QStringLiteral("check")},
                                      {QStringLiteral("id"), check.id},
                                      {QStringLiteral("master"), check.master},
                                      {QStringLiteral("passed"), check.passed},
                                      {QStringLiteral("skipped"), check.skipped},
                                      {QStringLiteral("warning"), check.warning},
                                      {QStringLiteral("title"), check.title},
                                      {QStringLiteral("detail"), check.detail}});
        }
    });
    QObject::connect(&runner, &MigrationRunner::waitingForConfirmation, &runner,
                     [&](const OperationInfo &next, const QString &question) {
                         if (json)
                             emitJson(out, operationJson(QStringLiteral("confirm"), next));
                         // Once interrupted, a question is the engine going on only where a stop
                         // must wait (masters down until their restart): the stop is asked again.
                         if (signalsReceived > 0) {
                             runner.interrupt(QString());
                             return;
                         }
                         const Answer answer = askOnTerminal(question, err);
                         // Interrupted: the watcher's signal, delivered next, stops the run.
                         if (answer != Answer::Interrupted)
                             runner.confirm(answer == Answer::Yes);
                     });
    QString staleHolder; // a stale lock file on the masters refused the run
    QObject::connect(&runner, &MigrationRunner::staleLockRefused, &runner,
                     [&](const QString &holder) { staleHolder = holder; });
    QObject::connect(&runner, &MigrationRunner::finished, &runner,
                     [&](RunOutcome result, const QString &message, const QString &reportDir) {
                         outcome = result;
                         const QString takeOver =
                             staleHolder.isEmpty()
                                 ? QString()
                                 : tr("The lock is stale: %1. If you are sure that run has ended, run the same "
                                      "command again with --take-over-stale-lock.")
                                       .arg(staleHolder);
                         if (json && !staleHolder.isEmpty())
                             emitJson(out, QJsonObject{{QStringLiteral("event"), QStringLiteral("staleLock")},
                                                       {QStringLiteral("holder"), staleHolder},
                                                       {QStringLiteral("option"), QStringLiteral("--take-over-stale-lock")},
                                                       {QStringLiteral("message"), takeOver}});
                         if (json) {
                             QJsonObject event{{QStringLiteral("event"), QStringLiteral("finished")},
                                               {QStringLiteral("outcome"), outcomeKey(result)},
                                               {QStringLiteral("message"), message},
                                               {QStringLiteral("report"), reportDir}};
                             if (probe)
                                 event.insert(QStringLiteral("writeProbe"), probeJson(*probe));
                             emitJson(out, event);
                         } else {
                             if (probe)
                                 printProbe(*probe, err);
                             err << message << Qt::endl;
                             if (!takeOver.isEmpty())
                                 err << takeOver << Qt::endl;
                             if (!reportDir.isEmpty())
                                 err << tr("Report: %1").arg(reportDir + QStringLiteral("/report.html")) << Qt::endl;
                         }
                         loop.quit();
                     });
    if (!runner.start(kind, setup))
        return ExitCode::Failure;
    loop.exec();
    if (outcome == RunOutcome::Succeeded)
        return ExitCode::Ok;
    return outcome == RunOutcome::Cancelled && signalsReceived > 0 ? ExitCode::Interrupted : ExitCode::Failure;
}
