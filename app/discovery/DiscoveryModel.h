#pragma once

#include "MasterDiscovery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class Discovery;

// The wizard's discovery table: one row per master, in the order discovery reports them. QtCore
// only, so it lives in the engine and is tested without widgets. Sort through a
// QSortFilterProxyModel with setSortRole(DiscoveryModel::SortRole): the IP column then sorts as
// DC/OS sorts master_list (as strings: 10.0.0.10 before 10.0.0.9), ID columns as numbers.
class DiscoveryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Ip,
        CurrentId,   // the agreed ID, empty otherwise
        Journal,
        MyId,
        Conf,
        GetState,
        BackendSpec,
        Agreement,
        Mode,
        Zxid,
        Backend,     // EXHIBITOR_BACKEND
        Orig,        // exhibitor.orig: none, same, differs
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        ProblemRole,  // bool: this cell shows something the operator must resolve
        MasterRole    // QString: the row's master, in every column
    };

    explicit DiscoveryModel(QObject *parent = nullptr);

    // Follows a discovery run: rows appear at started() and change with every update.
    void setDiscovery(Discovery *discovery);
    void setResults(const QList<MasterDiscovery> &results);
    // Replaces the row of result.master(), or appends one.
    void updateResult(const MasterDiscovery &result);
    const QList<MasterDiscovery> &results() const { return m_results; }
    int rowOf(const QString &master) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The ID source shown in a column, if it shows one.
    static bool sourceOf(int column, IdSource *source);

private:
    QVariant display(const MasterDiscovery &result, int column) const;
    QVariant toolTip(const MasterDiscovery &result, int column) const;
    QVariant sortKey(const MasterDiscovery &result, int column) const;
    bool isProblem(const MasterDiscovery &result, int column) const;

    QList<MasterDiscovery> m_results;
    QPointer<Discovery> m_discovery;
};
