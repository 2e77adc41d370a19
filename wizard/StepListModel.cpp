#include "StepListModel.h"

#include "StatusIcon.h"
#include "WizardController.h"
#include "WizardPageId.h"

#include "config/MigrationPlan.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace {

using Step = StepListModel::Step;
using State = StepListModel::State;

// The steps a rollback remembers of the migration before it: Discover and those its run covers.
bool isRunStep(Step step)
{
    return step == Step::Discover || step == Step::Preflight || step == Step::Backup || step == Step::PhaseA || step == Step::PhaseB ||
           step == Step::Verify;
}

Step stepForPhase(Phase phase)
{
    switch (phase) {
    case Phase::Preflight:
    case Phase::Inspect: // a resume's first look at the masters takes the preflight's place
        return Step::Preflight;
    case Phase::Backup:
        return Step::Backup;
    case Phase::PhaseA:
        return Step::PhaseA;
    case Phase::PhaseB:
        return Step::PhaseB;
    case Phase::Verify:
    case Phase::Finish: // writing the new config.yaml ends the verified run
        return Step::Verify;
    case Phase::Rollback:
        return Step::Rollback;
    }
    return Step::Preflight;
}

// Shapes for the two states without an icon of their own, painted once: an empty ring (still to
// do) and a ring around a square (stopped, as on a player). The shape carries the state as much
// as the colour does, and the text says it again.
QIcon paintedIcon(State state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor grey(0x75, 0x75, 0x75);
    painter.setPen(QPen(grey, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    if (state == State::Stopped) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(grey);
        painter.drawRect(QRectF(11, 11, 10, 10));
    }
    painter.end();
    return QIcon(pixmap);
}

QIcon iconFor(State state)
{
    switch (state) {
    case State::Done:
        return StatusIcon::icon(StatusIcon::Kind::Passed);
    case State::Current:
        return StatusIcon::icon(StatusIcon::Kind::Busy);
    case State::Skipped:
        return StatusIcon::icon(StatusIcon::Kind::Skipped);
    case State::Failed:
        return StatusIcon::icon(StatusIcon::Kind::Failed);
    case State::Pending:
    case State::Stopped:
        break;
    }
    // Made once, like StatusIcon's, and kept for the life of the process.
    static const QIcon *const pending = new QIcon(paintedIcon(State::Pending));
    static const QIcon *const stopped = new QIcon(paintedIcon(State::Stopped));
    return state == State::Stopped ? *stopped : *pending;
}

} // namespace

StepListModel::StepListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    update(Input{});
}

StepListModel::Input StepListModel::inputFrom(const WizardController *controller, int page)
{
    Input input;
    input.page = page;
    const RunController *run = controller->run();
    input.intent = run->intent();
    if (controller->planIsValid() && !controller->plan().phaseBNeeded()) {
        input.phaseBSkipped = true;
        input.phaseBReason = controller->plan().phaseBReason();
    }
    if (const auto awaiting = run->awaitingPhase()) {
        input.reached = awaiting;
        input.awaiting = true;
    } else {
        input.reached = run->currentPhase();
    }
    input.finished = run->hasFinished();
    input.outcome = run->outcome();
    return input;
}

std::optional<StepListModel::Step> StepListModel::stepForPage(int page)
{
    switch (page) {
    case WizardPageId::Resume:
    case WizardPageId::Import:
        return Step::Import;
    case WizardPageId::Connect:
        return Step::Connect;
    case WizardPageId::Discover:
        return Step::Discover;
    case WizardPageId::Preflight:
        return Step::Preflight;
    case WizardPageId::ConfirmBackup:
    case WizardPageId::RunBackup:
        return Step::Backup;
    case WizardPageId::ConfirmPhaseA:
    case WizardPageId::RunPhaseA:
        return Step::PhaseA;
    case WizardPageId::ConfirmPhaseB:
    case WizardPageId::RunPhaseB:
        return Step::PhaseB;
    case WizardPageId::ConfirmVerify:
    case WizardPageId::RunVerify:
        return Step::Verify;
    case WizardPageId::Summary:
        return Step::Summary;
    case WizardPageId::ConfirmRollback:
    case WizardPageId::RunRollback:
        return Step::Rollback;
    default:
        break;
    }
    return std::nullopt;
}

StepListModel::State StepListModel::runState(Step step, const Input &input) const
{
    const auto page = stepForPage(input.page);
    if (input.reached) {
        const Step reached = stepForPhase(*input.reached);
        if (input.finished && input.outcome == RunOutcome::Succeeded)
            return State::Done;
        if (int(step) < int(reached))
            return State::Done;
        if (step == reached) {
            if (input.finished)
                return input.outcome == RunOutcome::Cancelled ? State::Stopped : State::Failed;
            // Waiting for the operator's go on the step's Confirm page: current while it shows.
            if (input.awaiting)
                return page == step ? State::Current : State::Pending;
            return State::Current;
        }
    }
    return page == step ? State::Current : State::Pending;
}

StepListModel::State StepListModel::compute(Step step, const Input &input) const
{
    const auto page = stepForPage(input.page);
    auto byPage = [&] {
        if (!page)
            return State::Pending;
        if (int(step) < int(*page))
            return State::Done;
        return step == *page ? State::Current : State::Pending;
    };
    switch (step) {
    case Step::Import:
    case Step::Connect:
        return byPage();
    case Step::Discover:
        // A resume goes from Connect straight to where the run stopped (a rollback too, unless
        // it follows this session's migration: below).
        if (input.intent == RunController::Intent::Resume && page && int(*page) > int(Step::Discover))
            return State::Skipped;
        if (input.intent != RunController::Intent::Rollback)
            return byPage();
        break;
    case Step::Summary:
        return page == Step::Summary ? State::Current : State::Pending;
    case Step::Rollback:
        if (input.reached && *input.reached == Phase::Rollback)
            return runState(step, input);
        return page == Step::Rollback ? State::Current : State::Pending;
    default:
        break;
    }
    const bool migrationRunning = input.reached && *input.reached != Phase::Rollback;
    if (input.intent == RunController::Intent::Rollback && !migrationRunning) {
        // The rollback is a run of its own: the migration's steps keep how far it got; those it
        // did not reach were skipped, the one it was in when the rollback took over stopped.
        for (const auto &[remembered, state] : m_migration) {
            if (remembered != step)
                continue;
            switch (state) {
            case State::Done:
            case State::Failed:
            case State::Skipped:
            case State::Stopped:
                return state;
            case State::Current:
                return State::Stopped;
            case State::Pending:
                break;
            }
        }
        return State::Skipped;
    }
    if (step == Step::PhaseB && input.phaseBSkipped)
        return State::Skipped;
    return runState(step, input);
}

void StepListModel::update(const Input &input)
{
    QList<Step> steps{Step::Import, Step::Connect, Step::Discover, Step::Preflight, Step::Backup,
                      Step::PhaseA, Step::PhaseB,  Step::Verify};
    if (input.intent == RunController::Intent::Rollback)
        steps << Step::Rollback;
    steps << Step::Summary;
    QList<State> states;
    for (const Step step : steps)
        states << compute(step, input);

    const bool rollbackRun = input.intent == RunController::Intent::Rollback &&
                             !(input.reached && *input.reached != Phase::Rollback);
    if (!rollbackRun) {
        m_migration.clear();
        for (qsizetype row = 0; row < steps.size(); ++row) {
            if (isRunStep(steps.at(row)))
                m_migration << std::pair{steps.at(row), states.at(row)};
        }
    }
    m_input = input;
    if (steps != m_steps) {
        beginResetModel();
        m_steps = steps;
        m_states = states;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < states.size(); ++row) {
        if (states.at(row) == m_states.at(row))
            continue;
        m_states[row] = states.at(row);
        const QModelIndex changed = index(int(row));
        Q_EMIT dataChanged(changed, changed);
    }
}

StepListModel::State StepListModel::state(Step step) const
{
    const qsizetype row = m_steps.indexOf(step);
    return row < 0 ? State::Pending : m_states.at(row);
}

QString StepListModel::title(Step step)
{
    switch (step) {
    case Step::Import:
        return tr("Import");
    case Step::Connect:
        return tr("Connect");
    case Step::Discover:
        return tr("Discover");
    case Step::Preflight:
        return tr("Preflight");
    case Step::Backup:
        return tr("Backup");
    case Step::PhaseA:
        return tr("Phase A");
    case Step::PhaseB:
        return tr("Phase B");
    case Step::Verify:
        return tr("Verify");
    case Step::Rollback:
        return tr("Roll back");
    case Step::Summary:
        return tr("Summary");
    }
    return QString();
}

QString StepListModel::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("to do");
    case State::Current:
        return tr("current");
    case State::Done:
        return tr("done");
    case State::Skipped:
        return tr("skipped");
    case State::Stopped:
        return tr("stopped");
    case State::Failed:
        return tr("failed");
    }
    return QString();
}

QString StepListModel::detail(Step step, State state) const
{
    if (step == Step::PhaseB && state == State::Skipped && m_input.phaseBSkipped && !m_input.phaseBReason.isEmpty())
        return m_input.phaseBReason;
    if (step == Step::Discover && state == State::Skipped)
        return tr("a resume or a rollback uses the IDs its journal recorded");
    if (state == State::Stopped)
        return tr("the run stopped here; the journal keeps where, for a resume or a rollback");
    return QString();
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const Step step = m_steps.at(index.row());
    const State state = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The state in words on the step's second line: the icon's shape and colour never alone.
        return tr("%1\n%2").arg(title(step), stateText(state));
    case Qt::AccessibleTextRole: {
        const QString text = tr("%1: %2").arg(title(step), stateText(state));
        const QString why = detail(step, state);
        return why.isEmpty() ? text : tr("%1 (%2)").arg(text, why);
    }
    case Qt::ToolTipRole: {
        const QString why = detail(step, state);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case Qt::DecorationRole:
        return iconFor(state);
    case Qt::FontRole:
        if (state == State::Current) {
            QFont font = QGuiApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case StepRole:
        return QVariant::fromValue(step);
    case StateRole:
        return QVariant::fromValue(state);
    default:
        break;
    }
    return {};
}
