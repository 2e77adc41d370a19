#include "MasterLockFiles.h"

#include "MasterLink.h"
#include "MigrationJournal.h"
#include "OperationContext.h"
#include "ZkAccess.h"
#include "remote/RemoteScripts.h"
#include "remote/ShellQuote.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

#include <cerrno>
#include <memory>
#include <signal.h>

namespace {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// One master's answer to the create script.
struct Attempt
{
    bool created = false;
    bool held = false;
    QByteArray heldRecord; // the lock in the way, as found
    QString error;
};

QByteArray heldPart(const QByteArray &output)
{
    const QByteArray marker("emw-lock=held\n");
    const qsizetype at = output.indexOf(marker);
    return at < 0 ? QByteArray() : output.mid(at + marker.size());
}

void create(OperationContext *context, const QString &master, const QByteArray &record,
            const QString &replaceSha, std::function<void(const Attempt &)> callback)
{
    const QString path = context->options().masterLockPath;
    const QString sum = sha256(record);
    QStringList args { path, QString::number(record.size()), sum };
    if (!replaceSha.isEmpty())
        args << replaceSha;
    RemoteCommand command;
    command.argv = RemoteScripts::shArgv(RemoteScripts::lockCreateScript(), args);
    command.asRoot = true;
    command.stdinData = record;
    command.timeoutMs = 30000;
    command.displayText = replaceSha.isEmpty()
        ? MasterLockFiles::tr("create %1 unless it exists (temp file, size and sha256 check, link)")
              .arg(ShellQuote::quote(path))
        : MasterLockFiles::tr("take over the stale lock %1 (only while it holds sha256 %2)")
              .arg(ShellQuote::quote(path), replaceSha);
    context->link(master)->run(command, [=](const CommandResult &result) {
        Attempt attempt;
        if (result.error.isError()) {
            attempt.error = result.error.message;
        } else if (result.exitStatus == RemoteScripts::LockHeld) {
            attempt.held = true;
            attempt.heldRecord = heldPart(result.stdoutData);
        } else if (result.exitStatus != 0) {
            attempt.error = MasterLockFiles::tr("writing %1 failed with status %2: %3")
                                .arg(path)
                                .arg(result.exitStatus)
                                .arg(QString::fromUtf8(result.stderrData).trimmed());
        } else if (RemoteScripts::checksums(result.stdoutData) != QStringList { sum }) {
            attempt.error
                = MasterLockFiles::tr("%1 read back with another checksum than the record written").arg(path);
        } else {
            attempt.created = true;
            context->state().lockFiles.insert(master, sum);
        }
        callback(attempt);
    });
}

// What a lock file in the way is.
enum class Verdict { Ours, Live, Stale };

struct Found
{
    QByteArray record;
    std::optional<RunLock::Holder> holder;
    QStringList masters;
    Verdict verdict = Verdict::Live;
    QString why; // why it counts as live
};

QString describe(const Found &found)
{
    return found.holder ? found.holder->describe() : MasterLockFiles::tr("an unreadable record");
}

// Asks the holder's ZooKeeper session node, then (same workstation) its process.
void judge(OperationContext *context, std::shared_ptr<Found> found, std::function<void()> done)
{
    const RunLock::Holder us = RunLock::Holder::ourselves(context->journal().runId);
    if (!found->holder) {
        // Not a record any run of ours writes: nothing can tell whether it is live.
        found->verdict = Verdict::Stale;
        done();
        return;
    }
    const RunLock::Holder &holder = *found->holder;
    const bool sameHost = holder.host == us.host;
    if (sameHost && holder.runId == us.runId && !holder.runId.isEmpty()
        && (holder.pid == us.pid || !MasterLockFiles::processAlive(holder))) {
        found->verdict = Verdict::Ours;
        done();
        return;
    }
    auto answered = std::make_shared<bool>(false);
    auto decide = [=](bool zkAnswered, bool sessionExists) {
        if (std::exchange(*answered, true))
            return;
        if (zkAnswered && sessionExists) {
            found->why = MasterLockFiles::tr("its ZooKeeper session is open");
        } else if (sameHost && MasterLockFiles::processAlive(holder)) {
            found->why = MasterLockFiles::tr("its process is running");
        } else if (!sameHost && !zkAnswered) {
            found->why
                = MasterLockFiles::tr("ZooKeeper does not answer, and only its session tells whether a run "
                                      "on another workstation is over");
        } else {
            found->verdict = Verdict::Stale;
            done();
            return;
        }
        found->verdict = Verdict::Live;
        done();
    };
    // ZooKeeper may be down (that is what the files are for): a bounded wait, then "no answer".
    QTimer::singleShot(10000, context, [decide] { decide(false, false); });
    const QString node = context->options().znodeBase + QStringLiteral("/session-") + holder.runId;
    context->zk()->open(
        [=](bool ok, const QString &) {
            if (!ok) {
                decide(false, false);
                return;
            }
            context->zk()->read(node, [=](bool readOk, bool exists, const QByteArray &, const QString &) {
                decide(readOk, exists);
            });
        },
        8000);
}

void removeCreated(OperationContext *context, std::function<void()> done)
{
    MasterLockFiles::release(context, std::move(done));
}

} // namespace

bool MasterLockFiles::processAlive(const RunLock::Holder &holder)
{
    if (holder.host != QSysInfo::machineHostName() || holder.pid <= 0)
        return false;
    // EPERM: it exists, as another user's.
    return ::kill(pid_t(holder.pid), 0) == 0 || errno == EPERM;
}

void MasterLockFiles::acquire(OperationContext *context, AsyncSteps::Next next)
{
    const QString path = context->options().masterLockPath;
    const QString title = tr("lock file on every master");
    const QByteArray record = RunLock::Holder::ourselves(context->journal().runId).toRecord();
    auto attempts = std::make_shared<QMap<QString, Attempt>>();
    auto fail = [=](const QString &detail, const QString &message) {
        context->check(QStringLiteral("lock-files"), QString(), false, title, detail);
        removeCreated(context, [next, message] { next(false, message); });
    };
    auto succeed = [=] {
        context->check(
            QStringLiteral("lock-files"), QString(), true, title,
            tr("%1 holds this run's record on %2").arg(path, context->masters().join(QStringLiteral(", "))));
        next(true, QString());
    };

    // 3. Replaces the lock files that were ours or stale (and chosen to be taken over).
    auto replace = [=](const QList<std::shared_ptr<Found>> &found) {
        QList<AsyncSteps::Step> steps;
        for (const auto &one : found) {
            for (const QString &master : one->masters) {
                steps << [=](AsyncSteps::Next stepNext) {
                    create(context, master, record, sha256(one->record), [=](const Attempt &attempt) {
                        if (attempt.created)
                            stepNext(true, QString());
                        else if (attempt.held)
                            stepNext(false,
                                     tr("%1 on %2 changed while this run looked at it: now %3")
                                         .arg(path, master, QString::fromUtf8(attempt.heldRecord).trimmed()));
                        else
                            stepNext(false, tr("%1 on %2: %3").arg(path, master, attempt.error));
                    });
                };
            }
        }
        AsyncSteps::all(steps, [=](bool ok, const QString &message) {
            if (ok)
                succeed();
            else
                fail(message, tr("Could not take the run's lock file on every master: %1").arg(message));
        });
    };

    // 2. Judges each lock in the way (a run's file is the same on every master it reached).
    auto evaluate = [=] {
        QStringList errors;
        QList<std::shared_ptr<Found>> found;
        for (auto it = attempts->cbegin(); it != attempts->cend(); ++it) {
            if (!it->error.isEmpty())
                errors << tr("%1: %2").arg(it.key(), it->error);
            if (!it->held)
                continue;
            auto same = std::find_if(found.begin(), found.end(),
                                     [&](const auto &one) { return one->record == it->heldRecord; });
            if (same == found.end()) {
                auto one = std::make_shared<Found>();
                one->record = it->heldRecord;
                one->holder = RunLock::Holder::fromRecord(it->heldRecord);
                found << one;
                same = found.end() - 1;
            }
            (*same)->masters << it.key();
        }
        if (!errors.isEmpty()) {
            fail(errors.join(QStringLiteral("; ")),
                 tr("Could not take the run's lock file on every master: %1")
                     .arg(errors.join(QStringLiteral("; "))));
            return;
        }
        if (found.isEmpty()) {
            succeed();
            return;
        }
        auto remaining = std::make_shared<int>(int(found.size()));
        for (const auto &one : found) {
            judge(context, one, [=] {
                if (--*remaining > 0)
                    return;
                QStringList live, stale;
                for (const auto &each : found) {
                    const QString where = each->masters.join(QStringLiteral(", "));
                    if (each->verdict == Verdict::Live)
                        live << tr("%1 (on %2; %3)").arg(describe(*each), where, each->why);
                    else if (each->verdict == Verdict::Stale)
                        stale << tr("%1 (on %2)").arg(describe(*each), where);
                    else
                        context->log(
                            QString(), LogStream::Info,
                            tr("%1 on %2 is this run's own, left by its process %3, which ended: taken back")
                                .arg(path, where)
                                .arg(each->holder->pid));
                }
                if (!live.isEmpty()) {
                    const QString who = live.join(QStringLiteral("; "));
                    fail(tr("held by %1").arg(who),
                         tr("Another run of this cluster holds the lock file %1: %2. Wait for it to end, or "
                            "stop it "
                            "there.")
                             .arg(path, who));
                    return;
                }
                if (!stale.isEmpty() && !context->options().takeOverStaleLock) {
                    const QString who = stale.join(QStringLiteral("; "));
                    context->state().staleLockHolder = who;
                    fail(tr("stale: %1").arg(who),
                         tr("The lock file %1 is left from %2, which looks over: its ZooKeeper session is "
                            "gone and "
                            "its process is not running. Take it over only if you are sure that run has "
                            "ended.")
                             .arg(path, who));
                    return;
                }
                for (const QString &who : std::as_const(stale))
                    context->log(
                        QString(), LogStream::Warning,
                        tr("taking over the stale lock file %1 of %2, as the operator chose").arg(path, who));
                replace(found);
            });
        }
    };

    // 1. Creates the file on every master at once; none is replaced.
    QList<AsyncSteps::Step> steps;
    for (const QString &master : context->masters()) {
        steps << [=](AsyncSteps::Next stepNext) {
            create(context, master, record, QString(), [=](const Attempt &attempt) {
                attempts->insert(master, attempt);
                stepNext(true, QString());
            });
        };
    }
    AsyncSteps::all(steps, [evaluate](bool, const QString &) { evaluate(); });
}

void MasterLockFiles::release(OperationContext *context, std::function<void()> done, int timeoutMs)
{
    const QMap<QString, QString> held = context->state().lockFiles;
    if (held.isEmpty()) {
        done();
        return;
    }
    const QString path = context->options().masterLockPath;
    struct Pending
    {
        QStringList waiting;
        std::function<void()> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->waiting = held.keys();
    pending->done = std::move(done);
    auto answered = [context, pending, path](const QString &master, LogStream stream, const QString &text) {
        if (!pending->waiting.removeOne(master))
            return;
        context->state().lockFiles.remove(master);
        context->log(master, stream, text);
        if (pending->waiting.isEmpty() && pending->done)
            std::exchange(pending->done, nullptr)();
    };
    QTimer::singleShot(timeoutMs, context, [context, pending, path] {
        if (!pending->done)
            return;
        for (const QString &master : std::as_const(pending->waiting))
            context->log(
                master, LogStream::Error,
                tr("%1 on %2 was not removed (no answer within the time): remove it by hand once no run "
                   "of this cluster is going on (sudo rm %1)")
                    .arg(path, master));
        std::exchange(pending->done, nullptr)();
    });
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        const QString master = it.key();
        RemoteCommand command;
        command.argv = RemoteScripts::shArgv(RemoteScripts::lockRemoveScript(), { path, it.value() });
        command.asRoot = true;
        command.timeoutMs = timeoutMs;
        command.displayText
            = tr("rm %1 (only while it holds this run's record)").arg(ShellQuote::quote(path));
        context->link(master)->run(command, [=](const CommandResult &result) {
            if (result.succeeded())
                answered(master, LogStream::Info,
                         result.stdoutData.contains("emw-lock=absent") ? tr("%1 was already gone").arg(path)
                                                                       : tr("%1 removed").arg(path));
            else if (result.exitStatus == RemoteScripts::LockHeld)
                answered(master, LogStream::Warning,
                         tr("%1 now holds another run's record, left as it is: %2")
                             .arg(path, QString::fromUtf8(heldPart(result.stdoutData)).trimmed()));
            else
                answered(master, LogStream::Error,
                         tr("%1 on %2 was not removed (%3): remove it by hand once no run of this cluster is "
                            "going "
                            "on (sudo rm %1)")
                             .arg(path, master,
                                  result.error.isError() ? result.error.message
                                                         : QString::fromUtf8(result.stderrData).trimmed()));
        });
    }
}
