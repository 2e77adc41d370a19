#pragma once

#include <QWizardPage>

class InlineMessage;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class WizardController;

// Page 1: pick the cluster's config.yaml (typed path, file dialog, drag and drop, the recent
// list) or the embedded demo cluster; or start the demo cluster itself (DemoCluster) with its
// progress shown here. Problems appear inline, one per line with file:line;
// Next stays disabled until a valid config is loaded.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(WizardController *controller, QWidget *parent = nullptr);

    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadPath(const QString &path);
    void loadTypedPath();
    void browse();
    void loadRecent(QListWidgetItem *item);
    void showControllerState();
    void showRecentConfigs();
    void showDemoState();
    void demoFinished(bool ok, const QString &message);

    WizardController *m_controller;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_load;
    QPushButton *m_demo;
    QPushButton *m_startDemo;
    QPushButton *m_connectDemo;
    QPushButton *m_cancelDemo;
    QPlainTextEdit *m_demoLog;
    InlineMessage *m_demoMessage;
    QListWidget *m_recent;
    QPushButton *m_clearRecent;
    QProgressBar *m_progress;
    QLabel *m_summary;
    InlineMessage *m_error;
};
