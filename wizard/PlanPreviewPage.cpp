#include "PlanPreviewPage.h"

#include "CurrentIdDelegate.h"
#include "InlineMessage.h"
#include "MasterIdsModel.h"
#include "WizardController.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PlanPreviewPage::PlanPreviewPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(new MasterIdsModel(controller, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_idsSource(new QLabel(this))
    , m_loadIds(new QPushButton(tr("Load &IDs file…"), this))
    , m_dcosOrder(new QPushButton(tr("Sort in &DC/OS order"), this))
    , m_idsError(new InlineMessage(this))
    , m_phaseA(new QLineEdit(this))
    , m_copyPhaseA(new QPushButton(tr("Copy"), this))
    , m_phaseB(new QLineEdit(this))
    , m_copyPhaseB(new QPushButton(tr("Copy"), this))
    , m_phaseBReason(new QLabel(this))
    , m_restartNote(new QLabel(this))
    , m_issues(new InlineMessage(this))
    , m_diff(new QPlainTextEdit(this))
{
    setTitle(tr("Preview the migration"));
    setSubTitle(tr("Check every master's current ZooKeeper ID: Phase A keeps it, Phase B renumbers the "
                   "masters the way DC/OS will. Nothing has been written to any master yet."));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MasterIdsModel::SortRole);

    auto *tableLabel = new QLabel(tr("&Masters and their ZooKeeper IDs:"), this);
    tableLabel->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("mastersTable"));
    m_table->setAccessibleName(tr("Masters and their ZooKeeper IDs"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(MasterIdsModel::CurrentIdColumn, new CurrentIdDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Compact rows, and room for a usual DC/OS cluster (3 or 5 masters) without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 5 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setSortingEnabled(true);
    sortInDcosOrder();

    m_idsSource->setObjectName(QStringLiteral("idsSource"));
    m_idsSource->setWordWrap(true);
    m_idsSource->setTextFormat(Qt::PlainText);
    m_loadIds->setObjectName(QStringLiteral("loadIdsButton"));
    m_loadIds->setAccessibleName(tr("Load the current IDs from a file"));
    m_loadIds->setToolTip(tr("A text file with one \"<ip> <id>\" line per master."));
    m_dcosOrder->setObjectName(QStringLiteral("dcosOrderButton"));
    m_dcosOrder->setAccessibleName(tr("Sort the masters in DC/OS order"));
    m_dcosOrder->setToolTip(tr("master_list sorted as text, the order in which DC/OS numbers the masters."));
    m_idsError->setObjectName(QStringLiteral("idsError"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *phaseALabel = new QLabel(tr("Phase &A ensemble (current IDs):"), this);
    phaseALabel->setBuddy(m_phaseA);
    m_phaseA->setObjectName(QStringLiteral("phaseAEnsemble"));
    m_phaseA->setAccessibleName(tr("Phase A ensemble"));
    m_phaseA->setReadOnly(true);
    m_phaseA->setFont(fixed);
    m_copyPhaseA->setObjectName(QStringLiteral("copyPhaseAButton"));
    m_copyPhaseA->setAccessibleName(tr("Copy the Phase A ensemble"));

    auto *phaseBLabel = new QLabel(tr("Phase B ensemble (&canonical IDs):"), this);
    phaseBLabel->setBuddy(m_phaseB);
    m_phaseB->setObjectName(QStringLiteral("phaseBEnsemble"));
    m_phaseB->setAccessibleName(tr("Phase B ensemble"));
    m_phaseB->setReadOnly(true);
    m_phaseB->setFont(fixed);
    m_copyPhaseB->setObjectName(QStringLiteral("copyPhaseBButton"));
    m_copyPhaseB->setAccessibleName(tr("Copy the Phase B ensemble"));

    m_phaseBReason->setObjectName(QStringLiteral("phaseBReason"));
    m_phaseBReason->setWordWrap(true);
    m_phaseBReason->setTextFormat(Qt::PlainText);
    m_phaseBReason->setAccessibleName(tr("Whether Phase B is needed"));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setAccessibleName(tr("Restart order"));
    m_issues->setObjectName(QStringLiteral("planIssues"));

    auto *diffLabel = new QLabel(tr("Changes to config.yaml (&unified diff):"), this);
    diffLabel->setBuddy(m_diff);
    m_diff->setObjectName(QStringLiteral("configDiff"));
    m_diff->setAccessibleName(tr("Changes to config.yaml"));
    m_diff->setReadOnly(true);
    m_diff->setFont(fixed);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setTabChangesFocus(true);

    auto *idsRow = new QHBoxLayout;
    idsRow->addWidget(m_idsSource, 1);
    idsRow->addWidget(m_dcosOrder);
    idsRow->addWidget(m_loadIds);

    auto *ensembles = new QGridLayout;
    ensembles->addWidget(phaseALabel, 0, 0);
    ensembles->addWidget(m_phaseA, 0, 1);
    ensembles->addWidget(m_copyPhaseA, 0, 2);
    ensembles->addWidget(phaseBLabel, 1, 0);
    ensembles->addWidget(m_phaseB, 1, 1);
    ensembles->addWidget(m_copyPhaseB, 1, 2);
    ensembles->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 2);
    layout->addLayout(idsRow);
    layout->addWidget(m_idsError);
    layout->addLayout(ensembles);
    layout->addWidget(m_phaseBReason);
    layout->addWidget(m_restartNote);
    layout->addWidget(m_issues);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 3);

    setTabOrder(m_table, m_dcosOrder);
    setTabOrder(m_dcosOrder, m_loadIds);
    setTabOrder(m_loadIds, m_phaseA);
    setTabOrder(m_phaseA, m_copyPhaseA);
    setTabOrder(m_copyPhaseA, m_phaseB);
    setTabOrder(m_phaseB, m_copyPhaseB);
    setTabOrder(m_copyPhaseB, m_diff);

    connect(m_loadIds, &QPushButton::clicked, this, &PlanPreviewPage::loadIdsFile);
    connect(m_dcosOrder, &QPushButton::clicked, this, &PlanPreviewPage::sortInDcosOrder);
    connect(m_copyPhaseA, &QPushButton::clicked, this, [this] { copyToClipboard(m_phaseA); });
    connect(m_copyPhaseB, &QPushButton::clicked, this, [this] { copyToClipboard(m_phaseB); });
    connect(m_controller, &WizardController::planChanged, this, &PlanPreviewPage::showPlan);
    connect(m_controller, &WizardController::busyChanged, this, &PlanPreviewPage::showControllerState);
    connect(m_controller, &WizardController::errorTextChanged, this, &PlanPreviewPage::showControllerState);
    showPlan();
    showControllerState();
}

bool PlanPreviewPage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->planIsValid();
}

void PlanPreviewPage::showPlan()
{
    const MigrationPlan &plan = m_controller->plan();
    const bool haveConfig = m_controller->hasValidConfig();
    const bool valid = m_controller->planIsValid();

    if (!haveConfig)
        m_idsSource->clear();
    else if (m_controller->currentIds().isEmpty())
        m_idsSource->setText(tr("No current IDs yet: type each master's ID into the table, or load a file "
                                "with one \"<ip> <id>\" line per master."));
    else if (!m_controller->idsEdited())
        m_idsSource->setText(tr("Current IDs from %1. Correct any that are wrong in the table.")
                                 .arg(m_controller->idsFileName()));
    else if (!m_controller->idsFileName().isEmpty())
        m_idsSource->setText(tr("Current IDs from %1, corrected in the table.").arg(m_controller->idsFileName()));
    else
        m_idsSource->setText(tr("Current IDs as typed into the table."));

    // Phase B is known from master_list alone; Phase A needs a valid current ID for every master.
    m_phaseA->setText(plan.phaseA().toString());
    m_phaseA->setPlaceholderText(haveConfig ? tr("Needs a valid current ID for every master") : QString());
    m_phaseB->setText(plan.phaseB().toString());
    // Show each ensemble from its start: the first IDs are the ones to compare.
    m_phaseA->setCursorPosition(0);
    m_phaseB->setCursorPosition(0);
    m_copyPhaseA->setEnabled(!m_phaseA->text().isEmpty());
    m_copyPhaseB->setEnabled(!m_phaseB->text().isEmpty());

    if (valid) {
        m_phaseBReason->setText(plan.phaseBReason());
        m_restartNote->setText(plan.restartNote());
    } else {
        m_phaseBReason->setText(haveConfig ? tr("Whether Phase B is needed is known once every master has a "
                                                "valid current ID.")
                                           : QString());
        m_restartNote->clear();
    }

    QStringList problems;
    if (haveConfig) {
        for (const auto &issue : plan.issues())
            problems << issue.toString();
    }
    m_issues->setMessage(InlineMessage::Kind::Error, problems.join(QLatin1Char('\n')));

    // The plan has the config.yaml change even while the IDs are wrong: it does not depend on them.
    m_diff->setPlainText(plan.configYamlDiff());

    Q_EMIT completeChanged();
}

void PlanPreviewPage::showControllerState()
{
    m_idsError->setMessage(InlineMessage::Kind::Error, m_controller->errorText());
    Q_EMIT completeChanged();
}

void PlanPreviewPage::loadIdsFile()
{
    // open() rather than getOpenFileName(): the dialog is window-modal without a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Open an IDs file"), QString(),
                                   tr("IDs files (*.txt *.ids);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_controller, &WizardController::loadIdsFile);
    dialog->open();
}

void PlanPreviewPage::sortInDcosOrder()
{
    // DC/OS numbers master_list sorted as strings; the IP column's sort role is the plain string.
    m_table->sortByColumn(MasterIdsModel::IpColumn, Qt::AscendingOrder);
}

void PlanPreviewPage::copyToClipboard(const QLineEdit *field)
{
    QGuiApplication::clipboard()->setText(field->text());
}
