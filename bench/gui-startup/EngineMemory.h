#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class BenchSim;
class Discovery;
class MasterConnections;

// The engine-side part of "< 150 MB with 7 masters connected", measured inside the wizard's
// process: SSH connections to every master of an sshd-only topology (one SshSession, hence one
// worker thread and one libssh session, each), then a discovery over them, as the wizard's
// connect and discover pages will do. The pages themselves do not exist yet.
class EngineMemory : public QObject
{
    Q_OBJECT

public:
    EngineMemory(const QString &topology, QObject *parent = nullptr);
    ~EngineMemory() override;

    void start();
    // rss_before_connect_mib, masters_connected, rss_connected_mib, rss_discovered_mib,
    // peak_rss_engine_mib, engine_error
    QJsonObject figures() const { return m_figures; }

signals:
    void done();

private:
    void onSettled(int connected, int failed);
    void fail(const QString &error);

    BenchSim *m_sim;
    MasterConnections *m_connections;
    Discovery *m_discovery;
    QJsonObject m_figures;
};
