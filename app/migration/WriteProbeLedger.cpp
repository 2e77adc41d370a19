#include "WriteProbeLedger.h"

#include <QJsonArray>

#include <algorithm>

namespace {

// The rate shown live: acknowledgements of the last two seconds, so a steady 5/s reads 5 and not
// 4 or 6 as writes fall either side of one second's edge.
constexpr qint64 RateWindowMs = 2000;

QJsonObject phaseJson(const WriteProbePhaseFigures &figures)
{
    return QJsonObject{{QStringLiteral("phase"), phaseKey(figures.phase)},
                       {QStringLiteral("writes"), figures.writes},
                       {QStringLiteral("failed"), figures.failed},
                       {QStringLiteral("longestGapMs"), figures.longestGapMs}};
}

} // namespace

QJsonObject WriteProbeReport::toJson() const
{
    QJsonObject object{{QStringLiteral("ran"), ran}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    if (!ran)
        return object;
    QJsonArray phasesJson;
    for (const WriteProbePhaseFigures &figures : phases)
        phasesJson.append(phaseJson(figures));
    QJsonArray samplesJson;
    for (const WriteProbeSample &sample : samples) {
        samplesJson.append(QJsonObject{{QStringLiteral("time"), sample.time.toUTC().toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("ok"), sample.ok},
                                       {QStringLiteral("phase"), phaseKey(sample.phase)}});
    }
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("intervalMs"), intervalMs);
    object.insert(QStringLiteral("issued"), issued);
    object.insert(QStringLiteral("writes"), writes);
    object.insert(QStringLiteral("failed"), failed);
    object.insert(QStringLiteral("pending"), pending);
    object.insert(QStringLiteral("longestGapMs"), longestGapMs);
    object.insert(QStringLiteral("sessionsExpired"), sessionsExpired);
    object.insert(QStringLiteral("verified"), verified);
    object.insert(QStringLiteral("lost"), lost);
    object.insert(QStringLiteral("lostWrites"), QJsonArray::fromStringList(lostWrites));
    object.insert(QStringLiteral("phases"), phasesJson);
    object.insert(QStringLiteral("samples"), samplesJson);
    return object;
}

QString WriteProbeReport::toHtml() const
{
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    auto seconds = [](qint64 ms) { return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1); };
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Write probe")));
    if (!ran) {
        return html + QStringLiteral("<p>%1</p>\n")
                          .arg(esc(error.isEmpty() ? tr("The write probe did not run in this run.")
                                                   : tr("The write probe did not run: %1").arg(error)));
    }
    const QString verdict = !verified ? tr("Not checked by Verify.")
                            : lost == 0
                                ? tr("Every acknowledged write was found at Verify.")
                                : tr("%n acknowledged write(s) missing at Verify.", nullptr, int(lost));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("One write every %1 ms under %2 from the end of preflight to Verify: %3 acknowledged, "
                            "%4 failed, %5 without an answer.")
                             .arg(intervalMs)
                             .arg(path)
                             .arg(writes)
                             .arg(failed)
                             .arg(pending)
                         + QLatin1Char(' ')
                         + tr("%n probe session(s) expired.", nullptr, int(sessionsExpired)) + QLatin1Char(' ')
                         + verdict));
    html += QStringLiteral("<table class=\"writeProbe\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(tr("Phase")), esc(tr("Writes")), esc(tr("Failed")),
                     esc(tr("Longest time without an acknowledged write")));
    for (const WriteProbePhaseFigures &figures : phases) {
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(figures.failed > 0 ? QStringLiteral(" class=\"warn\"") : QString(), esc(phaseTitle(figures.phase)))
                    .arg(figures.writes)
                    .arg(figures.failed)
                    .arg(esc(seconds(figures.longestGapMs)));
    }
    html += QStringLiteral("</table>\n");
    if (!lostWrites.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n<ul>\n").arg(esc(tr("Acknowledged writes missing at Verify:")));
        for (const QString &write : lostWrites)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(write));
        html += QStringLiteral("</ul>\n");
    }
    return html;
}

WriteProbeReport WriteProbeReport::fromJson(const QJsonObject &json)
{
    WriteProbeReport report;
    report.ran = json.value(QStringLiteral("ran")).toBool();
    report.error = json.value(QStringLiteral("error")).toString();
    report.path = json.value(QStringLiteral("path")).toString();
    report.intervalMs = json.value(QStringLiteral("intervalMs")).toInt();
    report.issued = json.value(QStringLiteral("issued")).toInteger();
    report.writes = json.value(QStringLiteral("writes")).toInteger();
    report.failed = json.value(QStringLiteral("failed")).toInteger();
    report.pending = json.value(QStringLiteral("pending")).toInteger();
    report.longestGapMs = json.value(QStringLiteral("longestGapMs")).toInteger();
    report.sessionsExpired = json.value(QStringLiteral("sessionsExpired")).toInt();
    report.verified = json.value(QStringLiteral("verified")).toBool();
    report.lost = json.value(QStringLiteral("lost")).toInteger(-1);
    for (const QJsonValue &value : json.value(QStringLiteral("lostWrites")).toArray())
        report.lostWrites << value.toString();
    auto phaseOf = [](const QString &key) {
        for (Phase phase : {Phase::Preflight, Phase::Inspect, Phase::Backup, Phase::PhaseA, Phase::PhaseB, Phase::Verify,
                            Phase::Finish, Phase::Rollback}) {
            if (phaseKey(phase) == key)
                return phase;
        }
        return Phase::Preflight;
    };
    for (const QJsonValue &value : json.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject object = value.toObject();
        report.phases << WriteProbePhaseFigures{phaseOf(object.value(QStringLiteral("phase")).toString()),
                                                object.value(QStringLiteral("writes")).toInteger(),
                                                object.value(QStringLiteral("failed")).toInteger(),
                                                object.value(QStringLiteral("longestGapMs")).toInteger()};
    }
    for (const QJsonValue &value : json.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject object = value.toObject();
        report.samples << WriteProbeSample{
            QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
            object.value(QStringLiteral("ok")).toBool(), phaseOf(object.value(QStringLiteral("phase")).toString())};
    }
    return report;
}

void WriteProbeLedger::start(const QDateTime &started, Phase phase)
{
    m_started = started;
    m_phases = {PhaseStart{0, phase}};
    m_writes.clear();
    m_stoppedMs = -1;
    m_lastAckMs = -1;
}

void WriteProbeLedger::setPhase(Phase phase, qint64 nowMs)
{
    if (!m_phases.isEmpty() && m_phases.last().phase == phase)
        return;
    m_phases << PhaseStart{nowMs, phase};
}

Phase WriteProbeLedger::phaseAt(qint64 ms) const
{
    Phase phase = m_phases.isEmpty() ? Phase::Preflight : m_phases.first().phase;
    for (const PhaseStart &start : m_phases) {
        if (start.fromMs > ms)
            break;
        phase = start.phase;
    }
    return phase;
}

qint64 WriteProbeLedger::issue(qint64 nowMs)
{
    Write write;
    write.sequence = m_writes.size();
    write.issuedMs = nowMs;
    write.phase = phaseAt(nowMs);
    m_writes << write;
    return write.sequence;
}

void WriteProbeLedger::acknowledge(qint64 sequence, qint64 nowMs, const QString &name)
{
    if (sequence < 0 || sequence >= m_writes.size() || m_writes.at(sequence).completedMs >= 0)
        return;
    Write &write = m_writes[sequence];
    write.completedMs = nowMs;
    write.ok = true;
    write.name = name;
    m_lastAckMs = std::max(m_lastAckMs, nowMs);
}

void WriteProbeLedger::fail(qint64 sequence, qint64 nowMs)
{
    if (sequence < 0 || sequence >= m_writes.size() || m_writes.at(sequence).completedMs >= 0)
        return;
    m_writes[sequence].completedMs = nowMs;
}

qint64 WriteProbeLedger::inFlight() const
{
    return std::count_if(m_writes.cbegin(), m_writes.cend(), [](const Write &write) { return write.completedMs < 0; });
}

QList<WriteProbePhaseFigures> WriteProbeLedger::phaseFigures(qint64 nowMs) const
{
    QList<WriteProbePhaseFigures> figures;
    auto of = [&figures](Phase phase) -> WriteProbePhaseFigures & {
        for (WriteProbePhaseFigures &entry : figures) {
            if (entry.phase == phase)
                return entry;
        }
        figures << WriteProbePhaseFigures{phase, 0, 0, 0};
        return figures.last();
    };
    for (const PhaseStart &start : m_phases)
        of(start.phase);
    auto withWrites = [&figures] {
        // A phase the probe only passed through (Verify stops it at once) has nothing to show.
        figures.removeIf([](const WriteProbePhaseFigures &entry) {
            return entry.writes == 0 && entry.failed == 0 && entry.longestGapMs == 0;
        });
        return figures;
    };
    if (m_writes.isEmpty())
        return withWrites();

    QList<qint64> acks;
    qint64 lastTroubleMs = -1; // issue time of the last write that failed or got no answer yet
    for (const Write &write : m_writes) {
        if (write.acknowledged()) {
            ++of(write.phase).writes;
            acks << write.completedMs;
        } else {
            if (write.failed())
                ++of(write.phase).failed;
            lastTroubleMs = std::max(lastTroubleMs, write.issuedMs);
        }
    }
    std::sort(acks.begin(), acks.end());
    // The wait for the first acknowledgement counts from the first write: a probe that starts
    // into an outage shows it.
    qint64 previous = m_writes.first().issuedMs;
    auto gap = [&](qint64 from, qint64 to) {
        WriteProbePhaseFigures &entry = of(phaseAt(from));
        entry.longestGapMs = std::max(entry.longestGapMs, to - from);
    };
    for (const qint64 ack : std::as_const(acks)) {
        gap(previous, ack);
        previous = ack;
    }
    // Writes failing (or unanswered) after the last acknowledgement: the gap is still open.
    const qint64 end = m_stoppedMs >= 0 ? std::min(m_stoppedMs, nowMs) : nowMs;
    if ((acks.isEmpty() || lastTroubleMs > acks.last()) && end > previous)
        gap(previous, end);
    return withWrites();
}

LiveClientFigures WriteProbeLedger::live(qint64 nowMs) const
{
    LiveClientFigures live;
    live.running = m_stoppedMs < 0;
    live.time = m_started.isValid() ? m_started.addMSecs(nowMs) : QDateTime();
    live.phases = phaseFigures(nowMs);
    for (const WriteProbePhaseFigures &figures : std::as_const(live.phases)) {
        live.writes += figures.writes;
        live.failed += figures.failed;
        live.longestGapMs = std::max(live.longestGapMs, figures.longestGapMs);
    }
    const qint64 window = std::min(RateWindowMs, nowMs);
    if (window > 0) {
        const auto recent = std::count_if(m_writes.cbegin(), m_writes.cend(), [nowMs, window](const Write &write) {
            return write.acknowledged() && write.completedMs > nowMs - window;
        });
        live.writesPerSecond = double(recent) * 1000.0 / double(window);
    }
    return live;
}

QList<WriteProbeSample> WriteProbeLedger::samples() const
{
    QList<WriteProbeSample> samples;
    samples.reserve(m_writes.size());
    for (const Write &write : m_writes) {
        if (write.completedMs >= 0)
            samples << WriteProbeSample{m_started.addMSecs(write.issuedMs), write.ok, write.phase};
    }
    return samples;
}

QStringList WriteProbeLedger::lost(const QSet<QString> &present) const
{
    QStringList lost;
    for (const Write &write : m_writes) {
        if (write.acknowledged() && !present.contains(write.name)) {
            lost << WriteProbeReport::tr("%1 (#%2, acknowledged %3, %4)")
                        .arg(write.name)
                        .arg(write.sequence)
                        .arg(m_started.addMSecs(write.completedMs).toUTC().toString(QStringLiteral("HH:mm:ss.zzz")),
                             phaseTitle(write.phase));
        }
    }
    return lost;
}
