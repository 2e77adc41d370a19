#pragma once

#include <QWidget>

class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class WizardController;

// What the migration will do, before anything touches a master: the Phase A and Phase B
// ensembles (copyable), whether Phase B is needed and why, the restart order (leader last), each
// master's env file diff per phase, and the config.yaml diff. Renders WizardController's plan and
// what DiscoveryController read (leader, env files); holds no state of its own.
class PlanPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPreviewPanel(WizardController *controller, QWidget *parent = nullptr);

    // The first and last of the panel's focusable controls, for the page's tab order.
    QWidget *firstFocusWidget() const;

private:
    void showPlan();
    void showEnvDiff();
    QString restartOrder() const;
    void copyToClipboard(const QLineEdit *field);

    WizardController *m_controller;
    QLineEdit *m_phaseA;
    QPushButton *m_copyPhaseA;
    QLineEdit *m_phaseB;
    QPushButton *m_copyPhaseB;
    QLabel *m_phaseBReason;
    QLabel *m_restartOrder;
    InlineMessage *m_issues;
    QTabWidget *m_diffs;
    QPlainTextEdit *m_configDiff;
    QComboBox *m_envMaster;
    QComboBox *m_envPhase;
    QPlainTextEdit *m_envDiff;
};
