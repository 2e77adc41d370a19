#include "VerifyChecks.h"

#include "ClusterProber.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "OperationContext.h"
#include "ZkAccess.h"
#include "ZooCfg.h"
#include "MigrationReport.h"

#include "probe/ZkTreeIntegrity.h"

#include "config/ExhibitorEnvFile.h"

#include <QCryptographicHash>

namespace {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

void VerifyChecks::leaderAndIds(OperationContext *context, const Ensemble &expected, AsyncSteps::Next next)
{
    ClusterProber::Request request;
    request.conf = true;
    request.mntr = true;
    context->prober()->poll(request, [=](const ClusterSnapshot &snapshot) {
        context->log(QString(), LogStream::Info, snapshot.summary());
        const int total = int(snapshot.probes().size());
        const QStringList leaders = snapshot.leaders();
        const QStringList serving = snapshot.serving();
        const bool oneLeader = total == 1 ? serving.size() == 1 : leaders.size() == 1;
        context->check(QStringLiteral("leader"), QString(), oneLeader, tr("exactly one leader"),
                       tr("%1 leader(s): %2").arg(leaders.size()).arg(snapshot.summary()));
        QStringList notFollowing;
        for (const MasterPoll &probe : snapshot.probes()) {
            if (!probe.isServing())
                notFollowing << probe.master;
        }
        const MasterPoll *leader = snapshot.probe(snapshot.leader());
        const int synced = leader && leader->mntr ? leader->mntr->syncedFollowers() : -1;
        const bool allSynced = notFollowing.isEmpty() && (synced < 0 || synced == total - 1);
        context->check(QStringLiteral("synced"), QString(), allSynced, tr("all followers synced"),
                       notFollowing.isEmpty()
                           ? (synced < 0 ? tr("every master serves (mntr not available on the leader)")
                                         : tr("the leader reports %1 synced follower(s) of %2").arg(synced).arg(total - 1))
                           : tr("not serving: %1").arg(notFollowing.join(QStringLiteral(", "))));
        for (const MasterPoll &probe : snapshot.probes()) {
            const int want = expected.idOf(probe.master);
            const int have = probe.serverId();
            if (probe.conf && probe.conf->status == FourLetterWordReply::Status::NotWhitelisted) {
                context->addCheck(CheckResult{QStringLiteral("ids"), probe.master, false, true, tr("server ID as expected"),
                                              tr("conf is not whitelisted; the myid check below tells"),
                                              QDateTime::currentDateTimeUtc()});
                continue;
            }
            context->check(QStringLiteral("ids"), probe.master, have == want, tr("server ID as expected"),
                           have > 0 ? tr("conf says serverId %1, expected %2").arg(have).arg(want)
                                    : tr("conf did not answer (%1), expected %2").arg(probe.conf ? probe.conf->summary()
                                                                                                 : QString()).arg(want));
        }
        next(true, QString());
    });
}

void VerifyChecks::envFile(OperationContext *context, const QString &master, Target target, AsyncSteps::Next next)
{
    const QString path = context->options().envFilePath;
    context->link(master)->readFile(path, [=](bool ok, const QByteArray &content, const QString &error) {
        if (!ok) {
            context->check(QStringLiteral("env-file"), master, false, tr("env file as expected"), error);
            next(true, QString());
            return;
        }
        context->state().currentEnv[master] = content;
        if (target == Target::Original) {
            const QString want = context->journal().originalSha256.value(
                master, context->state().originalSha256.value(master));
            const bool same = !want.isEmpty() && sha256(content) == want;
            context->check(QStringLiteral("env-file"), master, same, tr("env file is the original, byte for byte"),
                           tr("sha256 %1, original %2").arg(sha256(content), want.isEmpty() ? tr("unknown") : want));
            next(true, QString());
            return;
        }
        const ExhibitorEnvFile file = ExhibitorEnvFile::parse(content);
        const QString canonical = Ensemble::canonical(context->plan().masters()).toString();
        const QByteArray rendered = context->staticEnvFor(master, Phase::PhaseB);
        QString detail = tr("EXHIBITOR_BACKEND=%1, EXHIBITOR_STATICENSEMBLE=%2").arg(file.backend(), file.staticEnsemble());
        bool passed = file.backend() == QLatin1String("STATIC") && file.staticEnsemble() == canonical;
        if (!passed)
            detail += QLatin1Char(' ') + tr("(DC/OS would write %1)").arg(canonical);
        if (passed && !rendered.isEmpty() && rendered != content) {
            passed = false;
            detail += QLatin1Char(' ') + tr("but other lines differ from the original file");
        }
        context->check(QStringLiteral("env-file"), master, passed, tr("env file has DC/OS's static ensemble"), detail);
        next(true, QString());
    });
}

void VerifyChecks::myidAndZooCfg(OperationContext *context, const QString &master, const Ensemble &expected,
                                 AsyncSteps::Next next)
{
    MasterLink *link = context->link(master);
    const QString zooCfgPath = context->options().zooCfgPath;
    link->run({QStringLiteral("cat"), context->options().myidPath}, true, [=](const CommandResult &myid) {
        link->run({QStringLiteral("cat"), zooCfgPath}, true, [=](const CommandResult &zooCfg) {
            const int id = QString::fromUtf8(myid.stdoutData).trimmed().toInt();
            const Ensemble servers = ZooCfg::servers(zooCfg.stdoutData);
            const bool idOk = myid.succeeded() && id == expected.idOf(master);
            const bool cfgOk = zooCfg.succeeded() && ZooCfg::sameNumbering(servers, expected);
            context->check(QStringLiteral("myid-zoocfg"), master, idOk && cfgOk, tr("myid and zoo.cfg agree"),
                           tr("myid %1 (expected %2); zoo.cfg servers %3 (expected %4)")
                               .arg(myid.succeeded() ? QString::number(id) : tr("unreadable"))
                               .arg(expected.idOf(master))
                               .arg(zooCfg.succeeded() ? servers.toString() : tr("unreadable"), expected.toString()));
            next(true, QString());
        }, true);
    }, true);
}

void VerifyChecks::data(OperationContext *context, AsyncSteps::Next next)
{
    const RunState &state = context->state();
    if (!state.haveSnapshot) {
        context->addCheck(CheckResult{QStringLiteral("data"), QString(), false, true, tr("no znode went back in time since the snapshot"),
                                      tr("no snapshot in this run (taken by preflight)"),
                                      QDateTime::currentDateTimeUtc()});
        next(true, QString());
        return;
    }
    context->zk()->digest(state.digestExcludes, [=](const ZkTreeDigest &after) {
        const RunState &runState = context->state();
        if (!after.ok) {
            context->check(QStringLiteral("data"), QString(), false, tr("no znode went back in time since the snapshot"), after.errorText);
            next(true, QString());
            return;
        }
        // Other clients wrote meanwhile: what they did is counted; only a znode that went back in
        // time, or vanished without a change of its parent, fails (DESIGN.md §3 step 9).
        const ZkTreeIntegrity integrity = ZkTreeIntegrity::check(runState.snapshot, after);
        MigrationReport::DataCheck &record = context->report().data;
        record.checked = true;
        record.snapshotZxid = integrity.snapshotZxid;
        record.snapshotZnodes = integrity.snapshotZnodes;
        record.znodesAfter = after.znodeCount();
        record.unchanged = integrity.unchanged;
        record.added = int(integrity.added.size());
        record.changed = int(integrity.changed.size());
        record.removed = int(integrity.removed.size());
        record.excluded = runState.digestExcludes;
        record.notCompared = integrity.notCompared;
        record.problems.clear();
        for (const ZkTreeIntegrity::Problem &problem : integrity.problems)
            record.problems << problem.path + QStringLiteral(": ") + problem.reason;
        // Subtrees that could not be read (ACLs) are named in the summary: a warning, not a gap.
        context->addCheck(CheckResult{QStringLiteral("data"), QString(), integrity.ok(), false,
                                      tr("no znode went back in time since the snapshot"),
                                      integrity.ok() ? integrity.summary()
                                                     : tr("%1; went back in time or vanished: %2")
                                                           .arg(integrity.summary(), integrity.problemText()),
                                      QDateTime::currentDateTimeUtc(), !integrity.notCompared.isEmpty()});
        context->zk()->read(runState.canaryPath, [=](bool ok, bool exists, const QByteArray &data, const QString &error) {
            const bool intact = ok && exists && data == context->state().canaryData;
            context->check(QStringLiteral("canary"), QString(), intact, tr("canary znode intact"),
                           intact ? context->state().canaryPath : ok ? tr("missing or changed") : error);
            next(true, QString());
        });
    });
}

void VerifyChecks::canarySession(OperationContext *context, AsyncSteps::Next next)
{
    if (!context->zk()->hasCanary()) {
        context->addCheck(CheckResult{QStringLiteral("canary-session"), QString(), false, true,
                                      tr("client sessions survived"),
                                      tr("no canary session in this run (an interrupted run's session ended with it)"),
                                      QDateTime::currentDateTimeUtc()});
        next(true, QString());
        return;
    }
    context->zk()->checkCanary([=](bool alive, const QString &detail) {
        context->check(QStringLiteral("canary-session"), QString(), alive, tr("client sessions survived"), detail);
        next(true, QString());
    });
}
