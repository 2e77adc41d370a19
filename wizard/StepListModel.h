#pragma once

#include "RunController.h"

#include "migration/MigrationTypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

class WizardController;

// The wizard's steps as a list beside its pages (Calamares' step list): Import, Connect,
// Discover, Preflight, Backup, Phase A, Phase B, Verify, Summary (and Roll back once the run
// turns into a rollback), each done, current, skipped, stopped, failed or still to do.
//
// The state comes from two places: the page the wizard shows and what the run reports
// (RunController: the phase it runs or waits to confirm, how it ended). Everything it needs is
// one Input, so the rules are tested with no widgets and no run (TestStepListModel); the panel
// beside the pages (StepListPanel) builds the Input on every page change and run change. Only
// the rows whose state changed are announced: the run changes several times a second.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Step { Import, Connect, Discover, Preflight, Backup, PhaseA, PhaseB, Verify, Rollback, Summary };
    Q_ENUM(Step)
    enum class State { Pending, Current, Done, Skipped, Stopped, Failed };
    Q_ENUM(State)
    static constexpr int StepRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    struct Input
    {
        int page = 0; // WizardPageId; 0: none yet
        RunController::Intent intent = RunController::Intent::Migrate;
        // The plan needs no Phase B (every ID already canonical); why, for the step's tooltip.
        bool phaseBSkipped = false;
        QString phaseBReason;
        // The phase the run is in or waits to confirm (awaiting: the engine waits before it).
        std::optional<Phase> reached;
        bool awaiting = false;
        bool finished = false;
        RunOutcome outcome = RunOutcome::Failed;
    };

    explicit StepListModel(QObject *parent = nullptr);

    // What the wizard's controller says now, on the given page.
    static Input inputFrom(const WizardController *controller, int page);
    void update(const Input &input);

    QList<Step> steps() const { return m_steps; }
    State state(Step step) const;
    static QString title(Step step);
    static QString stateText(State state);
    // The step a wizard page belongs to (the Resume page: Import, where the wizard starts).
    static std::optional<Step> stepForPage(int page);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    State compute(Step step, const Input &input) const;
    State runState(Step step, const Input &input) const;
    QString detail(Step step, State state) const;

    QList<Step> m_steps;
    QList<State> m_states;
    Input m_input;
    // The migration's steps as its run last showed them: when it turns into a rollback (which
    // starts a run of its own), they keep how far the migration got.
    QList<std::pair<Step, State>> m_migration;
};
