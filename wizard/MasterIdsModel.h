#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

class WizardController;

// The preview's table: one row per master in DC/OS order (master_list sorted as strings), with
// its current ID (editable), the canonical ID DC/OS will give it, and what Phase B changes.
// It holds no state of its own: edits go to the controller, which recomputes the plan.
class MasterIdsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IpColumn,
        CurrentIdColumn,
        CanonicalIdColumn,
        PhaseBColumn,
        ColumnCount
    };
    // What the proxy sorts by: IPs as strings (like DC/OS), IDs as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MasterIdsModel(WizardController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Accepts an ID from 1 to 255, or nothing to remove the master's ID; rejects anything else.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void refresh();
    int currentId(int row) const;   // 0 if none
    int canonicalId(int row) const;
    bool isDuplicateId(int row) const;

    WizardController *m_controller;
    QStringList m_masters;          // DC/OS order
    QMap<QString, int> m_canonical; // master -> canonical ID
};
