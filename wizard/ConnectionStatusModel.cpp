#include "ConnectionStatusModel.h"

#include <QBrush>

ConnectionStatusModel::ConnectionStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConnectionStatusModel::setMasters(const QStringList &masters)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &master : masters)
        m_rows.append(Row { master, SshState::Disconnected, {}, {} });
    endResetModel();
}

QStringList ConnectionStatusModel::masters() const
{
    QStringList result;
    for (const Row &row : m_rows)
        result << row.master;
    return result;
}

void ConnectionStatusModel::resetStates()
{
    for (Row &row : m_rows) {
        row.state = SshState::Disconnected;
        row.error.clear();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, ErrorColumn));
}

void ConnectionStatusModel::setState(const QString &master, SshState state)
{
    const int row = rowOf(master);
    if (row < 0 || m_rows.at(row).state == state)
        return;
    m_rows[row].state = state;
    // A new attempt starts clean; a failure keeps the error that setError() brings.
    if (state == SshState::Connecting || state == SshState::Connected)
        m_rows[row].error.clear();
    Q_EMIT dataChanged(index(row, StateColumn), index(row, ErrorColumn));
}

void ConnectionStatusModel::setVia(const QString &master, const QString &via)
{
    const int row = rowOf(master);
    if (row < 0 || m_rows.at(row).via == via)
        return;
    m_rows[row].via = via;
    changed(row, ViaColumn);
}

void ConnectionStatusModel::setError(const QString &master, const QString &error)
{
    const int row = rowOf(master);
    if (row < 0 || m_rows.at(row).error == error)
        return;
    m_rows[row].error = error;
    changed(row, ErrorColumn);
}

SshState ConnectionStatusModel::state(const QString &master) const
{
    const int row = rowOf(master);
    return row < 0 ? SshState::Disconnected : m_rows.at(row).state;
}

QString ConnectionStatusModel::error(const QString &master) const
{
    const int row = rowOf(master);
    return row < 0 ? QString() : m_rows.at(row).error;
}

QString ConnectionStatusModel::via(const QString &master) const
{
    const int row = rowOf(master);
    return row < 0 ? QString() : m_rows.at(row).via;
}

QString ConnectionStatusModel::stateText(SshState state)
{
    switch (state) {
    case SshState::Disconnected:
        return tr("Not connected");
    case SshState::Connecting:
        return tr("Connecting…");
    case SshState::AwaitingHostKeyDecision:
        return tr("Waiting for your host key decision");
    case SshState::Authenticating:
        return tr("Logging in…");
    case SshState::Connected:
        return tr("Connected");
    case SshState::Failed:
        return tr("Failed");
    }
    return {};
}

int ConnectionStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case MasterColumn:
            return row.master;
        case StateColumn:
            return stateText(row.state);
        case ViaColumn:
            return row.via;
        case ErrorColumn:
            return row.error;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && row.state == SshState::Failed)
        return QBrush(Qt::red);
    return {};
}

QVariant ConnectionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MasterColumn:
        return tr("Master");
    case StateColumn:
        return tr("State");
    case ViaColumn:
        return tr("Via");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

int ConnectionStatusModel::rowOf(const QString &master) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).master == master)
            return row;
    }
    return -1;
}

void ConnectionStatusModel::changed(int row, int column)
{
    Q_EMIT dataChanged(index(row, column), index(row, column));
}
