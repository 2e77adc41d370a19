#include "RunMastersModel.h"

#include "StatusIcon.h"

RunMastersModel::RunMastersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunMastersModel::setMasters(const QStringList &masters)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &master : masters)
        m_rows << Row { master, State::Waiting, {}, false, false, {} };
    endResetModel();
}

QStringList RunMastersModel::masters() const
{
    QStringList result;
    for (const Row &row : m_rows)
        result << row.master;
    return result;
}

int RunMastersModel::rowOf(const QString &master) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).master == master)
            return i;
    }
    return -1;
}

void RunMastersModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunMastersModel::setState(const QString &master, State state, const QString &detail)
{
    const int row = rowOf(master);
    if (row < 0)
        return;
    m_rows[row].state = state;
    m_rows[row].detail = detail;
    rowChanged(row);
}

void RunMastersModel::resetStates(State state)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rows[row].state = state;
        m_rows[row].detail.clear();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void RunMastersModel::setLive(const LiveClusterState &live)
{
    for (const LiveMasterState &master : live.masters) {
        const int row = rowOf(master.master);
        if (row < 0)
            continue;
        m_rows[row].polled = true;
        m_rows[row].reachable = master.reachable;
        m_rows[row].mode = master.mode;
        rowChanged(row);
    }
}

RunMastersModel::State RunMastersModel::state(const QString &master) const
{
    const int row = rowOf(master);
    return row < 0 ? State::Waiting : m_rows.at(row).state;
}

QString RunMastersModel::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("waiting");
    case State::Working:
        return tr("working");
    case State::Restarting:
        return tr("restarting");
    case State::Settling:
        return tr("settling");
    case State::Settled:
        return tr("settled");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    }
    return QString();
}

int RunMastersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunMastersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunMastersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        switch (row.state) {
        case State::Settled:
        case State::Done:
            return StatusIcon::icon(StatusIcon::Kind::Passed);
        case State::Failed:
            return StatusIcon::icon(StatusIcon::Kind::Failed);
        case State::Restarting:
        case State::Settling:
        case State::Working:
            return StatusIcon::icon(StatusIcon::Kind::Busy);
        case State::Waiting:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MasterColumn:
        return row.master;
    case StateColumn:
        return stateText(row.state);
    case ZooKeeperColumn:
        if (!row.polled)
            return role == Qt::DisplayRole ? QStringLiteral("–") : tr("not polled yet");
        if (!row.reachable)
            return tr("not running");
        return row.mode.isEmpty() ? tr("not serving") : row.mode;
    case DetailColumn:
        return row.detail;
    }
    return {};
}

QVariant RunMastersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MasterColumn:
        return tr("Master");
    case StateColumn:
        return tr("State");
    case ZooKeeperColumn:
        return tr("ZooKeeper");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}
