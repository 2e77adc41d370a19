#pragma once

#include "MigrationTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

struct MigrationReport;

// The run as a timeline, built from its report: one lane per master with a bar for each of its
// restarts, split at the steps RestartOperation records (unit stopped, Exhibitor's REST took the
// start request, ZooKeeper up, serving, caught up); the phases as bands; the times without quorum;
// and, when the run had a write probe, a strip of its writes.
//
// Plain data, no widgets: the wizard's TimelineView paints layout() with QPainter, ReportHtml
// writes it as inline SVG (toSvg()), so the report and the Summary always show the same picture.
// Meaning is carried by text and shape as well as colour: every segment, band and window has a
// label or a hatch, and summary() says in words what the picture shows (accessible description).
//
// Waits between phases (the operator reading a confirmation page) can last minutes while a
// restart takes seconds: stretches without any phase running are drawn as a short break marked
// with how long it was, so the restarts stay readable.
class TimelineModel
{
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)

public:
    // What a restart was doing between two of its recorded steps.
    enum class Step {
        Stopping,          // started → unit stopped
        StartingExhibitor, // unit stopped → Exhibitor's REST took cluster/start
        StartingZooKeeper, // → ZooKeeper answers
        Joining,           // → serving (election, sync with the leader)
        CatchingUp,        // → zxid caught up, the gate passed
        NotSettled         // the last step reached → the restart's end, when it did not settle
    };

    struct Segment
    {
        Step step = Step::Stopping;
        QDateTime from;
        QDateTime to;
        qint64 durationMs() const { return from.msecsTo(to); }
    };

    struct Restart
    {
        Phase phase = Phase::PhaseA;
        QString master;
        QDateTime started;
        QDateTime finished;
        bool settled = false; // reached "caught up"
        QList<Segment> segments;
        qint64 durationMs() const { return started.msecsTo(finished); }
    };

    struct Lane
    {
        QString master;
        QList<Restart> restarts;
    };

    struct PhaseBand
    {
        Phase phase = Phase::PhaseA;
        QDateTime from;
        QDateTime to;
    };

    struct QuorumLoss
    {
        Phase phase = Phase::PhaseA;
        QString afterRestartOf;
        QDateTime from;
        QDateTime to;
        qint64 durationMs() const { return from.msecsTo(to); }
    };

    // One write of the run's write probe (MigrationReport::writeProbe's samples).
    struct ProbeSample
    {
        QDateTime time;
        bool ok = false;
    };

    // What the renderers draw, in the coordinates of a Geometry.
    struct Shape
    {
        enum class Kind {
            PhaseBand,  // text: the phase's short name
            Gap,        // a break in the time axis; text: how long it was
            LaneLabel,  // text: the master
            Segment,    // step: which one; text: its short letter when it fits
            RestartBox, // outline of one restart; text: its duration; settled or not
            QuorumLoss, // hatched; text: "no quorum 1.6 s" when it fits
            ProbeOk,
            ProbeFailed,
            ProbeLabel,
            AxisTick,   // text: time since the first shown moment
            Legend      // a swatch; step: which one; text: "S stopping the unit"
        };
        Kind kind = Kind::PhaseBand;
        QRectF rect;
        QString text;
        QString tooltip;    // full description (SVG <title>, the view's tool tip)
        Step step = Step::Stopping;
        bool settled = true;
        Phase phase = Phase::PhaseA;
        QString master;
    };

    struct Geometry
    {
        double width = 900;
        double labelWidth = 120; // the masters' names
        double bandHeight = 20;  // the phase names above the lanes
        double laneHeight = 28;
        double probeHeight = 14;
        double axisHeight = 16;
        double legendHeight = 18;
        double charWidth = 7; // to decide whether a label fits
        // The font's own width of a text (a painter's metrics); unset: charWidth per character,
        // which is far too narrow for CJK text.
        std::function<double(const QString &)> textWidth;
        double measure(const QString &text) const
        {
            return textWidth ? textWidth(text) : charWidth * double(text.size());
        }
    };

    static TimelineModel fromReport(const MigrationReport &report);

    void setProbeSamples(const QList<ProbeSample> &samples);

    const QList<Lane> &lanes() const { return m_lanes; }
    const QList<PhaseBand> &phases() const { return m_phases; }
    const QList<QuorumLoss> &quorumLosses() const { return m_losses; }
    const QList<ProbeSample> &probeSamples() const { return m_probe; }
    bool isEmpty() const { return !m_first.isValid(); }
    int restartCount() const;
    QDateTime first() const { return m_first; }
    QDateTime last() const { return m_last; }

    // Position of a moment on the compressed axis, 0 at first(), 1 at last().
    double fraction(const QDateTime &time) const;

    static QString stepTitle(Step step);  // translated: "stopping the unit", ...
    static QString stepLetter(Step step); // translated one-letter key for the legend
    // The legend: one swatch and words per step, wrapped to the width; height() counts its rows.
    static QString legendText(Step step);
    static double legendWidth(const Geometry &g, Step step);
    static int legendRows(const Geometry &g);
    static QString phaseShortTitle(Phase phase);
    // Fill colours, from the Okabe-Ito palette (distinct for colour-blind viewers too); the
    // letters, hatches and tick heights carry the same meaning without colour.
    static QString colorName(Step step);
    static QString colorName(Shape::Kind kind);

    QString restartText(const Restart &restart) const; // one restart in words
    QString laneText(const Lane &lane) const;          // one master's restarts in words
    QString quorumText() const;                        // the windows without quorum in words
    QString probeText() const;                          // empty without probe samples
    QString summary() const;                            // all of the above, for screen readers

    double height(const Geometry &geometry) const;
    QList<Shape> layout(const Geometry &geometry) const;
    // Self-contained SVG (no scripts, escaped text), with a <title>/<desc> and one
    // <g class="restart"> per restart.
    QString toSvg(const Geometry &geometry) const;
    QString toSvg() const;

private:
    struct AxisPart
    {
        QDateTime from;
        QDateTime to;
        bool gap = false;
    };
    void buildAxis();
    double axisMs() const;

    QList<Lane> m_lanes;
    QList<PhaseBand> m_phases;
    QList<QuorumLoss> m_losses;
    QList<ProbeSample> m_probe;
    QList<AxisPart> m_axis;
    QDateTime m_first;
    QDateTime m_last;
    qint64 m_gapMs = 0; // how much axis time each break takes
};
