#include "StepModeBar.h"

#include "RunController.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StepModeBar::StepModeBar(RunController *run, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_enabled(new QCheckBox(tr("Pause before each master's restart (s&tep mode)"), this))
    , m_next(new QLabel(this))
    , m_continue(new QPushButton(tr("Continue: restart &it"), this))
{
    m_enabled->setObjectName(QStringLiteral("stepMode_") + key);
    m_enabled->setAccessibleName(tr("Pause before each master's restart"));
    m_enabled->setToolTip(tr("The run waits before every restart and shows which master is next, until you "
                             "continue. For demonstrations and cautious first migrations."));
    m_next->setObjectName(QStringLiteral("stepModeNext_") + key);
    m_next->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("stepModeContinue_") + key);
    m_continue->setAccessibleName(tr("Continue with the next master's restart"));

    auto *waiting = new QHBoxLayout;
    waiting->setContentsMargins(0, 0, 0, 0);
    waiting->addWidget(m_next, 1);
    waiting->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addLayout(waiting);

    connect(m_enabled, &QCheckBox::toggled, run, &RunController::setStepMode);
    connect(m_continue, &QPushButton::clicked, run, &RunController::confirmRestart);
    connect(run, &RunController::changed, this, &StepModeBar::showState);
    showState();
}

void StepModeBar::showState()
{
    if (m_enabled->isChecked() != m_run->stepMode()) {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(m_run->stepMode());
    }
    const QString next = m_run->awaitingRestart();
    m_next->setVisible(!next.isEmpty());
    m_continue->setVisible(!next.isEmpty());
    if (next.isEmpty())
        return;
    m_next->setText(tr("Step mode: the run waits. Next: restart dcos-exhibitor on %1.").arg(next));
    m_continue->setEnabled(true);
}
