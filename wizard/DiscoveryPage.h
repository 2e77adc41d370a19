#pragma once

#include "CompleteSignal.h"

#include <QWizardPage>

class InlineMessage;
class PlanPreviewPanel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class WizardController;

// Step 3: what discovery found on every master, in a sortable, filterable table (disagreements
// highlighted, the reason in each cell's tooltip), and below it the preview of the migration
// (PlanPreviewPanel). Next stays disabled until every master has an agreed ID (or one the
// operator chose among its sources' IDs) and the plan is valid.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DiscoveryPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The dry-run script was written (ok) or could not be (the page shows why).
    void scriptExported(const QString &path, bool ok);

private:
    void showState();
    void updateChooseButton();
    void chooseId();
    void exportScript();
    void writeScript(const QString &path);
    QString selectedMaster() const;

    WizardController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_rediscover;
    QPushButton *m_cancel;
    QPushButton *m_choose;
    QPushButton *m_export;
    InlineMessage *m_problems;
    InlineMessage *m_exportMessage;
    PlanPreviewPanel *m_preview;
    QSplitter *m_splitter;
    CompleteSignal m_completeSignal;
};
