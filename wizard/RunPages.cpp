#include "RunPages.h"

#include "ConfirmPhasePage.h"
#include "PreflightPage.h"
#include "RunController.h"
#include "RunPhasePage.h"
#include "SudoPasswordDialog.h"
#include "WizardController.h"
#include "WizardPageId.h"

#include <QAbstractButton>
#include <QWizard>

namespace RunPages {

void install(QWizard *wizard, WizardController *controller)
{
    auto *preflight = new PreflightPage(controller, wizard);
    preflight->setObjectName(QStringLiteral("preflightPage"));
    wizard->setPage(WizardPageId::Preflight, preflight);

    const std::pair<Phase, int> pages[] = { { Phase::Backup, WizardPageId::ConfirmBackup },
                                            { Phase::PhaseA, WizardPageId::ConfirmPhaseA },
                                            { Phase::PhaseB, WizardPageId::ConfirmPhaseB },
                                            { Phase::Verify, WizardPageId::ConfirmVerify },
                                            { Phase::Rollback, WizardPageId::ConfirmRollback } };
    for (const auto &[phase, confirmId] : pages) {
        auto *confirm = new ConfirmPhasePage(phase, controller, wizard);
        confirm->setObjectName(QStringLiteral("confirmPage_") + phaseKey(phase));
        wizard->setPage(confirmId, confirm);
        auto *run = new RunPhasePage(phase, controller, wizard);
        run->setObjectName(QStringLiteral("runPage_") + phaseKey(phase));
        wizard->setPage(confirmId + 1, run);
    }

    wizard->setButtonText(QWizard::CustomButton1, QWizard::tr("R&oll back…"));
    QAbstractButton *rollback = wizard->button(QWizard::CustomButton1);
    rollback->setObjectName(QStringLiteral("rollbackButton"));
    rollback->setAccessibleName(QWizard::tr("Roll back to the original configuration"));
    rollback->setToolTip(QWizard::tr("Restores exhibitor.orig on every master, after a confirmation."));
    RunController *run = controller->run();
    auto update = [wizard, run] {
        const int id = wizard->currentId();
        const bool show
            = run->canRollBack() && id != WizardPageId::ConfirmRollback && id != WizardPageId::RunRollback;
        if (wizard->testOption(QWizard::HaveCustomButton1) != show)
            wizard->setOption(QWizard::HaveCustomButton1, show);
    };
    QObject::connect(wizard, &QWizard::currentIdChanged, wizard, update);
    QObject::connect(run, &RunController::changed, wizard, update);
    // A refused sudo password: asked again over whichever run page is showing.
    QObject::connect(run, &RunController::sudoPasswordNeeded, wizard, [wizard, run] {
        const auto question = run->sudoQuestion();
        if (!question)
            return;
        auto *dialog = new SudoPasswordDialog(question->master, question->user, question->reason, wizard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SudoPasswordDialog::answered, run, &RunController::answerSudoPassword);
        QObject::connect(dialog, &SudoPasswordDialog::cancelled, run, &RunController::declineSudoPassword);
        dialog->open();
    });
    QObject::connect(wizard, &QWizard::customButtonClicked, wizard, [wizard, run](int which) {
        if (which != QWizard::CustomButton1)
            return;
        // The rollback has its own confirmation; the pages of the interrupted run are left
        // behind for good (there is no way back into a phase).
        run->setIntent(RunController::Intent::Rollback);
        wizard->setStartId(WizardPageId::ConfirmRollback);
        wizard->restart();
    });
}

} // namespace RunPages
