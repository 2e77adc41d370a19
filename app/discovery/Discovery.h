#pragma once

#include "BackendSpec.h"
#include "DiscoveryOptions.h"
#include "MasterDiscovery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

class SpecReader;
class MasterConnections;
class MasterProbe;
class SshSession;

// Step 3 of the migration (DESIGN.md §3): discovers every master of a MasterConnections in
// parallel. Masters not connected yet are connected first (a failed one is tried again); each is
// discovered as soon as it is connected, and one that cannot be reached gets its own error while
// the others complete. The backend's shared config (BackendSpecSource: ZooKeeper, S3, Azure or a
// shared filesystem) is read once, through the first master that connects. Lives in the caller's thread and never blocks it: SSH work runs in each
// session's worker thread, probes are asynchronous sockets, and results arrive as signals.
class Discovery : public QObject
{
    Q_OBJECT

public:
    explicit Discovery(QObject *parent = nullptr);
    ~Discovery() override;

    void setOptions(const DiscoveryOptions &options) { m_options = options; }
    const DiscoveryOptions &options() const { return m_options; }

    // Starts over on every master of connections (which must outlive the run).
    void start(MasterConnections *connections);
    // Marks whatever is still pending as unavailable ("cancelled") and finishes.
    void cancel();
    bool isRunning() const { return m_running; }

    QStringList masters() const { return m_masters; } // in the order of the connections
    QList<MasterDiscovery> results() const;
    MasterDiscovery result(const QString &master) const { return m_results.value(master); }
    const BackendSpec &backendSpec() const { return m_backendSpec; }

    // master -> ID for every master whose sources agree: what MigrationPlan::build() takes.
    QMap<QString, int> currentIds() const { return MasterDiscovery::currentIds(results()); }
    // Every master's problems, one line each, in master order.
    QStringList problems() const;
    // Every master reachable and its sources in agreement.
    bool allAgree() const;

signals:
    void started(const QStringList &masters);
    void masterProgress(const QString &master, const QString &step); // "connecting", "discovering", ...
    void logLine(const QString &master, const QString &line);
    void masterUpdated(const QString &master);  // its (partial) result changed
    void masterFinished(const QString &master);
    void finished();

private:
    void startMaster(SshSession *session);
    void failMaster(const QString &master, const QString &error);
    void startBackendReader(SshSession *session);
    void onBackendFinished();
    void checkFinished();

    DiscoveryOptions m_options;
    QStringList m_masters;
    QHash<QString, MasterDiscovery> m_results;
    QHash<QString, MasterProbe *> m_probes;
    QHash<QString, bool> m_done;
    SpecReader *m_backendReader = nullptr;
    BackendSpec m_backendSpec;
    QObject *m_run = nullptr; // parent of this run's probes and connections: deleting it ends the run
    bool m_running = false;
};
