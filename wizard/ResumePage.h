#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWizardPage>

class InlineMessage;
class QLabel;
class QPushButton;
class WizardController;

// Shown first when a run was left unfinished (crash, lost connection, cancel, failure): which
// cluster, which masters, where it stopped and when. Resume and Roll back load the run's
// config.yaml and go on to the Connection page; Discard puts the journal aside (renamed, never
// deleted) after asking.
class ResumePage : public QWizardPage
{
    Q_OBJECT

public:
    // What the page shows of one unfinished journal.
    struct UnfinishedRun
    {
        QString journalPath;
        QString clusterName;
        QStringList masters;
        QString configFile;
        QString configSha256;
        QString stateText;
        QString stoppedAt; // the last operation that did not finish, with its master and message
        QDateTime updated;
        // Another process (a CLI, a second wizard) holds the run's lock: the run is going on now.
        bool runningNow = false;
    };

    explicit ResumePage(WizardController *controller, QWidget *parent = nullptr);

    // The unfinished journals in dir (newest first); blocking, for the scan's worker.
    static QList<UnfinishedRun> findUnfinishedRuns(const QString &journalDir);
    static QString defaultJournalDir(); // MigrationPaths::dataDir()/journals

    // Scans off the GUI thread; scanFinished() follows, and the page shows the newest run.
    void scan(const QString &journalDir = defaultJournalDir());
    bool hasUnfinishedRun() const { return !m_runs.isEmpty(); }
    QList<UnfinishedRun> unfinishedRuns() const { return m_runs; }

    int nextId() const override;
    bool isComplete() const override;

Q_SIGNALS:
    void scanFinished(bool found);
    void discarded(const QString &newPath);

private:
    void showRuns(const QList<UnfinishedRun> &runs);
    void choose(bool rollback);
    void continueWith(bool rollback);
    void askDiscard();
    void discard();

    WizardController *m_controller;
    QString m_journalDir;
    QList<UnfinishedRun> m_runs;
    bool m_chosen = false;
    QLabel *m_details;
    QPushButton *m_resume;
    QPushButton *m_rollback;
    QPushButton *m_discard;
    InlineMessage *m_message;
};
