#pragma once

#include <QWizardPage>

class InlineMessage;
class MasterIdsModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class WizardController;

// The preview: what the migration will do, before anything touches a master. A sortable table
// of masters and IDs (current IDs editable, or loaded from an "<ip> <id>" file), the Phase A
// and Phase B ensembles, whether Phase B is needed and why, the restart order, and the
// config.yaml diff.
// Next stays disabled while the plan has problems; they are listed on the page.
class PlanPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlanPreviewPage(WizardController *controller, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void showPlan();
    void showControllerState();
    void loadIdsFile();
    void sortInDcosOrder();
    void copyToClipboard(const QLineEdit *field);

    WizardController *m_controller;
    MasterIdsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_idsSource;
    QPushButton *m_loadIds;
    QPushButton *m_dcosOrder;
    InlineMessage *m_idsError;
    QLineEdit *m_phaseA;
    QPushButton *m_copyPhaseA;
    QLineEdit *m_phaseB;
    QPushButton *m_copyPhaseB;
    QLabel *m_phaseBReason;
    QLabel *m_restartNote;
    InlineMessage *m_issues;
    QPlainTextEdit *m_diff;
};
