#include "LiveClientsPanel.h"

#include "migration/MigrationRunner.h"

#include <QFormLayout>
#include <QVBoxLayout>
#include <QLabel>

namespace {

QString seconds(qint64 ms)
{
    return LiveClientsPanel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

LiveClientsPanel::LiveClientsPanel(MigrationRunner *runner, const QString &objectSuffix, QWidget *parent)
    : QGroupBox(tr("Live clients"), parent)
    , m_state(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_writes(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_gap(new QLabel(this))
    , m_sessions(new QLabel(this))
{
    setObjectName(QStringLiteral("liveClients_") + objectSuffix);
    setAccessibleName(tr("Live clients: the run's write probe"));
    const QList<std::pair<QLabel *, QString>> labels{{m_state, QStringLiteral("liveClientsState_")},
                                                     {m_rate, QStringLiteral("liveClientsRate_")},
                                                     {m_writes, QStringLiteral("liveClientsWrites_")},
                                                     {m_failed, QStringLiteral("liveClientsFailed_")},
                                                     {m_gap, QStringLiteral("liveClientsGap_")},
                                                     {m_sessions, QStringLiteral("liveClientsSessions_")}};
    for (const auto &[label, name] : labels) {
        label->setObjectName(name + objectSuffix);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_state->setWordWrap(true);
    m_rate->setAccessibleName(tr("Writes per second"));
    m_writes->setAccessibleName(tr("Acknowledged writes"));
    m_failed->setAccessibleName(tr("Failed writes"));
    m_gap->setAccessibleName(tr("Longest time without an acknowledged write"));
    m_sessions->setAccessibleName(tr("Client sessions alive"));

    auto *form = new QFormLayout;
    form->addRow(tr("Writes per second:"), m_rate);
    form->addRow(tr("Acknowledged:"), m_writes);
    form->addRow(tr("Failed:"), m_failed);
    form->addRow(tr("Longest gap:"), m_gap);
    form->addRow(tr("Sessions alive:"), m_sessions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    hide();
    connect(runner, &MigrationRunner::liveClients, this, &LiveClientsPanel::showFigures);
}

void LiveClientsPanel::showFigures(const LiveClientFigures &figures)
{
    m_state->setText(figures.running
                         ? tr("The run's write probe writes to ZooKeeper all through the restarts, like the "
                              "cluster's own clients do.")
                         : tr("The write probe has stopped; Verify checks that every write it had acknowledged is "
                              "still there."));
    m_rate->setText(QString::number(figures.writesPerSecond, 'f', 1));
    m_writes->setText(QString::number(figures.writes));
    m_failed->setText(QString::number(figures.failed));
    m_gap->setText(seconds(figures.longestGapMs));
    m_sessions->setText(figures.sessions > 0 ? tr("%1 of %2").arg(figures.sessionsAlive).arg(figures.sessions)
                                             : tr("not known"));
    setVisible(true);
}
