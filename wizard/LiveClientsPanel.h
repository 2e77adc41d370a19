#pragma once

#include "migration/WriteProbeLedger.h"

#include <QGroupBox>

class MigrationRunner;
class QLabel;

// "Live clients" on the run pages: what the run's write probe sees while the masters restart
// (writes per second, failed writes, the longest time without an acknowledged write, the run's
// client sessions still alive). Driven only by MigrationRunner::liveClients, no polling; hidden
// until the probe's first figures arrive, and says so once it has stopped (at Verify).
class LiveClientsPanel : public QGroupBox
{
    Q_OBJECT

public:
    // objectSuffix keeps the labels' object names apart on each run page.
    LiveClientsPanel(MigrationRunner *runner, const QString &objectSuffix, QWidget *parent = nullptr);

    void showFigures(const LiveClientFigures &figures);

private:
    QLabel *m_state;
    QLabel *m_rate;
    QLabel *m_writes;
    QLabel *m_failed;
    QLabel *m_gap;
    QLabel *m_sessions;
};
