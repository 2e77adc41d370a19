#include "DiscoveryModel.h"

#include "Discovery.h"

namespace {

const auto kPending = QStringLiteral("…");
const auto kNone = QStringLiteral("—");

} // namespace

DiscoveryModel::DiscoveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiscoveryModel::setDiscovery(Discovery *discovery)
{
    if (m_discovery)
        disconnect(m_discovery, nullptr, this, nullptr);
    m_discovery = discovery;
    if (!discovery)
        return;
    connect(discovery, &Discovery::started, this, [this] { setResults(m_discovery->results()); });
    connect(discovery, &Discovery::masterUpdated, this,
            [this](const QString &master) { updateResult(m_discovery->result(master)); });
    setResults(discovery->results());
}

void DiscoveryModel::setResults(const QList<MasterDiscovery> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int DiscoveryModel::rowOf(const QString &master) const
{
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).master() == master)
            return row;
    }
    return -1;
}

void DiscoveryModel::updateResult(const MasterDiscovery &result)
{
    const int row = rowOf(result.master());
    if (row < 0) {
        beginInsertRows({}, int(m_results.size()), int(m_results.size()));
        m_results << result;
        endInsertRows();
        return;
    }
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DiscoveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int DiscoveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DiscoveryModel::sourceOf(int column, IdSource *source)
{
    switch (column) {
    case Journal:
        *source = IdSource::Journal;
        return true;
    case MyId:
        *source = IdSource::MyIdFile;
        return true;
    case Conf:
        *source = IdSource::Conf;
        return true;
    case GetState:
        *source = IdSource::GetState;
        return true;
    case BackendSpec:
        *source = IdSource::Backend;
        return true;
    default:
        return false;
    }
}

QVariant DiscoveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size() || index.column() >= ColumnCount)
        return {};
    const MasterDiscovery &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(result, index.column());
    case Qt::ToolTipRole:
        return toolTip(result, index.column());
    case SortRole:
        return sortKey(result, index.column());
    case ProblemRole:
        return isProblem(result, index.column());
    case MasterRole:
        return result.master();
    case Qt::TextAlignmentRole:
        return index.column() == Ip ? QVariant() : QVariant(int(Qt::AlignCenter));
    default:
        return {};
    }
}

QVariant DiscoveryModel::display(const MasterDiscovery &result, int column) const
{
    IdSource source;
    if (sourceOf(column, &source)) {
        if (!result.isReachable())
            return kNone;
        const IdReading reading = result.reading(source);
        return reading.isFound() ? QString::number(reading.id) : reading.isPending() ? kPending : kNone;
    }
    switch (column) {
    case Ip:
        return result.master();
    case CurrentId:
        if (result.agreement() == MasterDiscovery::Agreement::Agreed)
            return QString::number(result.agreedId());
        return result.agreement() == MasterDiscovery::Agreement::Pending ? kPending : kNone;
    case Agreement:
        return result.agreementText();
    case Mode:
        if (!result.isReachable())
            return kNone;
        return !result.mode().isEmpty() ? result.mode() : result.zooKeeperError().isEmpty() ? kPending : kNone;
    case Zxid:
        return result.zxid() >= 0 ? result.zxidText() : result.isComplete() ? kNone : kPending;
    case Backend:
        if (!result.isReachable() || !result.envFileError().isEmpty())
            return kNone;
        return result.hasEnvFile() ? result.backend() : kPending;
    case Orig:
        switch (result.orig()) {
        case MasterDiscovery::Orig::Missing:
            return tr("none");
        case MasterDiscovery::Orig::Same:
            return tr("same");
        case MasterDiscovery::Orig::Differs:
            return tr("differs");
        case MasterDiscovery::Orig::Unknown:
            return result.isComplete() ? kNone : kPending;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DiscoveryModel::toolTip(const MasterDiscovery &result, int column) const
{
    if (!result.isReachable())
        return tr("Cannot connect: %1").arg(result.connectionError());
    IdSource source;
    if (sourceOf(column, &source)) {
        const IdReading reading = result.reading(source);
        if (result.agreement() == MasterDiscovery::Agreement::Disagreed && reading.isFound())
            return tr("The ID sources disagree: %1").arg(result.disagreementText());
        if (reading.isUnavailable())
            return tr("Unavailable: %1").arg(reading.detail);
        if (reading.isFound())
            return reading.detail.isEmpty() ? reading.describe() : tr("%1 (%2)").arg(reading.describe(), reading.detail);
        return tr("Still discovering");
    }
    switch (column) {
    case CurrentId:
    case Agreement:
        switch (result.agreement()) {
        case MasterDiscovery::Agreement::Agreed: {
            QStringList names;
            for (IdSource agreeing : result.agreeingSources())
                names << IdSources::name(agreeing);
            QString tip = tr("Agreed by %1").arg(names.join(QStringLiteral(", ")));
            for (const IdReading &reading : result.unavailableReadings())
                tip += QLatin1Char('\n') + tr("Unavailable: %1").arg(reading.describe());
            return tip;
        }
        case MasterDiscovery::Agreement::Pending:
            return tr("Still discovering");
        default:
            return result.problems().join(QLatin1Char('\n'));
        }
    case Mode:
    case Zxid:
        return result.zooKeeperError().isEmpty() ? QVariant() : QVariant(result.zooKeeperError());
    case Backend:
        return result.envFileError().isEmpty() ? QVariant() : QVariant(result.envFileError());
    case Orig:
        if (!result.origError().isEmpty())
            return result.origError();
        if (result.orig() == MasterDiscovery::Orig::Differs)
            return tr("exhibitor.orig differs from the current env file: an earlier run's backup. It is never "
                      "overwritten.");
        return {};
    default:
        return {};
    }
}

QVariant DiscoveryModel::sortKey(const MasterDiscovery &result, int column) const
{
    IdSource source;
    if (sourceOf(column, &source)) {
        const IdReading reading = result.reading(source);
        return reading.isFound() ? reading.id : -1;
    }
    switch (column) {
    case Ip:
        // DC/OS sorts master_list as Python sorts strings: by code point, which for the ASCII
        // of an IPv4 address is QString's own (non-locale-aware) order.
        return result.master();
    case CurrentId:
        return result.agreedId();
    case Zxid:
        return result.zxid();
    case Agreement:
        return int(result.agreement());
    default:
        return display(result, column);
    }
}

bool DiscoveryModel::isProblem(const MasterDiscovery &result, int column) const
{
    if (!result.isReachable())
        return true;
    IdSource source;
    if (sourceOf(column, &source))
        return result.agreement() == MasterDiscovery::Agreement::Disagreed && result.reading(source).isFound();
    switch (column) {
    case CurrentId:
    case Agreement:
        return result.agreement() == MasterDiscovery::Agreement::Disagreed
            || result.agreement() == MasterDiscovery::Agreement::NoId;
    case Backend:
        return !result.envFileError().isEmpty();
    default:
        return false;
    }
}

QVariant DiscoveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ip:
        return tr("Master");
    case CurrentId:
        return tr("Current ID");
    case Journal:
        return tr("Journal");
    case MyId:
        return tr("myid");
    case Conf:
        return tr("conf");
    case GetState:
        return tr("get-state");
    case BackendSpec:
        return tr("Backend spec");
    case Agreement:
        return tr("Agreement");
    case Mode:
        return tr("Mode");
    case Zxid:
        return tr("zxid");
    case Backend:
        return tr("Backend");
    case Orig:
        return tr(".orig");
    default:
        return {};
    }
}
