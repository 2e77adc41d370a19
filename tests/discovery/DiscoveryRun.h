#pragma once

#include "discovery/Discovery.h"
#include "remote/MasterConnections.h"

#include <QSignalSpy>
#include <QStringList>

// One discovery over fresh connections, run to its end, with every log line the operator would
// see (the connections' and discovery's own) kept for the tests to search.
struct DiscoveryRun
{
    MasterConnections connections;
    Discovery discovery;
    QStringList log;

    bool run(const QList<SshTarget> &targets, const DiscoveryOptions &options, int timeoutMs = 180000)
    {
        connections.setTargets(targets);
        QObject::connect(&connections, &MasterConnections::logLine, &connections,
                         [this](const QString &master, const QString &line) { log << master + QStringLiteral(": ") + line; });
        QObject::connect(&discovery, &Discovery::logLine, &discovery,
                         [this](const QString &master, const QString &line) { log << master + QStringLiteral(": ") + line; });
        discovery.setOptions(options);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(&connections);
        return finished.count() > 0 || finished.wait(timeoutMs);
    }

    MasterDiscovery result(const QString &master) const { return discovery.result(master); }
};
