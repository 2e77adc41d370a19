#pragma once

#include "migration/TimelineModel.h"

#include <QImage>
#include <QWidget>

class QPainter;

// The run's timeline (TimelineModel) painted with QPainter: a lane per master with its restarts
// split into steps, the phases as bands, the times without quorum hatched, the write probe's
// strip. Each step carries a letter and the legend spells them out; the unsettled restart is
// dashed and marked ✕; quorum loss is hatched and labelled; so nothing depends on colour. The
// accessible description is TimelineModel::summary(): every master's restarts and the quorum-loss
// windows in words. Hovering shows the step, restart or window under the pointer.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(const TimelineModel &model);
    const TimelineModel &model() const { return m_model; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Paints model into painter's device, width wide, with font's metrics: the widget, and the
    // PDF export's picture (any thread: it touches no widget).
    static TimelineModel::Geometry geometryFor(const TimelineModel &model, const QFont &font, double width);
    static void paint(QPainter &painter, const TimelineModel &model, const TimelineModel::Geometry &geometry);
    // The timeline as a picture (white background) at scale times its natural size.
    static QImage render(const TimelineModel &model, const QFont &font, int width, double scale = 2.0);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    TimelineModel m_model;
};
