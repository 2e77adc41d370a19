#include "MasterDiscovery.h"

#include "config/ExhibitorEnvFile.h"

#include <QCryptographicHash>

#include <algorithm>

MasterDiscovery::MasterDiscovery(const QString &master)
    : m_master(master)
{
    for (IdSource source : IdSources::all())
        m_readings << IdReading::pending(source);
}

void MasterDiscovery::setEnvFile(const QByteArray &content)
{
    m_envRead = true;
    m_envFile = content;
    m_envError.clear();
    m_backend = ExhibitorEnvFile::parse(content).backend();
    m_envSha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

void MasterDiscovery::setOrigChecksum(const QByteArray &sha256Hex)
{
    m_origChecked = true;
    m_origSha256 = sha256Hex;
    m_origError.clear();
}

MasterDiscovery::Orig MasterDiscovery::orig() const
{
    if (!m_origChecked)
        return Orig::Unknown;
    if (m_origSha256.isEmpty())
        return Orig::Missing;
    // Whether it differs needs the current file's checksum too.
    if (!m_envRead)
        return Orig::Unknown;
    return m_origSha256 == m_envSha256 ? Orig::Same : Orig::Differs;
}

QString MasterDiscovery::zxidText() const
{
    return m_zxid < 0 ? QString() : QStringLiteral("0x") + QString::number(m_zxid, 16);
}

QList<IdReading> MasterDiscovery::unavailableReadings() const
{
    QList<IdReading> result;
    for (const IdReading &reading : m_readings) {
        if (reading.isUnavailable())
            result << reading;
    }
    return result;
}

QMap<int, QList<IdSource>> MasterDiscovery::idGroups() const
{
    QMap<int, QList<IdSource>> groups;
    for (const IdReading &reading : m_readings) {
        if (reading.isFound())
            groups[reading.id] << reading.source;
    }
    return groups;
}

bool MasterDiscovery::isComplete() const
{
    if (!isReachable())
        return true;
    return std::none_of(m_readings.cbegin(), m_readings.cend(), [](const IdReading &r) { return r.isPending(); });
}

MasterDiscovery::Agreement MasterDiscovery::agreement() const
{
    if (!isReachable())
        return Agreement::Unreachable;
    const auto groups = idGroups();
    // A disagreement is final even while other sources are still pending.
    if (groups.size() > 1)
        return Agreement::Disagreed;
    if (!isComplete())
        return Agreement::Pending;
    return groups.isEmpty() ? Agreement::NoId : Agreement::Agreed;
}

int MasterDiscovery::agreedId() const
{
    return agreement() == Agreement::Agreed ? idGroups().firstKey() : 0;
}

QList<IdSource> MasterDiscovery::agreeingSources() const
{
    return agreement() == Agreement::Agreed ? idGroups().first() : QList<IdSource>();
}

QString MasterDiscovery::agreementText() const
{
    switch (agreement()) {
    case Agreement::Pending:
        return QStringLiteral("…");
    case Agreement::Agreed:
        return tr("agreed");
    case Agreement::Disagreed:
        return tr("DISAGREE");
    case Agreement::NoId:
        return tr("no ID");
    case Agreement::Unreachable:
        return tr("unreachable");
    }
    return {};
}

QString MasterDiscovery::sourceList(const QList<IdSource> &sources)
{
    QStringList names;
    for (IdSource source : sources)
        names << IdSources::name(source);
    return names.join(QStringLiteral(", "));
}

QString MasterDiscovery::disagreementText() const
{
    const auto groups = idGroups();
    if (groups.size() < 2)
        return {};
    QStringList parts;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        parts << (it.value().size() == 1 ? tr("%1 says %2") : tr("%1 say %2"))
                     .arg(sourceList(it.value()))
                     .arg(it.key());
    }
    return parts.join(QStringLiteral("; "));
}

QStringList MasterDiscovery::problems() const
{
    QStringList result;
    if (!isReachable()) {
        result << tr("%1: cannot connect: %2").arg(m_master, m_connectionError);
        return result;
    }
    if (!m_envError.isEmpty())
        result << tr("%1: cannot read the Exhibitor env file: %2").arg(m_master, m_envError);
    switch (agreement()) {
    case Agreement::Disagreed:
        result << tr("%1: the ID sources disagree: %2. Find out which ID this ZooKeeper server really has "
                     "before migrating; the wizard never picks one.")
                      .arg(m_master, disagreementText());
        break;
    case Agreement::NoId: {
        QStringList reasons;
        for (const IdReading &reading : m_readings)
            reasons << reading.describe();
        result << tr("%1: no source gave an ID (%2). Read it on the master (cat "
                     "/var/lib/dcos/exhibitor/zookeeper/snapshot/myid) and supply the IDs by hand.")
                      .arg(m_master, reasons.join(QStringLiteral("; ")));
        break;
    }
    case Agreement::Pending:
    case Agreement::Agreed:
    case Agreement::Unreachable:
        break;
    }
    return result;
}

QMap<QString, int> MasterDiscovery::currentIds(const QList<MasterDiscovery> &results)
{
    QMap<QString, int> ids;
    for (const MasterDiscovery &result : results) {
        if (result.agreement() == Agreement::Agreed)
            ids.insert(result.master(), result.agreedId());
    }
    return ids;
}
