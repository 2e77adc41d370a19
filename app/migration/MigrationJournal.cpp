#include "MigrationJournal.h"
#include "RunLock.h"
#include "MigrationPaths.h"
#include "PrivateFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int FormatVersion = 1;

const QList<std::pair<MigrationJournal::Status, QString>> &statusNames()
{
    static const QList<std::pair<MigrationJournal::Status, QString>> names{
        {MigrationJournal::Status::Started, QStringLiteral("started")},
        {MigrationJournal::Status::Done, QStringLiteral("done")},
        {MigrationJournal::Status::Failed, QStringLiteral("failed")},
        {MigrationJournal::Status::Skipped, QStringLiteral("skipped")}};
    return names;
}

const QList<std::pair<MigrationJournal::State, QString>> &stateNames()
{
    static const QList<std::pair<MigrationJournal::State, QString>> names{
        {MigrationJournal::State::NotStarted, QStringLiteral("not-started")},
        {MigrationJournal::State::Running, QStringLiteral("running")},
        {MigrationJournal::State::Failed, QStringLiteral("failed")},
        {MigrationJournal::State::Cancelled, QStringLiteral("cancelled")},
        {MigrationJournal::State::Interrupted, QStringLiteral("interrupted")},
        {MigrationJournal::State::Completed, QStringLiteral("completed")},
        {MigrationJournal::State::RollingBack, QStringLiteral("rolling-back")},
        {MigrationJournal::State::RolledBack, QStringLiteral("rolled-back")}};
    return names;
}

template<typename T>
T fromKey(const QList<std::pair<T, QString>> &names, const QString &key, T fallback)
{
    for (const auto &[value, name] : names) {
        if (name == key)
            return value;
    }
    return fallback;
}

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString MigrationJournal::statusKey(Status status)
{
    for (const auto &[value, name] : statusNames()) {
        if (value == status)
            return name;
    }
    return QString();
}

QString MigrationJournal::stateKey(State state)
{
    for (const auto &[value, name] : stateNames()) {
        if (value == state)
            return name;
    }
    return QString();
}

QString MigrationJournal::stateTextNow() const
{
    if (state != State::Running && state != State::RollingBack)
        return stateText();
    if (const auto holder = m_path.isEmpty() ? std::nullopt : RunLock::holder(m_path)) {
        const QString who = holder->pid > 0 ? holder->describe() : tr("a run that is starting");
        return state == State::Running ? tr("running now: %1").arg(who) : tr("rolling back now: %1").arg(who);
    }
    return state == State::Running ? tr("interrupted (the app or the connection went away while it ran)")
                                   : tr("a rollback was interrupted (the app or the connection went away)");
}

QString MigrationJournal::stateText() const
{
    switch (state) {
    case State::NotStarted:
        return tr("not started");
    case State::Running:
        return tr("running, or interrupted (the app or the connection went away)");
    case State::Failed:
        return tr("stopped after a failure");
    case State::Cancelled:
        return tr("cancelled");
    case State::Interrupted:
        return tr("interrupted by a signal after a completed step");
    case State::Completed:
        return tr("completed");
    case State::RollingBack:
        return tr("rolling back, or a rollback was interrupted");
    case State::RolledBack:
        return tr("rolled back");
    }
    return QString();
}

QString MigrationJournal::defaultPath(const QString &clusterName, const QStringList &masters)
{
    // One journal per cluster: its name (made safe for a file name) and a hash of its masters, so
    // two clusters with the same name do not share a journal.
    QString safe = clusterName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.isEmpty())
        safe = QStringLiteral("cluster");
    QStringList sorted = masters;
    sorted.sort();
    const QByteArray hash =
        QCryptographicHash::hash(sorted.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    const QString dir = MigrationPaths::dataDir() + QStringLiteral("/journals");
    return dir + QLatin1Char('/') + safe + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void MigrationJournal::record(const Entry &entry)
{
    m_entries << entry;
    updated = entry.time;
}

void MigrationJournal::record(const QString &op, const QString &master, Status status, const QString &message,
                              const QString &checksum)
{
    record(Entry{op, master, status, QDateTime::currentDateTimeUtc(), checksum, message});
}

std::optional<MigrationJournal::Status> MigrationJournal::statusOf(const QString &op, const QString &master) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->op == op && it->master == master)
            return it->status;
    }
    return std::nullopt;
}

bool MigrationJournal::isDone(const QString &op, const QString &master) const
{
    const auto status = statusOf(op, master);
    return status == Status::Done || status == Status::Skipped;
}

QStringList MigrationJournal::mastersWithStatus(const QString &opPrefix, const QList<Status> &statuses) const
{
    QMap<QString, Status> latest;
    QStringList order;
    for (const Entry &entry : m_entries) {
        if (entry.master.isEmpty() || !entry.op.startsWith(opPrefix))
            continue;
        if (!latest.contains(entry.master))
            order << entry.master;
        latest[entry.master] = entry.status;
    }
    QStringList result;
    for (const QString &master : order) {
        if (statuses.contains(latest.value(master)))
            result << master;
    }
    return result;
}

QStringList MigrationJournal::restartedMasters(Phase phase) const
{
    return mastersWithStatus(phaseKey(phase) + QStringLiteral(".restart"),
                             {Status::Started, Status::Done, Status::Failed});
}

QStringList MigrationJournal::restartsDone(Phase phase) const
{
    return mastersWithStatus(phaseKey(phase) + QStringLiteral(".restart"), {Status::Done});
}

QStringList MigrationJournal::mastersWritten() const
{
    QStringList result;
    for (const Phase phase : {Phase::PhaseA, Phase::PhaseB}) {
        const auto written = mastersWithStatus(phaseKey(phase) + QStringLiteral(".write"),
                                               {Status::Started, Status::Done, Status::Failed});
        for (const QString &master : written) {
            if (!result.contains(master))
                result << master;
        }
    }
    return result;
}

bool MigrationJournal::hasEntry(const QString &opPrefix) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&opPrefix](const Entry &entry) { return entry.op.startsWith(opPrefix); });
}

std::optional<MigrationJournal::Entry> MigrationJournal::lastUnfinished() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->status == Status::Started || it->status == Status::Failed)
            return *it;
        if (it->status == Status::Done)
            return std::nullopt;
    }
    return std::nullopt;
}

QByteArray MigrationJournal::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatVersion);
    root.insert(QStringLiteral("runId"), runId);
    root.insert(QStringLiteral("clusterName"), clusterName);
    root.insert(QStringLiteral("configFile"), configFile);
    root.insert(QStringLiteral("configSha256"), configSha256);
    root.insert(QStringLiteral("masters"), QJsonArray::fromStringList(masters));
    QJsonObject ids;
    for (auto it = currentIds.cbegin(); it != currentIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    root.insert(QStringLiteral("currentIds"), ids);
    root.insert(QStringLiteral("phaseA"), phaseA);
    root.insert(QStringLiteral("phaseB"), phaseB);
    root.insert(QStringLiteral("phaseBNeeded"), phaseBNeeded);
    root.insert(QStringLiteral("originalSha256"), toObject(originalSha256));
    root.insert(QStringLiteral("backupSha256"), toObject(backupSha256));
    root.insert(QStringLiteral("state"), stateKey(state));
    root.insert(QStringLiteral("created"), created.toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("updated"), updated.toString(Qt::ISODateWithMs));
    QJsonArray entries;
    for (const Entry &entry : m_entries) {
        QJsonObject object{{QStringLiteral("op"), entry.op},
                           {QStringLiteral("status"), statusKey(entry.status)},
                           {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)}};
        if (!entry.master.isEmpty())
            object.insert(QStringLiteral("master"), entry.master);
        if (!entry.checksum.isEmpty())
            object.insert(QStringLiteral("checksum"), entry.checksum);
        if (!entry.message.isEmpty())
            object.insert(QStringLiteral("message"), entry.message);
        entries.append(object);
    }
    root.insert(QStringLiteral("entries"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<MigrationJournal> MigrationJournal::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("not a migration journal: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != FormatVersion) {
        if (error)
            *error = tr("journal format %1 is not supported").arg(root.value(QStringLiteral("format")).toInt());
        return std::nullopt;
    }
    MigrationJournal journal;
    journal.runId = root.value(QStringLiteral("runId")).toString();
    journal.clusterName = root.value(QStringLiteral("clusterName")).toString();
    journal.configFile = root.value(QStringLiteral("configFile")).toString();
    journal.configSha256 = root.value(QStringLiteral("configSha256")).toString();
    for (const QJsonValue &master : root.value(QStringLiteral("masters")).toArray())
        journal.masters << master.toString();
    const QJsonObject ids = root.value(QStringLiteral("currentIds")).toObject();
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        journal.currentIds.insert(it.key(), it.value().toInt());
    journal.phaseA = root.value(QStringLiteral("phaseA")).toString();
    journal.phaseB = root.value(QStringLiteral("phaseB")).toString();
    journal.phaseBNeeded = root.value(QStringLiteral("phaseBNeeded")).toBool();
    for (const auto &[key, map] : {std::pair{QStringLiteral("originalSha256"), &journal.originalSha256},
                                   std::pair{QStringLiteral("backupSha256"), &journal.backupSha256}}) {
        const QJsonObject object = root.value(key).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            map->insert(it.key(), it.value().toString());
    }
    journal.state = fromKey(stateNames(), root.value(QStringLiteral("state")).toString(), State::NotStarted);
    journal.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    journal.updated = QDateTime::fromString(root.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.op = object.value(QStringLiteral("op")).toString();
        entry.master = object.value(QStringLiteral("master")).toString();
        entry.status = fromKey(statusNames(), object.value(QStringLiteral("status")).toString(), Status::Started);
        entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        entry.checksum = object.value(QStringLiteral("checksum")).toString();
        entry.message = object.value(QStringLiteral("message")).toString();
        journal.m_entries << entry;
    }
    return journal;
}

std::optional<MigrationJournal> MigrationJournal::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto journal = fromJson(file.readAll(), &parseError);
    if (!journal) {
        if (error)
            *error = tr("%1: %2").arg(path, parseError);
        return std::nullopt;
    }
    journal->m_path = path;
    return journal;
}

bool MigrationJournal::save(QString *error) const
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("the journal has no path");
        return false;
    }
    QString reason;
    if (!PrivateFile::write(m_path, toJson(), &reason)) {
        if (error)
            *error = tr("cannot write the journal: %1").arg(reason);
        return false;
    }
    return true;
}
