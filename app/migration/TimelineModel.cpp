#include "TimelineModel.h"

#include "MigrationReport.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

QString seconds(qint64 ms)
{
    return TimelineModel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString elapsed(qint64 ms)
{
    if (ms < 60000)
        return seconds(ms);
    const qint64 s = ms / 1000;
    return TimelineModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

// The operation that ran a restart: same phase and master, running when the restart began.
const MigrationReport::OperationRecord *operationOf(const MigrationReport &report,
                                                    const MigrationReport::RestartTiming &timing)
{
    for (const auto &record : report.operations) {
        if (record.phase == timing.phase && record.master == timing.master && !record.skipped &&
            record.id.contains(QLatin1String(".restart.")) && record.started.isValid() &&
            record.started <= timing.started && (!record.finished.isValid() || record.finished >= timing.started))
            return &record;
    }
    return nullptr;
}

constexpr TimelineModel::Step kSteps[] = {TimelineModel::Step::Stopping, TimelineModel::Step::StartingExhibitor,
                                          TimelineModel::Step::StartingZooKeeper, TimelineModel::Step::Joining,
                                          TimelineModel::Step::CatchingUp, TimelineModel::Step::NotSettled};

} // namespace

TimelineModel TimelineModel::fromReport(const MigrationReport &report)
{
    TimelineModel model;
    QStringList masters = report.masters;
    for (const auto &timing : report.restarts) {
        if (!masters.contains(timing.master))
            masters << timing.master;
    }
    for (const QString &master : masters) {
        Lane lane{master, {}};
        for (const auto &timing : report.restarts) {
            if (timing.master != master || !timing.started.isValid())
                continue;
            Restart restart;
            restart.phase = timing.phase;
            restart.master = master;
            restart.started = timing.started;
            QDateTime previous = timing.started;
            const std::pair<QDateTime, Step> milestones[] = {{timing.unitStopped, Step::Stopping},
                                                             {timing.restUp, Step::StartingExhibitor},
                                                             {timing.zooKeeperUp, Step::StartingZooKeeper},
                                                             {timing.serving, Step::Joining},
                                                             {timing.caughtUp, Step::CatchingUp}};
            for (const auto &[time, step] : milestones) {
                if (!time.isValid() || time < previous)
                    continue; // not reached (or not asked: no REST start request)
                restart.segments << Segment{step, previous, time};
                previous = time;
            }
            restart.settled = timing.caughtUp.isValid();
            restart.finished = previous;
            if (!restart.settled) {
                const auto *record = operationOf(report, timing);
                QDateTime end = record && record->finished.isValid() ? record->finished : report.finished;
                if (end.isValid() && end > previous) {
                    restart.segments << Segment{Step::NotSettled, previous, end};
                    restart.finished = end;
                }
            }
            lane.restarts << restart;
        }
        std::sort(lane.restarts.begin(), lane.restarts.end(),
                  [](const Restart &a, const Restart &b) { return a.started < b.started; });
        model.m_lanes << lane;
    }

    for (const Phase phase : {Phase::Preflight, Phase::Inspect, Phase::Backup, Phase::PhaseA, Phase::PhaseB,
                              Phase::Verify, Phase::Finish, Phase::Rollback}) {
        PhaseBand band{phase, {}, {}};
        for (const auto &record : report.operations) {
            if (record.phase != phase || record.skipped || !record.started.isValid())
                continue;
            const QDateTime end = record.finished.isValid() ? record.finished : report.finished;
            if (!band.from.isValid() || record.started < band.from)
                band.from = record.started;
            if (end.isValid() && (!band.to.isValid() || end > band.to))
                band.to = end;
        }
        if (band.from.isValid() && band.to.isValid() && band.to >= band.from)
            model.m_phases << band;
    }

    for (const auto &window : report.quorumWindows) {
        if (window.from.isValid() && window.to.isValid())
            model.m_losses << QuorumLoss{window.phase, window.afterRestartOf, window.from, window.to};
    }
    for (const WriteProbeSample &sample : report.writeProbe.samples) {
        if (sample.time.isValid())
            model.m_probe << ProbeSample{sample.time, sample.ok};
    }
    model.buildAxis();
    return model;
}

void TimelineModel::setProbeSamples(const QList<ProbeSample> &samples)
{
    m_probe = samples;
    buildAxis();
}

void TimelineModel::buildAxis()
{
    // Everything that happened, as intervals; the stretches between them are waits.
    QList<std::pair<QDateTime, QDateTime>> busy;
    for (const auto &band : m_phases)
        busy << std::pair{band.from, band.to};
    for (const auto &lane : m_lanes) {
        for (const auto &restart : lane.restarts)
            busy << std::pair{restart.started, restart.finished};
    }
    for (const auto &loss : m_losses)
        busy << std::pair{loss.from, loss.to};
    for (const auto &sample : m_probe)
        busy << std::pair{sample.time, sample.time};
    m_axis.clear();
    m_first = m_last = QDateTime();
    if (busy.isEmpty())
        return;
    std::sort(busy.begin(), busy.end());
    QList<std::pair<QDateTime, QDateTime>> merged{busy.first()};
    for (const auto &interval : busy) {
        if (interval.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, interval.second);
        else
            merged << interval;
    }
    qint64 active = 0;
    for (const auto &interval : merged)
        active += interval.first.msecsTo(interval.second);
    m_gapMs = std::max<qint64>(1000, active / 25);
    m_first = merged.first().first;
    m_last = merged.last().second;
    for (int i = 0; i < merged.size(); ++i) {
        if (i > 0) {
            const QDateTime from = merged.at(i - 1).second;
            const QDateTime to = merged.at(i).first;
            // A short pause stays to scale; only a real wait becomes a break.
            m_axis << AxisPart{from, to, from.msecsTo(to) > 2 * m_gapMs};
        }
        m_axis << AxisPart{merged.at(i).first, merged.at(i).second, false};
    }
}

double TimelineModel::axisMs() const
{
    double total = 0;
    for (const auto &part : m_axis)
        total += part.gap ? double(m_gapMs) : double(part.from.msecsTo(part.to));
    return total;
}

double TimelineModel::fraction(const QDateTime &time) const
{
    const double total = axisMs();
    if (total <= 0 || !time.isValid())
        return 0;
    double position = 0;
    for (const auto &part : m_axis) {
        const double length = part.gap ? double(m_gapMs) : double(part.from.msecsTo(part.to));
        if (time <= part.to) {
            if (time > part.from) {
                const double span = double(part.from.msecsTo(part.to));
                position += span > 0 ? length * double(part.from.msecsTo(time)) / span : 0;
            }
            return std::clamp(position / total, 0.0, 1.0);
        }
        position += length;
    }
    return 1.0;
}

int TimelineModel::restartCount() const
{
    int count = 0;
    for (const auto &lane : m_lanes)
        count += int(lane.restarts.size());
    return count;
}

QString TimelineModel::stepTitle(Step step)
{
    switch (step) {
    case Step::Stopping:
        return tr("stopping the unit");
    case Step::StartingExhibitor:
        return tr("starting Exhibitor (until its REST takes the start request)");
    case Step::StartingZooKeeper:
        return tr("starting ZooKeeper");
    case Step::Joining:
        return tr("joining the ensemble (not serving yet)");
    case Step::CatchingUp:
        return tr("catching up with the leader");
    case Step::NotSettled:
        return tr("did not settle");
    }
    return QString();
}

QString TimelineModel::stepLetter(Step step)
{
    switch (step) {
    case Step::Stopping:
        return tr("S", "timeline: stopping the unit");
    case Step::StartingExhibitor:
        return tr("E", "timeline: starting Exhibitor");
    case Step::StartingZooKeeper:
        return tr("Z", "timeline: starting ZooKeeper");
    case Step::Joining:
        return tr("J", "timeline: joining the ensemble");
    case Step::CatchingUp:
        return tr("C", "timeline: catching up");
    case Step::NotSettled:
        return QStringLiteral("✕");
    }
    return QString();
}

QString TimelineModel::phaseShortTitle(Phase phase)
{
    switch (phase) {
    case Phase::Preflight:
        return tr("Preflight");
    case Phase::Inspect:
        return tr("State");
    case Phase::Backup:
        return tr("Backup");
    case Phase::PhaseA:
        return tr("Phase A");
    case Phase::PhaseB:
        return tr("Phase B");
    case Phase::Verify:
        return tr("Verify");
    case Phase::Finish:
        return tr("Finish");
    case Phase::Rollback:
        return tr("Rollback");
    }
    return QString();
}

QString TimelineModel::colorName(Step step)
{
    switch (step) {
    case Step::Stopping:
        return QStringLiteral("#999999");
    case Step::StartingExhibitor:
        return QStringLiteral("#E69F00");
    case Step::StartingZooKeeper:
        return QStringLiteral("#56B4E9");
    case Step::Joining:
        return QStringLiteral("#CC79A7");
    case Step::CatchingUp:
        return QStringLiteral("#009E73");
    case Step::NotSettled:
        return QStringLiteral("#D55E00");
    }
    return QStringLiteral("#999999");
}

QString TimelineModel::colorName(Shape::Kind kind)
{
    switch (kind) {
    case Shape::Kind::QuorumLoss:
    case Shape::Kind::ProbeFailed:
        return QStringLiteral("#D55E00");
    case Shape::Kind::ProbeOk:
        return QStringLiteral("#0072B2");
    case Shape::Kind::PhaseBand:
        return QStringLiteral("#EEF1F6");
    case Shape::Kind::Gap:
        return QStringLiteral("#FFFFFF");
    default:
        return QStringLiteral("#222222");
    }
}

QString TimelineModel::restartText(const Restart &restart) const
{
    QStringList steps;
    for (const Segment &segment : restart.segments) {
        if (segment.step == Step::NotSettled)
            continue;
        steps << tr("%1 after %2").arg(segment.step == Step::Stopping ? tr("unit stopped")
                                       : segment.step == Step::StartingExhibitor ? tr("Exhibitor's REST up")
                                       : segment.step == Step::StartingZooKeeper ? tr("ZooKeeper up")
                                       : segment.step == Step::Joining ? tr("serving")
                                                                       : tr("caught up"),
                                       seconds(restart.started.msecsTo(segment.to)));
    }
    const QString detail = steps.isEmpty() ? tr("no step reached") : steps.join(QStringLiteral(", "));
    return restart.settled
               ? tr("%1 restart, %2: %3").arg(phaseShortTitle(restart.phase), seconds(restart.durationMs()), detail)
               : tr("%1 restart, did not settle within %2: %3")
                     .arg(phaseShortTitle(restart.phase), seconds(restart.durationMs()), detail);
}

QString TimelineModel::laneText(const Lane &lane) const
{
    if (lane.restarts.isEmpty())
        return tr("%1: not restarted.").arg(lane.master);
    QStringList restarts;
    for (const Restart &restart : lane.restarts)
        restarts << restartText(restart);
    return tr("%1: %n restart(s): %2.", nullptr, int(lane.restarts.size()))
        .arg(lane.master, restarts.join(QStringLiteral("; ")));
}

QString TimelineModel::quorumText() const
{
    if (m_losses.isEmpty())
        return tr("The ensemble never lost its quorum.");
    QStringList windows;
    for (const QuorumLoss &loss : m_losses) {
        windows << (loss.afterRestartOf.isEmpty()
                        ? tr("%1, %2").arg(phaseShortTitle(loss.phase), seconds(loss.durationMs()))
                        : tr("%1, %2 at the restart of %3")
                              .arg(phaseShortTitle(loss.phase), seconds(loss.durationMs()), loss.afterRestartOf));
    }
    return tr("No quorum %n time(s): %1.", nullptr, int(m_losses.size())).arg(windows.join(QStringLiteral("; ")));
}

QString TimelineModel::probeText() const
{
    if (m_probe.isEmpty())
        return QString();
    const auto failed = std::count_if(m_probe.cbegin(), m_probe.cend(), [](const ProbeSample &s) { return !s.ok; });
    return tr("Write probe: %n write(s), %1 failed.", nullptr, int(m_probe.size())).arg(failed);
}

QString TimelineModel::summary() const
{
    if (isEmpty())
        return tr("Nothing to show: the run recorded no phases or restarts.");
    QStringList parts;
    for (const Lane &lane : m_lanes)
        parts << laneText(lane);
    parts << quorumText();
    if (!m_probe.isEmpty())
        parts << probeText();
    return parts.join(QLatin1Char(' '));
}

double TimelineModel::height(const Geometry &g) const
{
    return g.bandHeight + g.laneHeight * double(std::max<qsizetype>(1, m_lanes.size())) +
           (m_probe.isEmpty() ? 0.0 : g.probeHeight) + g.axisHeight + double(legendRows(g)) * g.legendHeight;
}

QString TimelineModel::legendText(Step step)
{
    return tr("%1 %2").arg(stepLetter(step), stepTitle(step));
}

double TimelineModel::legendWidth(const Geometry &g, Step step)
{
    return 16 + g.measure(legendText(step)) + 12;
}

int TimelineModel::legendRows(const Geometry &g)
{
    int rows = 1;
    double lx = 0;
    for (const Step step : kSteps) {
        const double width = legendWidth(g, step);
        if (lx > 0 && lx + width > g.width) {
            lx = 0;
            ++rows;
        }
        lx += width;
    }
    return rows;
}

QList<TimelineModel::Shape> TimelineModel::layout(const Geometry &g) const
{
    QList<Shape> shapes;
    if (isEmpty())
        return shapes;
    const double left = g.labelWidth;
    const double plot = std::max(10.0, g.width - g.labelWidth - 4);
    const auto x = [&](const QDateTime &t) { return left + plot * fraction(t); };
    const double lanesTop = g.bandHeight;
    const double lanesBottom = lanesTop + g.laneHeight * double(m_lanes.size());
    const double probeBottom = lanesBottom + (m_probe.isEmpty() ? 0.0 : g.probeHeight);
    const auto fits = [&](const QString &text, double width) { return width >= g.measure(text) + 4; };

    for (const PhaseBand &band : m_phases) {
        Shape shape;
        shape.kind = Shape::Kind::PhaseBand;
        shape.phase = band.phase;
        shape.rect = QRectF(x(band.from), 0, std::max(1.0, x(band.to) - x(band.from)), probeBottom);
        const QString title = phaseShortTitle(band.phase);
        shape.text = fits(title, shape.rect.width()) ? title : QString();
        shape.tooltip = tr("%1: %2").arg(phaseTitle(band.phase), elapsed(band.from.msecsTo(band.to)));
        shapes << shape;
    }
    for (const AxisPart &part : m_axis) {
        if (!part.gap)
            continue;
        Shape shape;
        shape.kind = Shape::Kind::Gap;
        shape.rect = QRectF(x(part.from), 0, std::max(1.0, x(part.to) - x(part.from)), probeBottom);
        shape.tooltip = tr("%1 without a running step (waiting for a confirmation), drawn shortened")
                            .arg(elapsed(part.from.msecsTo(part.to)));
        shape.text = QStringLiteral("⋯");
        shapes << shape;
    }
    // Under the bars, so the restarts stay readable through the hatch.
    for (const QuorumLoss &loss : m_losses) {
        Shape shape;
        shape.kind = Shape::Kind::QuorumLoss;
        shape.phase = loss.phase;
        shape.master = loss.afterRestartOf;
        shape.rect = QRectF(x(loss.from), lanesTop, std::max(3.0, x(loss.to) - x(loss.from)), lanesBottom - lanesTop);
        const QString text = tr("no quorum %1").arg(seconds(loss.durationMs()));
        shape.text = fits(text, shape.rect.width()) ? text : tr("no quorum");
        shape.tooltip = loss.afterRestartOf.isEmpty()
                            ? tr("No quorum for %1 (%2)").arg(seconds(loss.durationMs()), phaseTitle(loss.phase))
                            : tr("No quorum for %1 at the restart of %2 (%3)")
                                  .arg(seconds(loss.durationMs()), loss.afterRestartOf, phaseTitle(loss.phase));
        shapes << shape;
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes.at(i);
        const double top = lanesTop + g.laneHeight * double(i);
        Shape label;
        label.kind = Shape::Kind::LaneLabel;
        label.master = lane.master;
        label.rect = QRectF(0, top, g.labelWidth - 4, g.laneHeight);
        label.text = lane.master;
        label.tooltip = laneText(lane);
        shapes << label;
        for (const Restart &restart : lane.restarts) {
            const QRectF bar(x(restart.started), top + 4, std::max(2.0, x(restart.finished) - x(restart.started)),
                             g.laneHeight - 8);
            for (const Segment &segment : restart.segments) {
                Shape shape;
                shape.kind = Shape::Kind::Segment;
                shape.step = segment.step;
                shape.phase = restart.phase;
                shape.master = lane.master;
                shape.settled = restart.settled;
                shape.rect = QRectF(x(segment.from), bar.top(), std::max(1.0, x(segment.to) - x(segment.from)),
                                    bar.height());
                const QString letter = stepLetter(segment.step);
                shape.text = fits(letter, shape.rect.width()) ? letter : QString();
                shape.tooltip = tr("%1: %2, %3").arg(lane.master, stepTitle(segment.step),
                                                       seconds(segment.durationMs()));
                shapes << shape;
            }
            Shape box;
            box.kind = Shape::Kind::RestartBox;
            box.phase = restart.phase;
            box.master = lane.master;
            box.settled = restart.settled;
            box.rect = bar;
            box.text = seconds(restart.durationMs());
            box.tooltip = tr("%1: %2").arg(lane.master, restartText(restart));
            shapes << box;
        }
    }
    if (!m_probe.isEmpty()) {
        Shape label;
        label.kind = Shape::Kind::ProbeLabel;
        label.rect = QRectF(0, lanesBottom, g.labelWidth - 4, g.probeHeight);
        label.text = tr("write probe");
        label.tooltip = probeText();
        shapes << label;
        // One tick per pixel column (a failed write wins): minutes at 5 writes/s would
        // otherwise be thousands of shapes.
        QMap<int, ProbeSample> columns;
        for (const ProbeSample &sample : m_probe) {
            const int column = int(std::floor(x(sample.time)));
            const auto it = columns.constFind(column);
            if (it == columns.cend() || (it->ok && !sample.ok))
                columns.insert(column, sample);
        }
        for (const ProbeSample &sample : std::as_const(columns)) {
            Shape tick;
            tick.kind = sample.ok ? Shape::Kind::ProbeOk : Shape::Kind::ProbeFailed;
            // A failed write is a full-height tick, a good one half: the shape says which.
            const double h = sample.ok ? g.probeHeight / 2 : g.probeHeight - 2;
            tick.rect = QRectF(x(sample.time) - 0.5, probeBottom - 1 - h, sample.ok ? 1.0 : 2.0, h);
            tick.tooltip = sample.ok ? tr("write acknowledged") : tr("write failed");
            shapes << tick;
        }
    }

    // Ticks at round times on the stretches drawn to scale.
    const qint64 span = m_first.msecsTo(m_last);
    const qint64 candidates[] = {1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 1800000};
    qint64 step = candidates[std::size(candidates) - 1];
    const double pxPerMs = plot / std::max(1.0, axisMs());
    for (const qint64 candidate : candidates) {
        if (double(candidate) * pxPerMs >= 60) {
            step = candidate;
            break;
        }
    }
    double lastTickX = -1000;
    for (qint64 t = 0; t <= span; t += step) {
        const QDateTime time = m_first.addMSecs(t);
        const bool inGap = std::any_of(m_axis.cbegin(), m_axis.cend(), [&](const AxisPart &part) {
            return part.gap && time > part.from && time < part.to;
        });
        const double tx = x(time);
        if (inGap || tx - lastTickX < 50 || tx > g.width - 40) // the last label would be cut off
            continue;
        lastTickX = tx;
        Shape tick;
        tick.kind = Shape::Kind::AxisTick;
        tick.rect = QRectF(tx, probeBottom, 0, g.axisHeight);
        tick.text = elapsed(t);
        shapes << tick;
    }

    // Legend: swatch and words, so nothing depends on telling the colours apart.
    double lx = 0;
    double ly = probeBottom + g.axisHeight + 2;
    for (const Step step : kSteps) {
        const QString text = legendText(step);
        const double width = legendWidth(g, step);
        if (lx > 0 && lx + width > g.width) {
            lx = 0;
            ly += g.legendHeight;
        }
        Shape legend;
        legend.kind = Shape::Kind::Legend;
        legend.step = step;
        legend.rect = QRectF(lx, ly + 3, 12, g.legendHeight - 6);
        legend.text = text;
        shapes << legend;
        lx += width;
    }
    return shapes;
}

QString TimelineModel::toSvg() const
{
    return toSvg(Geometry());
}

QString TimelineModel::toSvg(const Geometry &g) const
{
    const double h = height(g);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-labelledby=\"emw-tl-title "
                                 "emw-tl-desc\" font-family=\"sans-serif\" font-size=\"11\">\n")
                      .arg(num(g.width), num(h));
    svg += QStringLiteral("<title id=\"emw-tl-title\">%1</title>\n<desc id=\"emw-tl-desc\">%2</desc>\n")
               .arg(esc(tr("Timeline of the run")), esc(summary()));
    svg += QStringLiteral("<defs><pattern id=\"emw-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                          "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#D55E00\" "
                          "fill-opacity=\"0.12\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#D55E00\" "
                          "stroke-width=\"2\"/></pattern></defs>\n");
    const auto rect = [](const QRectF &r) {
        return QStringLiteral("x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"")
            .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
    };
    const auto title = [](const QString &tooltip) {
        return tooltip.isEmpty() ? QString() : QStringLiteral("<title>%1</title>").arg(esc(tooltip));
    };
    const QList<Shape> shapes = layout(g);
    bool bandShade = false;
    for (const Shape &s : shapes) {
        switch (s.kind) {
        case Shape::Kind::PhaseBand:
            bandShade = !bandShade;
            svg += QStringLiteral("<g class=\"phase\"><rect %1 fill=\"%2\" stroke=\"#b8c0cc\"/>%3"
                                  "<text x=\"%4\" y=\"%5\">%6</text></g>\n")
                       .arg(rect(s.rect), bandShade ? colorName(s.kind) : QStringLiteral("#F8F9FB"), title(s.tooltip),
                            num(s.rect.x() + 3), num(g.bandHeight - 6), esc(s.text));
            break;
        case Shape::Kind::Gap:
            svg += QStringLiteral("<g class=\"gap\"><rect %1 fill=\"#ffffff\" stroke=\"#999\" "
                                  "stroke-dasharray=\"2 2\"/>%2<text x=\"%3\" y=\"%4\" text-anchor=\"middle\">%5"
                                  "</text></g>\n")
                       .arg(rect(s.rect), title(s.tooltip), num(s.rect.center().x()), num(g.bandHeight - 6),
                            esc(s.text));
            break;
        case Shape::Kind::LaneLabel:
        case Shape::Kind::ProbeLabel:
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3%4</text>\n")
                       .arg(num(s.rect.x() + 2), num(s.rect.center().y() + 4), title(s.tooltip), esc(s.text));
            break;
        case Shape::Kind::Segment:
            svg += QStringLiteral("<rect class=\"step\" %1 fill=\"%2\">%3</rect>\n")
                       .arg(rect(s.rect), colorName(s.step), title(s.tooltip));
            if (!s.text.isEmpty())
                svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                           .arg(num(s.rect.center().x()), num(s.rect.center().y() + 4), esc(s.text));
            break;
        case Shape::Kind::RestartBox:
            svg += QStringLiteral("<g class=\"restart\" data-master=\"%1\" data-phase=\"%2\" data-settled=\"%3\">"
                                  "<rect %4 fill=\"none\" stroke=\"#222\"%5/>%6</g>\n")
                       .arg(esc(s.master), phaseKey(s.phase), s.settled ? QStringLiteral("true") : QStringLiteral("false"),
                            rect(s.rect), s.settled ? QString() : QStringLiteral(" stroke-dasharray=\"4 2\""),
                            title(s.tooltip));
            break;
        case Shape::Kind::QuorumLoss:
            svg += QStringLiteral("<g class=\"quorum-loss\"><rect %1 fill=\"url(#emw-hatch)\" stroke=\"#D55E00\"/>%2"
                                  "<text x=\"%3\" y=\"%4\" fill=\"#7a2e00\">%5</text></g>\n")
                       .arg(rect(s.rect), title(s.tooltip), num(s.rect.x() + 2), num(s.rect.bottom() - 3),
                            esc(s.text));
            break;
        case Shape::Kind::ProbeOk:
        case Shape::Kind::ProbeFailed:
            svg += QStringLiteral("<rect class=\"%1\" %2 fill=\"%3\">%4</rect>\n")
                       .arg(s.kind == Shape::Kind::ProbeOk ? QStringLiteral("probe-ok") : QStringLiteral("probe-failed"),
                            rect(s.rect), colorName(s.kind), title(s.tooltip));
            break;
        case Shape::Kind::AxisTick:
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#666\"/>"
                                  "<text x=\"%4\" y=\"%5\" fill=\"#444\">%6</text>\n")
                       .arg(num(s.rect.x()), num(s.rect.y()), num(s.rect.y() + 4), num(s.rect.x() + 2),
                            num(s.rect.y() + g.axisHeight - 3), esc(s.text));
            break;
        case Shape::Kind::Legend:
            svg += QStringLiteral("<rect %1 fill=\"%2\"/><text x=\"%3\" y=\"%4\">%5</text>\n")
                       .arg(rect(s.rect), colorName(s.step), num(s.rect.right() + 4), num(s.rect.bottom() - 1),
                            esc(s.text));
            break;
        }
    }
    return svg + QStringLiteral("</svg>\n");
}
