#include "ClusterRunStateReader.h"

#include "MasterLink.h"
#include "ZkAccess.h"
#include "ZooCfg.h"

#include "remote/RemoteScripts.h"

#include <QRandomGenerator>

#include <memory>

namespace {

const QList<QByteArray> kSections{"env", "envlink", "orig", "origlink", "zoocfg", "myid", "mtime", "lock"};

// The masters' run lock file (MasterLockFiles), read when it is there.
const QString kMasterLockPath = QStringLiteral("/run/exhibitor-migration/run.lock");

} // namespace

ClusterRunStateReader::ClusterRunStateReader(const MigrationSetup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
    for (const SshTarget &target : setup.targets) {
        const QStringList acceptedHostKeys =
            setup.options.acceptedHostKeys + setup.options.masterHostKeys.values(target.name);
        m_links << new MasterLink(target, setup.options.clientPort, acceptedHostKeys, setup.options.forwardHost, this);
    }
    m_zk = new ZkAccess(m_links, setup.options.znodeBase, this);
}

ClusterRunStateReader::~ClusterRunStateReader() = default;

QString ClusterRunStateReader::script()
{
    // Each read framed with its stdout, stderr and exit status (RemoteScripts::splitFramed). A
    // missing exhibitor.orig, link or lock file is exit status 3 with nothing printed.
    return RemoteScripts::framedSectionFunction() + QString::fromLatin1(
        "present() { if [ -e \"$1\" ]; then cat -- \"$1\"; else return 3; fi; }\n"
        "link() { if [ -L \"$1\" ]; then readlink -- \"$1\"; else return 3; fi; }\n"
        "section env cat -- \"$2\"\n"
        "section envlink link \"$2\"\n"
        "section orig present \"$3\"\n"
        "section origlink link \"$3.link\"\n"
        "section zoocfg cat -- \"$4\"\n"
        "section myid cat -- \"$5\"\n"
        "section mtime stat -c %Y -- \"$2\" \"$4\"\n"
        "section lock present \"$6\"\n");
}

void ClusterRunStateReader::start()
{
    // The run records after the masters: the ZooKeeper client goes through their connections.
    auto outstanding = std::make_shared<int>(1);
    auto mastersRead = [this, outstanding] {
        if (--*outstanding > 0)
            return;
        readRuns([this] {
            m_result = ClusterRunState::classify(m_setup.plan.masters().isEmpty() ? m_setup.targetNames()
                                                                                   : m_setup.plan.masters(),
                                                 m_observations, m_runs, m_runsError);
            for (MasterLink *link : std::as_const(m_links))
                link->close();
            emit finished();
        });
    };
    for (MasterLink *link : std::as_const(m_links)) {
        ++*outstanding;
        readMaster(link, mastersRead);
    }
    mastersRead();
}

void ClusterRunStateReader::readMaster(MasterLink *link, std::function<void()> done)
{
    const QString master = link->name();
    link->open([this, link, master, done](bool ok, const QString &error) {
        if (!ok) {
            m_observations[master].error = error;
            done();
            return;
        }
        const quint64 a = QRandomGenerator::global()->generate64();
        const QByteArray tag = "emw-frame-" + QByteArray::number(a, 16);
        const MigrationOptions &options = m_setup.options;
        // quiet: the env files may hold cloud credentials; nothing of them goes to a log.
        link->run(RemoteScripts::shArgv(script(), {QString::fromLatin1(tag), options.envFilePath, options.backupPath,
                                                  options.zooCfgPath, options.myidPath, kMasterLockPath}),
                  true,
                  [this, link, master, tag, done](const CommandResult &result) {
                      ClusterRunState::Observation &o = m_observations[master];
                      const auto sections = RemoteScripts::splitFramed(result.stdoutData, tag, kSections);
                      if (result.error.isError() || !sections.at(0).present || sections.at(0).exitStatus != 0) {
                          o.error = result.error.isError() ? result.error.message
                                    : sections.at(0).present
                                        ? tr("cannot read %1: %2")
                                              .arg(m_setup.options.envFilePath,
                                                   QString::fromUtf8(sections.at(0).err).trimmed())
                                        : tr("the read ended early (exit status %1): %2")
                                              .arg(result.exitStatus)
                                              .arg(QString::fromUtf8(result.stderrData).trimmed());
                          done();
                          return;
                      }
                      const auto ok = [&sections](int i) { return sections.at(i).present && sections.at(i).exitStatus == 0; };
                      o.reachable = true;
                      o.env = sections.at(0).out;
                      if (ok(1))
                          o.envLink = QString::fromUtf8(sections.at(1).out).trimmed();
                      o.origPresent = sections.at(2).present && sections.at(2).exitStatus != 3;
                      if (o.origPresent && !ok(2))
                          o.error = tr("cannot read %1: %2")
                                        .arg(m_setup.options.backupPath, QString::fromUtf8(sections.at(2).err).trimmed());
                      o.orig = sections.at(2).out;
                      if (ok(3))
                          o.origLink = QString::fromUtf8(sections.at(3).out).trimmed();
                      if (ok(4))
                          o.zooCfg = ZooCfg::servers(sections.at(4).out);
                      if (ok(5))
                          o.myid = sections.at(5).out.trimmed().toInt();
                      if (sections.at(6).present) {
                          // Both times, or only the env file's when zoo.cfg is missing.
                          const QList<QByteArray> times = sections.at(6).out.trimmed().split('\n');
                          o.envMtime = times.value(0).trimmed().toLongLong();
                          o.zooCfgMtime = times.size() > 1 ? times.at(1).trimmed().toLongLong() : 0;
                      }
                      if (ok(7))
                          o.lockRecord = sections.at(7).out;
                      link->fourLetter("srvr", [this, master, done](const FourLetterWordReply &reply) {
                          m_observations[master].srvr = reply.summary();
                          m_observations[master].leader = reply.mode == QLatin1String("leader");
                          done();
                      });
                  },
                  true);
    });
}

void ClusterRunStateReader::readRuns(std::function<void()> done)
{
    m_zk->open([this, done](bool ok, const QString &error) {
        const QString base = m_setup.options.znodeBase;
        if (!ok) {
            m_runsError = tr("cannot list %1: %2").arg(base, error);
            done();
            return;
        }
        m_zk->children(base, [this, base, done](bool listed, const QStringList &names, const QString &listError) {
            if (!listed) {
                m_runsError = tr("cannot list %1: %2").arg(base, listError);
                done();
                return;
            }
            QStringList sessions;
            for (const QString &name : names) {
                if (name.startsWith(QLatin1String("session-")))
                    sessions << name;
            }
            auto remaining = std::make_shared<int>(int(sessions.size()) + 1);
            auto one = [remaining, done] {
                if (--*remaining == 0)
                    done();
            };
            for (const QString &name : sessions) {
                m_zk->read(base + QLatin1Char('/') + name,
                           [this, name, one](bool, bool exists, const QByteArray &data, const QString &) {
                               if (exists) // ended meanwhile otherwise
                                   m_runs << ClusterRunState::RunRecord{name, data};
                               one();
                           });
            }
            one();
        });
    }, 10000);
}
