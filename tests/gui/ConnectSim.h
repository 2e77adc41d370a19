#pragma once

// The Connection tests' cluster: tests/gui/topologies/gui-connect.yaml (three masters with only
// their sshd, on 127.0.61.x) through tests/migration's SimCluster, plus what the tests need from
// it: the fixture password, known_hosts files with some masters left out, each master's host key.

#include "SimCluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace ConnectSim {

// SimCluster looks in tests/migration/topologies; this topology belongs to the GUI tests.
inline QString topology()
{
    return QStringLiteral("../../gui/topologies/gui-connect");
}

inline QString password(const SimCluster &sim)
{
    return sim.status()
        .value(QStringLiteral("users"))
        .toObject()
        .value(QStringLiteral("password"))
        .toString();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A copy of the sim's known_hosts without the lines of the masters in `leaveOut`.
inline QString knownHostsWithout(const SimCluster &sim, const QTemporaryDir &dir, const QStringList &leaveOut,
                                 const QString &name)
{
    QByteArray kept;
    const QByteArray all = readFile(sim.targets().constFirst().knownHostsPath);
    for (const QByteArray &line : all.split('\n')) {
        bool skip = line.isEmpty();
        for (const QString &master : leaveOut)
            skip = skip || line.startsWith('[' + master.toUtf8() + ']');
        if (!skip)
            kept += line + '\n';
    }
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kept) != kept.size())
        qFatal("cannot write known_hosts");
    return path;
}

// "SHA256:..." of the master's host key of keyType ("ssh-ed25519", "ecdsa-sha2-nistp256"), as
// ssh-keygen -lf prints it: an independent check of the fingerprint the wizard shows.
inline QString fingerprint(const SimCluster &sim, const QString &master, const QString &keyType)
{
    const QJsonArray masters = sim.status().value(QStringLiteral("masters")).toArray();
    for (const QJsonValue &value : masters) {
        if (value.toObject().value(QStringLiteral("ip")).toString() != master)
            continue;
        for (const QJsonValue &key : value.toObject().value(QStringLiteral("host_keys")).toArray()) {
            if (!readFile(key.toString()).startsWith(keyType.toUtf8() + ' '))
                continue;
            QProcess keygen;
            keygen.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), key.toString() });
            keygen.waitForFinished();
            return QString::fromUtf8(keygen.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
        }
    }
    return {};
}

} // namespace ConnectSim
