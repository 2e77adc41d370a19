#include "PreflightChecks.h"

#include "ClusterProber.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "OperationContext.h"
#include "RunLock.h"
#include "ZkAccess.h"

#include "config/ExhibitorEnvFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

void PreflightChecks::sudo(OperationContext *context, const QString &master, AsyncSteps::Next next)
{
    context->link(master)->run({QStringLiteral("true")}, true, [=](const CommandResult &result) {
        // A refused sudo password (or a prompt that is not sudo's) stops the run: the operator
        // must answer again before any master is asked again (SudoPasswordGate). Its own check
        // id lets the CLI and the wizard ask for the password.
        const bool passwordRefused = result.error.code == SshError::Code::SudoWrongPassword
                                     || result.error.code == SshError::Code::SudoUnexpectedPrompt;
        context->check(passwordRefused ? QStringLiteral("sudo-password") : QStringLiteral("sudo"), master,
                       result.succeeded(), tr("sudo works"),
                       result.succeeded() ? tr("commands run as root")
                                          : result.error.isError() ? result.error.message
                                                                   : tr("exit status %1").arg(result.exitStatus));
        if (passwordRefused)
            next(false, result.error.message);
        else
            next(true, QString());
    });
}

void PreflightChecks::diskSpace(OperationContext *context, const QString &master, AsyncSteps::Next next)
{
    const QString dir = QFileInfo(context->options().envFilePath).path();
    context->link(master)->run({QStringLiteral("df"), QStringLiteral("-Pk"), dir}, false, [=](const CommandResult &result) {
        // POSIX format: a header, then "fs 1024-blocks used available capacity mount".
        const QStringList lines = QString::fromUtf8(result.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList fields = lines.size() >= 2 ? lines.at(1).simplified().split(QLatin1Char(' ')) : QStringList();
        bool ok = false;
        const qint64 available = fields.size() >= 4 ? fields.at(3).toLongLong(&ok) : 0;
        const qint64 needed = context->options().minFreeKiB;
        if (!result.succeeded() || !ok) {
            context->check(QStringLiteral("disk"), master, false, tr("disk space on %1").arg(dir),
                           tr("df did not answer as expected: %1").arg(result.error.isError() ? result.error.message
                                                                       : QString::fromUtf8(result.stderrData).trimmed()));
        } else {
            context->check(QStringLiteral("disk"), master, available >= needed, tr("disk space on %1").arg(dir),
                           tr("%1 KiB free, %2 KiB needed").arg(available).arg(needed));
        }
        next(true, QString());
    });
}

void PreflightChecks::envFile(OperationContext *context, const QString &master, AsyncSteps::Next next)
{
    const QString path = context->options().envFilePath;
    context->link(master)->readFile(path, [=](bool ok, const QByteArray &content, const QString &error) {
        if (!ok) {
            context->check(QStringLiteral("env-file"), master, false, tr("%1 readable").arg(path), error);
            next(true, QString());
            return;
        }
        RunState &state = context->state();
        state.originalEnv[master] = content;
        state.currentEnv[master] = content;
        state.originalSha256[master] = sha256(content);
        context->journal().originalSha256[master] = sha256(content);
        const QString backend = ExhibitorEnvFile::parse(content).backend();
        const bool migratable = !backend.isEmpty() && backend != QLatin1String("STATIC");
        context->check(QStringLiteral("env-file"), master, migratable, tr("%1 has a backend to migrate").arg(path),
                       backend.isEmpty() ? tr("no EXHIBITOR_BACKEND line")
                       : migratable      ? tr("EXHIBITOR_BACKEND=%1, sha256 %2").arg(backend, sha256(content))
                                         : tr("already EXHIBITOR_BACKEND=STATIC: resume an interrupted run, or "
                                              "verify"));
        next(true, QString());
    });
}

void PreflightChecks::backupState(OperationContext *context, const QString &master, AsyncSteps::Next next)
{
    const QString backup = context->options().backupPath;
    const QString title = tr("%1 state").arg(backup);
    context->link(master)->exists(backup, [=](bool ok, bool exists, const QString &error) {
        if (!ok) {
            context->check(QStringLiteral("orig-state"), master, false, title, error);
            next(true, QString());
            return;
        }
        context->state().backupPresent[master] = exists;
        if (!exists) {
            context->check(QStringLiteral("orig-state"), master, true, title, tr("absent: the backup will create it"));
            next(true, QString());
            return;
        }
        context->link(master)->readFile(backup, [=](bool readOk, const QByteArray &content, const QString &readError) {
            const QByteArray current = context->state().originalEnv.value(master);
            if (!readOk) {
                context->check(QStringLiteral("orig-state"), master, false, title, readError);
            } else if (content == current) {
                context->check(QStringLiteral("orig-state"), master, true, title,
                               tr("present and identical to the current file"));
            } else {
                context->check(QStringLiteral("orig-state"), master, false, title,
                               tr("present and different from the current file: it is an earlier run's backup of "
                                  "the original configuration. Compare the two files, restore or move the old "
                                  "backup away, then start again."));
            }
            next(true, QString());
        });
    });
}

void PreflightChecks::inEnsemble(OperationContext *context, const QString &master, AsyncSteps::Next next)
{
    const MigrationPlan &plan = context->plan();
    QStringList missing;
    if (plan.phaseA().idOf(master) <= 0)
        missing << tr("Phase A");
    if (plan.phaseBNeeded() && plan.phaseB().idOf(master) <= 0)
        missing << tr("Phase B");
    context->check(QStringLiteral("in-ensemble"), master, missing.isEmpty(), tr("its address is in the ensemble it gets"),
                   missing.isEmpty() ? tr("ID %1 in Phase A, %2 in Phase B")
                                           .arg(plan.phaseA().idOf(master))
                                           .arg(plan.phaseB().idOf(master))
                                     : tr("missing from the %1 ensemble: Exhibitor would refuse to start (\"ip-detect "
                                          "returned ... is not in the configured list of masters\")")
                                           .arg(missing.join(QStringLiteral(", "))));
    next(true, QString());
}

void PreflightChecks::quorumAndIds(OperationContext *context, AsyncSteps::Next next)
{
    ClusterProber::Request request;
    request.conf = true;
    request.mntr = true;
    context->prober()->poll(request, [=](const ClusterSnapshot &snapshot) {
        context->log(QString(), LogStream::Info, snapshot.summary());
        const QStringList leaders = snapshot.leaders();
        const QStringList serving = snapshot.serving();
        const int total = int(snapshot.probes().size());
        const bool healthy = total == 1 ? serving.size() == 1 : leaders.size() == 1 && serving.size() == total;
        context->state().leaderAtStart = snapshot.leader();
        context->check(QStringLiteral("quorum"), QString(), healthy, tr("quorum healthy with exactly one leader"),
                       tr("%1 leader(s) %2; %3 of %4 serving: %5")
                           .arg(leaders.size())
                           .arg(leaders.join(QStringLiteral(", ")))
                           .arg(serving.size())
                           .arg(total)
                           .arg(snapshot.summary()));
        auto steps = QList<AsyncSteps::Step>();
        for (const MasterPoll &probe : snapshot.probes()) {
            steps << [=](AsyncSteps::Next stepNext) { checkIds(context, probe.master, probe.serverId(), stepNext); };
        }
        AsyncSteps::run(steps, next);
    });
}

void PreflightChecks::checkIds(OperationContext *context, const QString &master, int confId, AsyncSteps::Next next)
{
    const int planned = context->plan().currentIds().value(master);
    const QString title = tr("running ID is the planned current ID");
    if (confId > 0) {
        context->check(QStringLiteral("ids"), master, confId == planned, title,
                       tr("conf says serverId %1, the plan %2").arg(confId).arg(planned));
        next(true, QString());
        return;
    }
    // conf refused (not whitelisted) or not serving: the myid file says what ZooKeeper started with.
    context->link(master)->run({QStringLiteral("cat"), context->options().myidPath}, true, [=](const CommandResult &result) {
        const int myid = QString::fromUtf8(result.stdoutData).trimmed().toInt();
        context->check(QStringLiteral("ids"), master, result.succeeded() && myid == planned, title,
                       result.succeeded() ? tr("myid says %1, the plan %2").arg(myid).arg(planned)
                                          : tr("neither conf nor the myid file answered"));
        next(true, QString());
    });
}

void PreflightChecks::zxidsConverged(OperationContext *context, AsyncSteps::Next next)
{
    context->zk()->open([=](bool ok, const QString &error) {
        if (!ok) {
            context->check(QStringLiteral("zxids"), QString(), false, tr("zxids converged"),
                           tr("no ZooKeeper session through SSH: %1").arg(error));
            next(false, error);
            return;
        }
        // A write of our own, then every server must report at least its zxid: "converged" on a
        // cluster that keeps writing, and it works on 3.8 followers that report old zxids.
        context->zk()->touch([=](bool touched, qint64 zxid, const QString &touchError) {
            if (!touched) {
                context->check(QStringLiteral("zxids"), QString(), false, tr("zxids converged"),
                               tr("the test write failed: %1").arg(touchError));
                next(true, QString());
                return;
            }
            waitConverged(context, zxid, QDateTime::currentMSecsSinceEpoch(), next);
        });
    });
}

void PreflightChecks::waitConverged(OperationContext *context, qint64 touchZxid, qint64 startedMs, AsyncSteps::Next next)
{
    context->prober()->poll({}, [=](const ClusterSnapshot &snapshot) {
        QStringList behind;
        for (const MasterPoll &probe : snapshot.probes()) {
            if (probe.srvr.zxid < touchZxid)
                behind << QStringLiteral("%1 (0x%2)").arg(probe.master, QString::number(probe.srvr.zxid, 16));
        }
        const qint64 waited = QDateTime::currentMSecsSinceEpoch() - startedMs;
        if (behind.isEmpty() || waited >= context->options().convergeTimeoutMs) {
            context->check(QStringLiteral("zxids"), QString(), behind.isEmpty(), tr("zxids converged"),
                           behind.isEmpty() ? tr("every server applied the test write 0x%1 within %2 ms")
                                                  .arg(QString::number(touchZxid, 16))
                                                  .arg(waited)
                                            : tr("behind the test write 0x%1 after %2 ms: %3")
                                                  .arg(QString::number(touchZxid, 16))
                                                  .arg(waited)
                                                  .arg(behind.join(QStringLiteral(", "))));
            next(true, QString());
            return;
        }
        QTimer::singleShot(context->options().pollIntervalMs, context,
                           [=] { waitConverged(context, touchZxid, startedMs, next); });
    });
}

QByteArray PreflightChecks::parseSuperCredentials(const QByteArray &content)
{
    for (QByteArray line : content.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        const qsizetype colon = line.indexOf(':');
        if (equals > 0 && (colon < 0 || equals < colon))
            line = line.mid(equals + 1).trimmed(); // KEY=super:secret
        if (line.size() >= 2 && (line.startsWith('"') || line.startsWith('\'')) && line.endsWith(line.at(0)))
            line = line.mid(1, line.size() - 2);
        if (line.indexOf(':') > 0)
            return line;
    }
    return QByteArray();
}

void PreflightChecks::superCredentials(OperationContext *context, AsyncSteps::Next next)
{
    auto add = [context, next](const QByteArray &credentials, const QString &source) {
        context->zk()->addDigestAuth(credentials, [=](bool ok, const QString &error) {
            context->log(QString(), ok ? LogStream::Info : LogStream::Warning,
                         ok ? tr("ZooKeeper super credentials (%1) added to the run's session: subtrees with ACLs are "
                                 "read too")
                                  .arg(source)
                            : tr("ZooKeeper did not take the super credentials (%1): %2; the snapshot reads what the "
                                 "ACLs allow")
                                  .arg(source, error));
            next(true, QString());
        });
    };
    if (!context->setup().zkSuperCredentials.isEmpty()) {
        add(context->setup().zkSuperCredentials, tr("typed by the operator"));
        return;
    }
    if (!context->options().readZkSuperCredentials || context->masters().isEmpty()) {
        next(true, QString());
        return;
    }
    const QString master = context->masters().first();
    const QString path = context->options().zkSuperCredentialsPath;
    // Quiet: the file's bytes must not reach the log; the line below says what was run.
    context->log(master, LogStream::Command, tr("$ sudo cat %1 (not shown: a secret)").arg(path));
    context->link(master)->run(
        {QStringLiteral("cat"), path}, true,
        [=](const CommandResult &result) {
            const QByteArray credentials = result.succeeded() ? parseSuperCredentials(result.stdoutData) : QByteArray();
            if (credentials.isEmpty()) {
                context->log(master, LogStream::Info,
                             tr("no ZooKeeper super credentials in %1 (open-source DC/OS has none): the snapshot "
                                "reads what the ACLs allow")
                                 .arg(path));
                next(true, QString());
                return;
            }
            add(credentials, tr("%1 on %2").arg(path, master));
        },
        true);
}

void PreflightChecks::otherRuns(OperationContext *context, AsyncSteps::Next next, bool zooKeeperOptional)
{
    // Every run holds an ephemeral session-<run id> node from its preflight (or its resume's or
    // rollback's inspection) on (its canary session): one that exists is a live run, from this
    // workstation or another. ZooKeeper removes it when that run's session ends, so a crashed
    // run stops counting within the session timeout.
    const QString base = context->options().znodeBase;
    const QString ours = QStringLiteral("session-") + context->journal().runId;
    auto list = [=](bool, const QString &) {
        context->zk()->children(base, [=](bool ok, const QStringList &names, const QString &error) {
            const QString title = tr("no other run of this cluster is going on");
            if (!ok && zooKeeperOptional) {
                context->addCheck(CheckResult {
                    QStringLiteral("other-runs"), QString(), true, false, title,
                    tr("ZooKeeper does not answer (%1): the lock files on the masters tell").arg(error),
                    QDateTime::currentDateTimeUtc(), true });
                next(true, QString());
                return;
            }
            if (!ok) {
                context->check(QStringLiteral("other-runs"), QString(), false, title,
                               tr("cannot list %1: %2").arg(base, error));
                next(false, QString());
                return;
            }
            QStringList others;
            for (const QString &name : names) {
                if (name.startsWith(QLatin1String("session-")) && name != ours)
                    others << name;
            }
            if (others.isEmpty()) {
                context->check(QStringLiteral("other-runs"), QString(), true, title,
                               tr("none under %1").arg(base));
                next(true, QString());
                return;
            }
            auto described = std::make_shared<QStringList>();
            auto remaining = std::make_shared<int>(int(others.size()));
            for (const QString &name : others) {
                context->zk()->read(
                    base + QLatin1Char('/') + name,
                    [=](bool, bool exists, const QByteArray &data, const QString &) {
                        if (exists) {
                            const auto holder = RunLock::Holder::fromRecord(data);
                            *described << (holder ? holder->describe() : tr("run %1").arg(name.mid(8)));
                        }
                        if (--*remaining > 0)
                            return;
                        if (described->isEmpty()) { // ended meanwhile
                            context->check(QStringLiteral("other-runs"), QString(), true, title,
                                           tr("none under %1").arg(base));
                            next(true, QString());
                            return;
                        }
                        const QString who = described->join(QStringLiteral("; "));
                        context->check(QStringLiteral("other-runs"), QString(), false, title, who);
                        next(false,
                             tr("Another run of this cluster is going on: %1. Wait for it to end, or stop it "
                                "there.")
                                 .arg(who));
                    });
            }
        });
    };
    // Opens the run's session unless open (a resume or rollback has none yet).
    context->zk()->open(list, zooKeeperOptional ? 8000 : 15000);
}

void PreflightChecks::canarySession(OperationContext *context, AsyncSteps::Next next, bool optional)
{
    const QString path = context->options().znodeBase + QStringLiteral("/session-") + context->journal().runId;
    context->state().canarySessionPath = path;
    // The session's node names this run, for another run's otherRuns.
    RunLock::Holder us = RunLock::Holder::ourselves(context->journal().runId);
    if (context->journal().created.isValid())
        us.since = context->journal().created;
    auto create = [=] {
        context->zk()->startCanary(path, us.toRecord(), context->options().canarySessionTimeoutMs,
                                   [=](bool ok, const QString &error) {
                                       context->addCheck(CheckResult{QStringLiteral("canary-session"), QString(),
                                                                     ok || optional, false,
                                                                     tr("canary session holds an ephemeral znode"),
                                                                     ok ? path : error,
                                                                     QDateTime::currentDateTimeUtc(), !ok && optional});
                                       next(true, QString());
                                   });
    };
    // A resume's or rollback's run id may still have a node from its earlier process, whose
    // session ends only with its timeout (a process that exits cannot always close it first).
    // This run holds the lock files by now, so no other live process has this run id: its node
    // goes.
    auto start = [=](bool, const QString &) {
        context->zk()->read(path, [=](bool, bool exists, const QByteArray &, const QString &) {
            if (!exists) {
                create();
                return;
            }
            context->zk()->remove(path, [=](bool removed, const QString &) {
                if (removed)
                    context->log(QString(), LogStream::Info,
                                 tr("%1 was left by this run's earlier process (its session had not expired yet): "
                                    "removed")
                                     .arg(path));
                create();
            });
        });
    };
    if (!optional) {
        start(true, QString());
        return;
    }
    context->zk()->open([=](bool ok, const QString &error) {
        if (ok) {
            start(true, QString());
            return;
        }
        context->addCheck(CheckResult{QStringLiteral("canary-session"), QString(), true, false,
                                      tr("canary session holds an ephemeral znode"),
                                      tr("ZooKeeper does not answer (%1): no session node; the lock files on the "
                                         "masters name this run")
                                          .arg(error),
                                      QDateTime::currentDateTimeUtc(), true});
        next(true, QString());
    }, 8000);
}

void PreflightChecks::snapshotAndCanary(OperationContext *context, AsyncSteps::Next next)
{
    const QString base = context->options().znodeBase;
    const QString runId = context->journal().runId;
    RunState &state = context->state();
    state.canaryPath = base + QStringLiteral("/canary-") + runId;
    state.canaryData = QByteArray("emw canary of run ") + runId.toUtf8();
    state.canarySessionPath = base + QStringLiteral("/session-") + runId;
    // The run's own znodes (touch, canary, its session, the write probe) are left out: Verify
    // checks them by name. Everything else is compared znode by znode (ZkTreeIntegrity).
    state.digestExcludes = QStringList{QStringLiteral("/zookeeper"), base} + context->options().digestExcludes;
    context->zk()->digest(state.digestExcludes, [=](const ZkTreeDigest &digest) {
        RunState &runState = context->state();
        runState.snapshot = digest;
        runState.haveSnapshot = digest.ok;
        QString detail = digest.ok ? tr("%n znode(s) read after zxid 0x%1, digest %2", nullptr, digest.znodeCount())
                                         .arg(QString::number(digest.zxid, 16), QString::fromLatin1(digest.combined()))
                                   : digest.errorText;
        // Subtrees whose ACL denies the run's session are named, and preflight goes on: the
        // migration does not touch data, and Verify compares what could be read.
        const bool gaps = digest.ok && !digest.unreadable.isEmpty();
        if (gaps)
            detail += QStringLiteral("; ")
                + tr("could not read (ACL, no permission): %1. Verify compares only what was read; with ZooKeeper's "
                     "super credentials the whole tree is read.")
                      .arg(digest.unreadable.join(QStringLiteral(", ")));
        context->addCheck(CheckResult{QStringLiteral("snapshot"), QString(), digest.ok, false, tr("data snapshot taken"),
                                      detail, QDateTime::currentDateTimeUtc(), gaps});
        context->zk()->createPersistent(runState.canaryPath, runState.canaryData, [=](bool ok, const QString &error) {
            context->check(QStringLiteral("canary"), QString(), ok, tr("canary znode written"),
                           ok ? context->state().canaryPath : error);
            canarySession(context, next);
        });
    });
}
