#include "MigrationReport.h"

#include "PrivateFile.h"
#include "ReportHtml.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject checkToJson(const CheckResult &check)
{
    QJsonObject object{{QStringLiteral("id"), check.id},
                       {QStringLiteral("passed"), check.passed},
                       {QStringLiteral("title"), check.title},
                       {QStringLiteral("detail"), check.detail},
                       {QStringLiteral("time"), iso(check.time)}};
    if (check.skipped)
        object.insert(QStringLiteral("skipped"), true);
    if (check.warning)
        object.insert(QStringLiteral("warning"), true);
    if (!check.master.isEmpty())
        object.insert(QStringLiteral("master"), check.master);
    return object;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    return PrivateFile::write(path, content, error);
}

} // namespace

MigrationReport::OperationRecord *MigrationReport::operation(int index)
{
    for (OperationRecord &record : operations) {
        if (record.index == index)
            return &record;
    }
    return nullptr;
}

qint64 MigrationReport::longestQuorumLossMs(Phase phase) const
{
    qint64 longest = 0;
    for (const QuorumWindow &window : quorumWindows) {
        if (window.phase == phase)
            longest = std::max(longest, window.durationMs());
    }
    return longest;
}

QList<LogLine> MigrationReport::timeline(const QString &master) const
{
    QList<LogLine> lines;
    for (const OperationRecord &record : operations) {
        if (record.master != master)
            continue;
        lines << LogLine{master, LogStream::Info, tr("started: %1").arg(record.title), record.started};
        if (record.finished.isValid()) {
            lines << LogLine{master, record.ok ? LogStream::Info : LogStream::Error,
                             (record.ok ? tr("finished: %1 (%2 ms)") : tr("failed: %1 (%2 ms)"))
                                 .arg(record.title)
                                 .arg(record.durationMs()),
                             record.finished};
        }
    }
    for (const LogLine &line : log) {
        if (line.master == master)
            lines << line;
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const LogLine &a, const LogLine &b) { return a.time < b.time; });
    return lines;
}

QJsonObject MigrationReport::RestartTiming::toJson() const
{
    // Each step as ms after the restart began (-1: not reached), and its time of day.
    const auto after = [this](const QDateTime &t) { return t.isValid() ? double(started.msecsTo(t)) : -1.0; };
    return QJsonObject{{QStringLiteral("phase"), phaseKey(phase)},
                       {QStringLiteral("master"), master},
                       {QStringLiteral("started"), iso(started)},
                       {QStringLiteral("unitStoppedMs"), after(unitStopped)},
                       {QStringLiteral("restUpMs"), after(restUp)},
                       {QStringLiteral("zooKeeperUpMs"), after(zooKeeperUp)},
                       {QStringLiteral("servingMs"), after(serving)},
                       {QStringLiteral("caughtUpMs"), after(caughtUp)}};
}

QJsonObject MigrationReport::toJson() const
{
    QJsonObject root{{QStringLiteral("runId"), runId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("outcome"), outcomeKey(outcome)},
                     {QStringLiteral("outcomeMessage"), outcomeMessage},
                     {QStringLiteral("started"), iso(started)},
                     {QStringLiteral("finished"), iso(finished)},
                     {QStringLiteral("durationMs"), started.isValid() && finished.isValid()
                                                        ? double(started.msecsTo(finished)) : 0.0},
                     {QStringLiteral("clusterName"), clusterName},
                     {QStringLiteral("configFile"), configFile},
                     {QStringLiteral("configOut"), configOut},
                     {QStringLiteral("masters"), QJsonArray::fromStringList(masters)},
                     {QStringLiteral("phaseA"), phaseA},
                     {QStringLiteral("phaseB"), phaseB},
                     {QStringLiteral("phaseBNeeded"), phaseBNeeded},
                     {QStringLiteral("phaseBReason"), phaseBReason}};
    QJsonObject ids;
    for (auto it = currentIds.cbegin(); it != currentIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    root.insert(QStringLiteral("currentIds"), ids);

    QJsonArray operationsJson;
    for (const OperationRecord &record : operations) {
        operationsJson.append(QJsonObject{{QStringLiteral("index"), record.index},
                                          {QStringLiteral("id"), record.id},
                                          {QStringLiteral("phase"), phaseKey(record.phase)},
                                          {QStringLiteral("master"), record.master},
                                          {QStringLiteral("title"), record.title},
                                          {QStringLiteral("started"), iso(record.started)},
                                          {QStringLiteral("finished"), iso(record.finished)},
                                          {QStringLiteral("durationMs"), double(record.durationMs())},
                                          {QStringLiteral("ok"), record.ok},
                                          {QStringLiteral("skipped"), record.skipped},
                                          {QStringLiteral("message"), record.message}});
    }
    root.insert(QStringLiteral("operations"), operationsJson);

    QJsonArray checksJson;
    for (const CheckResult &check : checks)
        checksJson.append(checkToJson(check));
    root.insert(QStringLiteral("checks"), checksJson);

    QJsonObject files;
    for (auto it = envFiles.cbegin(); it != envFiles.cend(); ++it) {
        files.insert(it.key(), QJsonObject{{QStringLiteral("before"), QString::fromUtf8(it->before)},
                                           {QStringLiteral("after"), QString::fromUtf8(it->after)},
                                           {QStringLiteral("beforeSha256"), it->beforeSha256},
                                           {QStringLiteral("afterSha256"), it->afterSha256},
                                           {QStringLiteral("backupSha256"), it->backupSha256}});
    }
    root.insert(QStringLiteral("envFiles"), files);

    QJsonArray windows;
    for (const QuorumWindow &window : quorumWindows) {
        windows.append(QJsonObject{{QStringLiteral("phase"), phaseKey(window.phase)},
                                   {QStringLiteral("afterRestartOf"), window.afterRestartOf},
                                   {QStringLiteral("from"), iso(window.from)},
                                   {QStringLiteral("to"), iso(window.to)},
                                   {QStringLiteral("durationMs"), double(window.durationMs())}});
    }
    root.insert(QStringLiteral("quorumLossWindows"), windows);
    QJsonArray restartsJson;
    for (const RestartTiming &restart : restarts)
        restartsJson.append(restart.toJson());
    root.insert(QStringLiteral("restarts"), restartsJson);
    root.insert(QStringLiteral("writeProbe"), writeProbe.toJson());
    root.insert(QStringLiteral("longestQuorumLossMs"),
                QJsonObject{{QStringLiteral("phaseA"), double(longestQuorumLossMs(Phase::PhaseA))},
                            {QStringLiteral("phaseB"), double(longestQuorumLossMs(Phase::PhaseB))},
                            {QStringLiteral("rollback"), double(longestQuorumLossMs(Phase::Rollback))}});

    if (data.checked) {
        root.insert(QStringLiteral("data"),
                    QJsonObject{{QStringLiteral("snapshotZxid"), QStringLiteral("0x%1").arg(QString::number(data.snapshotZxid, 16))},
                                {QStringLiteral("snapshotZnodes"), data.snapshotZnodes},
                                {QStringLiteral("znodesAfter"), data.znodesAfter},
                                {QStringLiteral("unchanged"), data.unchanged},
                                {QStringLiteral("added"), data.added},
                                {QStringLiteral("changed"), data.changed},
                                {QStringLiteral("removed"), data.removed},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(data.problems)},
                                {QStringLiteral("notCompared"), QJsonArray::fromStringList(data.notCompared)},
                                {QStringLiteral("excluded"), QJsonArray::fromStringList(data.excluded)}});
    }

    QJsonArray logJson;
    for (const LogLine &line : log) {
        logJson.append(QJsonObject{{QStringLiteral("time"), iso(line.time)},
                                   {QStringLiteral("master"), line.master},
                                   {QStringLiteral("stream"), logStreamName(line.stream)},
                                   {QStringLiteral("text"), line.text}});
    }
    root.insert(QStringLiteral("log"), logJson);
    return root;
}

MigrationReport MigrationReport::fromJson(const QJsonObject &json)
{
    const auto str = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    const auto time = [&str](const QJsonObject &object, const char *key) {
        return QDateTime::fromString(str(object, key), Qt::ISODateWithMs);
    };
    const auto phaseOf = [&str](const QJsonObject &object) {
        const QString key = str(object, "phase");
        for (const Phase phase : {Phase::Preflight, Phase::Inspect, Phase::Backup, Phase::PhaseA, Phase::PhaseB,
                                  Phase::Verify, Phase::Finish, Phase::Rollback}) {
            if (phaseKey(phase) == key)
                return phase;
        }
        return Phase::Preflight;
    };
    MigrationReport report;
    report.runId = str(json, "runId");
    report.kind = str(json, "kind");
    const QString outcome = str(json, "outcome");
    for (const RunOutcome value : {RunOutcome::Succeeded, RunOutcome::Failed, RunOutcome::Cancelled}) {
        if (outcomeKey(value) == outcome)
            report.outcome = value;
    }
    report.outcomeMessage = str(json, "outcomeMessage");
    report.started = time(json, "started");
    report.finished = time(json, "finished");
    report.clusterName = str(json, "clusterName");
    report.configFile = str(json, "configFile");
    report.configOut = str(json, "configOut");
    for (const QJsonValue &master : json.value(QStringLiteral("masters")).toArray())
        report.masters << master.toString();
    const QJsonObject ids = json.value(QStringLiteral("currentIds")).toObject();
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        report.currentIds.insert(it.key(), it.value().toInt());
    report.phaseA = str(json, "phaseA");
    report.phaseB = str(json, "phaseB");
    report.phaseBNeeded = json.value(QStringLiteral("phaseBNeeded")).toBool();
    report.phaseBReason = str(json, "phaseBReason");
    report.writeProbe = WriteProbeReport::fromJson(json.value(QStringLiteral("writeProbe")).toObject());
    for (const QJsonValue &value : json.value(QStringLiteral("operations")).toArray()) {
        const QJsonObject op = value.toObject();
        report.operations << OperationRecord{op.value(QStringLiteral("index")).toInt(-1), str(op, "id"), phaseOf(op),
                                             str(op, "master"), str(op, "title"), time(op, "started"),
                                             time(op, "finished"), op.value(QStringLiteral("ok")).toBool(),
                                             op.value(QStringLiteral("skipped")).toBool(), str(op, "message")};
    }
    for (const QJsonValue &value : json.value(QStringLiteral("quorumLossWindows")).toArray()) {
        const QJsonObject window = value.toObject();
        report.quorumWindows << QuorumWindow{phaseOf(window), str(window, "afterRestartOf"), time(window, "from"),
                                             time(window, "to")};
    }
    for (const QJsonValue &value : json.value(QStringLiteral("restarts")).toArray()) {
        const QJsonObject object = value.toObject();
        RestartTiming restart;
        restart.phase = phaseOf(object);
        restart.master = str(object, "master");
        restart.started = time(object, "started");
        // Steps are stored as ms after the start, -1 where not reached.
        const auto step = [&object, &restart](const char *key) {
            const double ms = object.value(QLatin1String(key)).toDouble(-1);
            return ms < 0 || !restart.started.isValid() ? QDateTime() : restart.started.addMSecs(qint64(ms));
        };
        restart.unitStopped = step("unitStoppedMs");
        restart.restUp = step("restUpMs");
        restart.zooKeeperUp = step("zooKeeperUpMs");
        restart.serving = step("servingMs");
        restart.caughtUp = step("caughtUpMs");
        report.restarts << restart;
    }
    return report;
}

bool MigrationReport::write(const QString &dir, QString *error) const
{
    if (!PrivateFile::makeDir(dir, error))
        return false;
    const QDir target(dir);
    return writeFile(target.filePath(QStringLiteral("report.json")),
                     QJsonDocument(toJson()).toJson(QJsonDocument::Indented), error) &&
           writeFile(target.filePath(QStringLiteral("report.html")), ReportHtml::render(*this).toUtf8(), error);
}
