#include "TimelineView.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
using Shape = TimelineModel::Shape;

QColor color(const QString &name)
{
    return QColor(name);
}
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline of the run"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setModel(TimelineModel());
}

void TimelineView::setModel(const TimelineModel &model)
{
    m_model = model;
    setAccessibleDescription(m_model.summary());
    setVisible(!m_model.isEmpty());
    updateGeometry();
    update();
}

TimelineModel::Geometry TimelineView::geometryFor(const TimelineModel &model, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    TimelineModel::Geometry geometry;
    geometry.width = width;
    geometry.charWidth = metrics.averageCharWidth();
    geometry.textWidth = [metrics](const QString &text) { return metrics.horizontalAdvance(text); };
    geometry.bandHeight = metrics.height() + 6;
    geometry.laneHeight = std::max(24.0, metrics.height() * 1.9);
    geometry.probeHeight = metrics.height() + 2;
    geometry.axisHeight = metrics.height() + 4;
    geometry.legendHeight = metrics.height() + 4;
    double label = metrics.horizontalAdvance(TimelineModel::tr("write probe"));
    for (const auto &lane : model.lanes())
        label = std::max(label, metrics.horizontalAdvance(lane.master));
    geometry.labelWidth = std::min(label + 12, width / 3);
    return geometry;
}

int TimelineView::heightForWidth(int width) const
{
    return int(std::ceil(m_model.height(geometryFor(m_model, font(), width))));
}

QSize TimelineView::sizeHint() const
{
    return QSize(640, heightForWidth(640));
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(320, heightForWidth(320));
}

void TimelineView::paint(QPainter &painter, const TimelineModel &model, const TimelineModel::Geometry &geometry)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor ink(QStringLiteral("#222222"));
    bool shade = false;
    for (const Shape &shape : model.layout(geometry)) {
        const QRectF r = shape.rect;
        switch (shape.kind) {
        case Shape::Kind::PhaseBand: {
            shade = !shade;
            painter.setPen(QColor(QStringLiteral("#b8c0cc")));
            painter.setBrush(shade ? color(TimelineModel::colorName(shape.kind)) : QColor(QStringLiteral("#F8F9FB")));
            painter.drawRect(r);
            painter.setPen(ink);
            const QRectF text(r.left() + 3, r.top(), r.width() - 4, geometry.bandHeight);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(shape.text, Qt::ElideRight, int(text.width())));
            break;
        }
        case Shape::Kind::Gap:
            painter.setPen(QPen(QColor(QStringLiteral("#999999")), 1, Qt::DashLine));
            painter.setBrush(Qt::white);
            painter.drawRect(r);
            painter.setPen(ink);
            painter.drawText(QRectF(r.left() - 10, r.top(), r.width() + 20, geometry.bandHeight), Qt::AlignCenter,
                             shape.text);
            break;
        case Shape::Kind::QuorumLoss: {
            const QColor loss = color(TimelineModel::colorName(shape.kind));
            QColor fill = loss;
            fill.setAlpha(40);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(r);
            painter.setBrush(QBrush(loss, Qt::BDiagPattern));
            painter.setPen(loss);
            painter.drawRect(r);
            painter.setPen(QColor(QStringLiteral("#7a2e00")));
            painter.drawText(QRectF(r.left() + 2, r.bottom() - geometry.axisHeight, 400, geometry.axisHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, shape.text);
            break;
        }
        case Shape::Kind::LaneLabel:
        case Shape::Kind::ProbeLabel:
            painter.setPen(ink);
            painter.drawText(r.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(shape.text, Qt::ElideMiddle, int(r.width() - 2)));
            break;
        case Shape::Kind::Segment:
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(TimelineModel::colorName(shape.step)));
            painter.drawRect(r);
            if (!shape.text.isEmpty()) {
                painter.setPen(Qt::black);
                painter.drawText(r, Qt::AlignCenter, shape.text);
            }
            break;
        case Shape::Kind::RestartBox:
            painter.setPen(QPen(ink, 1.5, shape.settled ? Qt::SolidLine : Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
            break;
        case Shape::Kind::ProbeOk:
        case Shape::Kind::ProbeFailed:
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(TimelineModel::colorName(shape.kind)));
            painter.drawRect(r);
            break;
        case Shape::Kind::AxisTick:
            painter.setPen(QColor(QStringLiteral("#666666")));
            painter.drawLine(QPointF(r.x(), r.y()), QPointF(r.x(), r.y() + 4));
            painter.drawText(QRectF(r.x() + 2, r.y(), 200, geometry.axisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             shape.text);
            break;
        case Shape::Kind::Legend:
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(TimelineModel::colorName(shape.step)));
            painter.drawRect(r);
            painter.setPen(ink);
            painter.drawText(QRectF(r.right() + 4, r.top() - 3, geometry.width, r.height() + 6),
                             Qt::AlignLeft | Qt::AlignVCenter, shape.text);
            break;
        }
    }
    painter.restore();
}

QImage TimelineView::render(const TimelineModel &model, const QFont &font, int width, double scale)
{
    const TimelineModel::Geometry geometry = geometryFor(model, font, width);
    const QSize size(int(width * scale), int(std::ceil(model.height(geometry) * scale)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.scale(scale, scale);
    paint(painter, model, geometry);
    return image;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // A chart on paper, whatever the theme: the palette's text colour could vanish on the bands.
    painter.fillRect(rect(), Qt::white);
    paint(painter, m_model, geometryFor(m_model, font(), width()));
    if (hasFocus()) {
        // Reached by Tab: a screen reader reads the description; sighted keyboard users see where.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QList<Shape> shapes = m_model.layout(geometryFor(m_model, font(), width()));
        // The most specific shape under the pointer: steps are drawn after bands and windows (a
        // restart's outline says what its steps say together, the lane label has it whole).
        QString tip;
        for (auto it = shapes.crbegin(); it != shapes.crend(); ++it) {
            if (it->kind != Shape::Kind::RestartBox && !it->tooltip.isEmpty() &&
                it->rect.adjusted(-1, -1, 1, 1).contains(help->pos())) {
                tip = it->tooltip;
                break;
            }
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}
