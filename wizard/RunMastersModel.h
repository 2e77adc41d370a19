#pragma once

#include "migration/MigrationTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// Each master's state in the phase that runs (waiting, working, restarting, settling, settled,
// done, failed) next to what the last poll saw of its ZooKeeper, for the run pages' table.
class RunMastersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class State { Waiting, Working, Restarting, Settling, Settled, Done, Failed };
    Q_ENUM(State)
    enum Column { MasterColumn, StateColumn, ZooKeeperColumn, DetailColumn, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit RunMastersModel(QObject *parent = nullptr);

    void setMasters(const QStringList &masters);
    QStringList masters() const;
    void setState(const QString &master, State state, const QString &detail = QString());
    // Every master back to waiting (a new phase starts), the live column kept.
    void resetStates(State state = State::Waiting);
    void setLive(const LiveClusterState &live);
    State state(const QString &master) const;
    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString master;
        State state = State::Waiting;
        QString detail;
        bool polled = false;
        bool reachable = false;
        QString mode;
    };
    int rowOf(const QString &master) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};
