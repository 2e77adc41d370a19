#pragma once

#include "ClusterSnapshot.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class MasterLink;

// One poll of every master, all in parallel through their SSH connections: `srvr` always,
// `conf` and `mntr` when asked, `systemctl is-active <unit>` on the masters named. The answer is
// a ClusterSnapshot; a master that cannot be reached is in it as unreachable, never left out.
class ClusterProber : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        bool conf = false;
        QStringList confOn; // masters asked for `conf` when conf is false
        bool mntr = false;
        QStringList unitOn; // masters whose unit state is wanted
        QString unit = QStringLiteral("dcos-exhibitor");
        int timeoutMs = 1500;
    };
    using Callback = std::function<void(const ClusterSnapshot &)>;

    ClusterProber(const QList<MasterLink *> &links, QObject *parent = nullptr);

    void poll(const Request &request, Callback callback);

signals:
    // Every poll's answer, whoever asked (the live quorum indicator listens to all of them).
    void polled(const ClusterSnapshot &snapshot);

private:
    QList<MasterLink *> m_links;
};
