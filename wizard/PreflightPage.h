#pragma once

#include "CompleteSignal.h"

#include <QTimer>
#include <QWizardPage>

class InlineMessage;
class StaleLockButton;
class LogPane;
class QLabel;
class QTreeWidget;
class WizardController;
struct CheckResult;

// Preflight (read-only): entering the page starts the run, which checks every master before it
// changes anything; each check is listed with a pass/fail icon and why. For a resume the run
// first inspects where the earlier run stopped. Next once the run waits for its first
// confirmation; on a failed check the page says why and stays.
class PreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    PreflightPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void addCheck(const CheckResult &check);
    void showState();

    WizardController *m_controller;
    QLabel *m_state;
    QTreeWidget *m_checks;
    QTimer m_fitColumns;
    InlineMessage *m_message;
    // Shown when a stale lock file refused the run: asks, naming its holder, then takes it over.
    StaleLockButton *m_takeOver;
    LogPane *m_log;
    CompleteSignal m_completeSignal;
};
