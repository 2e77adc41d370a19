#include "MigrationWizard.h"

#include "ConnectionPage.h"
#include "DiscoveryPage.h"
#include "ImportPage.h"
#include "ResumePage.h"
#include "RunController.h"
#include "RunPages.h"
#include "StepListPanel.h"
#include "SummaryPage.h"
#include "WizardController.h"
#include "WizardPageId.h"

#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
    , m_controller(new WizardController(this))
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Exhibitor Migration Wizard"));
    // Hand-written SVG: drawn by Qt's SVG icon plugin (Debian: libqt6svg6) where it is installed.
    setWindowIcon(QIcon(QStringLiteral(":/icons/exhibitor-wizard.svg")));
    setAccessibleName(tr("Exhibitor Migration Wizard"));
    // The same look on every platform: the pages are dense, and ModernStyle gives them the room.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // The Summary ends a run: going back would show a finished run page as if it could be run
    // again. What is left to do from there (roll back) has a button of its own.
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(760, 620);
    resize(960, 800); // main() restores the operator's own size over this

    auto *importPage = new ImportPage(m_controller, this);
    importPage->setObjectName(QStringLiteral("importPage"));
    setPage(WizardPageId::Import, importPage);

    auto *connectionPage = new ConnectionPage(m_controller, this);
    connectionPage->setObjectName(QStringLiteral("connectionPage"));
    setPage(WizardPageId::Connect, connectionPage);

    auto *discoveryPage = new DiscoveryPage(m_controller, this);
    discoveryPage->setObjectName(QStringLiteral("discoveryPage"));
    setPage(WizardPageId::Discover, discoveryPage);

    auto *summaryPage = new SummaryPage(m_controller, this);
    summaryPage->setObjectName(QStringLiteral("summaryPage"));
    setPage(WizardPageId::Summary, summaryPage);

    // Preflight, the Confirm and Run pages of every phase and of the rollback, the Roll back button.
    RunPages::install(this, m_controller);

    // An unfinished run is offered before anything else once main()'s scan finds one.
    auto *resumePage = new ResumePage(m_controller, this);
    resumePage->setObjectName(QStringLiteral("resumePage"));
    setPage(WizardPageId::Resume, resumePage);
    connect(resumePage, &ResumePage::scanFinished, this, [this](bool found) {
        if (found && currentId() == WizardPageId::Import) {
            setStartId(WizardPageId::Resume);
            restart();
        }
    });

    // Where the migration stands, beside every page.
    setSideWidget(new StepListPanel(this, m_controller));

    setStartId(WizardPageId::Import);
}

void MigrationWizard::done(int result)
{
    if (m_controller->run()->isRunning() && !m_closeAfterRun) {
        askBeforeClosingDuringRun(result);
        return;
    }
    QWizard::done(result);
}

void MigrationWizard::askBeforeClosingDuringRun(int result)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("A phase is running"),
        tr("The wizard is changing the masters right now. Closing it stops the run after "
           "the current step (a restart always finishes its settle gate first); the journal "
           "then lets you resume or roll back when you start the wizard again."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeDuringRunBox"));
    QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    QPushButton *stop = box->addButton(tr("&Stop after this step and close"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopAndCloseButton"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop, result](QAbstractButton *clicked) {
        if (clicked != stop)
            return;
        m_closeAfterRun = true;
        RunController *run = m_controller->run();
        connect(
            run, &RunController::runFinished, this, [this, result] { QWizard::done(result); },
            Qt::SingleShotConnection);
        run->cancel();
    });
    box->open();
}
