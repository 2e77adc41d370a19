#pragma once

#include "migration/MigrationTypes.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class Discovery;
class DiscoveryModel;
class WizardController;

// Step 3: runs Discovery over ConnectionController's connections, feeds DiscoveryModel, and hands
// the agreed IDs to WizardController (setDiscoveredIds), which rebuilds the plan the preview shows.
//
// A master whose sources disagree gets no ID until the operator chooses one of the IDs its
// sources found (chooseId): the plan never resolves a disagreement by itself.
class DiscoveryController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    explicit DiscoveryController(WizardController *wizard);
    ~DiscoveryController() override;

    Discovery *discovery() const { return m_discovery; }
    DiscoveryModel *model() const { return m_model; }

    bool isRunning() const;
    // A run finished since the last start (cancelled or not).
    bool hasResults() const { return m_finished; }
    // Masters done so far and in all, for a progress bar.
    int finishedCount() const { return m_finishedMasters.size(); }
    int masterCount() const;
    // Each master's last step ("connecting", "discovering", ...), translated by the engine.
    QString progressOf(const QString &master) const { return m_progress.value(master); }

    // The master ZooKeeper called leader, empty if none did.
    QString leader() const;
    // master -> the env file discovery read (empty for masters whose file could not be read).
    QMap<QString, QByteArray> envFiles() const;
    // What the engine writes to a master's env file in a phase (PhaseA or PhaseB), from the file
    // discovery read and the plan's ensemble; empty without the file or a valid plan.
    QByteArray staticEnvFor(const QString &master, Phase phase) const;
    // Unified diff of a master's env file, now -> after the phase (secret-looking values redacted).
    QString envDiffFor(const QString &master, Phase phase) const;

    // Masters whose sources disagree and the IDs their sources found; an operator's choice.
    QStringList disagreeingMasters() const;
    QList<int> candidateIds(const QString &master) const;
    QMap<QString, int> chosenIds() const { return m_chosen; }
    // Every master reachable, each with an agreed (or chosen) ID, and the plan valid.
    bool isComplete() const;
    // Why isComplete() is false, one line each (empty while it is true).
    QStringList problems() const;

public Q_SLOTS:
    // Starts over on every master of the plan (ConnectionController's targets when its
    // connections have none yet).
    void start();
    void cancel();
    // Takes id (one of candidateIds(master)) for a master whose sources disagree; 0 undoes it.
    void chooseId(const QString &master, int id);

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged();
    void finished();
    // The IDs handed to the plan, the completeness or the leader changed.
    void stateChanged();

private:
    void onFinished();
    void handIdsToPlan();

    WizardController *m_wizard;
    Discovery *m_discovery;
    DiscoveryModel *m_model;
    bool m_finished = false;
    QMap<QString, QString> m_progress;
    QStringList m_finishedMasters;
    QMap<QString, int> m_chosen;
};
