#include "PreflightPage.h"

#include "InlineMessage.h"
#include "LogPane.h"
#include "RunController.h"
#include "RunLogModel.h"
#include "StaleLockButton.h"
#include "StatusIcon.h"
#include "WizardController.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

PreflightPage::PreflightPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_state(new QLabel(this))
    , m_checks(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
    , m_log(new LogPane(controller->run()->log(), this))
{
    setTitle(tr("Preflight"));
    setSubTitle(tr("Every master is checked before anything changes: SSH and sudo, disk space, the env file, "
                   "the ensembles, quorum, and that every server applies a test write. Nothing is written to "
                   "the masters' configuration."));
    m_state->setObjectName(QStringLiteral("preflightState"));
    m_state->setWordWrap(true);
    m_checks->setObjectName(QStringLiteral("preflightChecks"));
    m_checks->setAccessibleName(tr("Preflight checks"));
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({ tr("Check"), tr("Master"), tr("Details") });
    m_checks->setRootIsDecorated(false);
    m_checks->setUniformRowHeights(true);
    // Sized to their contents once per burst of checks (fitColumns), not by ResizeToContents,
    // which measures every row again with each row added.
    m_fitColumns.setSingleShot(true);
    m_fitColumns.setInterval(RunLogModel::kBatchMs);
    connect(&m_fitColumns, &QTimer::timeout, this, [this] {
        m_checks->resizeColumnToContents(0);
        m_checks->resizeColumnToContents(1);
        if (m_checks->topLevelItemCount() > 0)
            m_checks->scrollToItem(m_checks->topLevelItem(m_checks->topLevelItemCount() - 1));
    });
    m_message->setObjectName(QStringLiteral("preflightMessage"));
    m_takeOver = new StaleLockButton(controller->run(), QStringLiteral("takeOverStaleLockButton"), this);

    auto *checksLabel = new QLabel(tr("&Checks:"), this);
    checksLabel->setBuddy(m_checks);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(checksLabel);
    topLayout->addWidget(m_checks);
    splitter->addWidget(top);
    splitter->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addWidget(m_takeOver, 0, Qt::AlignLeft);
    layout->addWidget(splitter, 1);

    RunController *run = m_controller->run();
    connect(run, &RunController::checkAdded, this, &PreflightPage::addCheck);
    connect(run, &RunController::runStarted, m_checks, &QTreeWidget::clear);
    connect(run, &RunController::changed, this, &PreflightPage::showState);
}

void PreflightPage::initializePage()
{
    RunController *run = m_controller->run();
    m_checks->clear();
    // Started once the page is on screen: the run's first moments (five SSH connections set up
    // at once) would otherwise compete with the page's first paint.
    if (!run->isRunning() && !run->awaitingPhase())
        QTimer::singleShot(0, run, [run] {
            if (!run->isRunning() && !run->awaitingPhase())
                run->start();
        });
    for (const CheckResult &check : run->checks())
        addCheck(check);
    showState();
}

void PreflightPage::addCheck(const CheckResult &check)
{
    auto *item = new QTreeWidgetItem(m_checks);
    const StatusIcon::Kind icon = check.skipped ? StatusIcon::Kind::Skipped
        : check.passed                          ? StatusIcon::Kind::Passed
                                                : StatusIcon::Kind::Failed;
    const QString verdict = check.skipped ? tr("skipped")
        : !check.passed                       ? tr("failed")
        : check.warning                       ? tr("passed with a warning")
                                              : tr("passed");
    item->setIcon(0, StatusIcon::icon(icon));
    item->setText(0, check.title);
    item->setText(1, check.master.isEmpty() ? tr("all masters") : check.master);
    item->setText(2, check.detail);
    item->setToolTip(2, check.detail);
    if (check.warning)
        item->setIcon(0, StatusIcon::icon(StatusIcon::Kind::Skipped)); // passed, but read the detail
    item->setData(0, Qt::UserRole, check.passed || check.skipped);
    // The icon alone says nothing to a screen reader.
    item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(check.title, verdict));
    if (!m_fitColumns.isActive())
        m_fitColumns.start();
}

void PreflightPage::showState()
{
    RunController *run = m_controller->run();
    const bool resume = run->intent() == RunController::Intent::Resume;
    if (const auto sudo = run->sudoQuestion()) {
        m_state->setText(tr("sudo on %1 did not accept the sudo password of %2. No sudo command is sent to any "
                            "master until you enter it again.")
                             .arg(sudo->master, sudo->user));
        m_message->setMessage(InlineMessage::Kind::Error, sudo->reason);
    } else if (run->hasFinished() && run->outcome() != RunOutcome::Succeeded) {
        m_state->setText(resume ? tr("The resumed run stopped.") : tr("Preflight stopped the migration."));
        m_message->setMessage(InlineMessage::Kind::Error, run->outcomeMessage());
    } else if (isComplete()) {
        m_state->setText(resume ? tr("The masters are inspected; the run goes on where it stopped.")
                                : tr("All checks passed. Next shows what the backup will do."));
        m_message->clear();
    } else {
        m_state->setText(resume ? tr("Inspecting where the earlier run stopped…")
                                : tr("Checking every master…"));
        m_message->clear();
    }
    m_completeSignal.update(this, wizard());
}

bool PreflightPage::isComplete() const
{
    RunController *run = m_controller->run();
    return run->awaitingPhase().has_value() && run->isPhaseDone(Phase::Inspect);
}

int PreflightPage::nextId() const
{
    return m_controller->run()->nextPage();
}
