#include "MasterIdsModel.h"

#include "WizardController.h"
#include "config/Ensemble.h"

#include <QApplication>
#include <QStyle>

MasterIdsModel::MasterIdsModel(WizardController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(m_controller, &WizardController::planChanged, this, &MasterIdsModel::refresh);
    refresh();
}

void MasterIdsModel::refresh()
{
    const QStringList masterList =
        m_controller->hasValidConfig() ? m_controller->config().masterList() : QStringList();
    const QStringList masters = Ensemble::dcosSorted(masterList);

    if (masters != m_masters) {
        beginResetModel();
        m_masters = masters;
        m_canonical.clear();
        // Keep the ensemble alive: members() returns a reference into it.
        const Ensemble canonical = Ensemble::canonical(masterList);
        for (const auto &member : canonical.members())
            m_canonical.insert(member.host, member.id);
        endResetModel();
        return;
    }
    // Same masters, new IDs: keep the view's selection, sorting and editor.
    if (!m_masters.isEmpty())
        Q_EMIT dataChanged(index(0, CurrentIdColumn), index(m_masters.size() - 1, PhaseBColumn));
}

int MasterIdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_masters.size());
}

int MasterIdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MasterIdsModel::currentId(int row) const
{
    return m_controller->currentIds().value(m_masters.at(row), 0);
}

int MasterIdsModel::canonicalId(int row) const
{
    return m_canonical.value(m_masters.at(row), 0);
}

bool MasterIdsModel::isDuplicateId(int row) const
{
    const int id = currentId(row);
    if (id == 0)
        return false;
    int uses = 0;
    for (const auto &master : m_masters)
        uses += m_controller->currentIds().value(master, 0) == id ? 1 : 0;
    return uses > 1;
}

QVariant MasterIdsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int current = currentId(row);
    const int canonical = canonicalId(row);

    switch (index.column()) {
    case IpColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_masters.at(row);
        break;
    case CurrentIdColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return current > 0 ? QString::number(current) : QString();
        case SortRole:
            return current;
        case Qt::DecorationRole:
            // Problems are listed below the table too; the icon shows which row to fix.
            if (current == 0 || isDuplicateId(row))
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        case Qt::ToolTipRole:
            if (current == 0)
                return tr("This master has no current ID yet. Type the ID its ZooKeeper uses now.");
            if (isDuplicateId(row))
                return tr("Another master has the same ID. Every master needs its own.");
            return tr("Double-click or press F2 to correct the ID.");
        case Qt::AccessibleDescriptionRole:
            if (current == 0)
                return tr("missing");
            if (isDuplicateId(row))
                return tr("duplicate");
            break;
        }
        break;
    case CanonicalIdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return canonical;
        break;
    case PhaseBColumn: {
        const bool known = current > 0;
        const bool changes = known && current != canonical;
        switch (role) {
        case Qt::DisplayRole:
            if (!known)
                return tr("unknown");
            return changes ? tr("%1 → %2").arg(current).arg(canonical) : tr("unchanged");
        case SortRole:
            // Unknown first, then the masters Phase B renumbers, then the ones it leaves alone.
            return !known ? 0 : (changes ? 1 : 2);
        case Qt::ToolTipRole:
            if (changes)
                return tr("Phase B renumbers this master from ID %1 to %2.").arg(current).arg(canonical);
            if (known)
                return tr("This master keeps its ID in Phase B.");
            break;
        }
        break;
    }
    }

    if (role == Qt::TextAlignmentRole && index.column() != IpColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant MasterIdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IpColumn:
            return tr("Master IP");
        case CurrentIdColumn:
            return tr("Current ID");
        case CanonicalIdColumn:
            return tr("Canonical ID");
        case PhaseBColumn:
            return tr("Change in Phase B");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IpColumn:
            return tr("Sorted as text by default, the way DC/OS sorts master_list.");
        case CurrentIdColumn:
            return tr("The ID the master's ZooKeeper uses now. Phase A keeps it.");
        case CanonicalIdColumn:
            return tr("The ID DC/OS will give the master at its next upgrade or config change.");
        case PhaseBColumn:
            return tr("What Phase B does to the master's ID.");
        }
    }
    return {};
}

Qt::ItemFlags MasterIdsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CurrentIdColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MasterIdsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != CurrentIdColumn)
        return false;

    const QString text = value.toString().trimmed();
    int id = 0;
    if (!text.isEmpty()) {
        bool ok = false;
        id = text.toInt(&ok);
        if (!ok || id < Ensemble::MinId || id > Ensemble::MaxId)
            return false;
    }
    // The controller recomputes the plan and planChanged() refreshes the rows.
    m_controller->setCurrentId(m_masters.at(index.row()), id);
    return true;
}
