#include "EnsembleDiagramView.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>
#include <numbers>

namespace {

using Role = EnsembleDiagramModel::Role;

// Wide enough that nothing wraps: the picture's natural size.
constexpr int kUnbounded = 1 << 20;
// The natural picture is scaled up to fill a large window (a projector), at most this much.
constexpr qreal kMaxScale = 3.0;
// ... and scaled down on a page that cannot give it its height, at least this much.
constexpr qreal kMinScale = 0.6;
// Beyond this width the size hint wraps the cards rather than asking for more.
constexpr int kHintWidth = 900;

// Okabe-Ito: distinguishable with the common colour-vision deficiencies; the shapes and the
// role's text carry the state as well.
QColor roleColor(Role role)
{
    switch (role) {
    case Role::Leader:
        return QColor(0x00, 0x72, 0xb2); // blue
    case Role::Follower:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case Role::Serving:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case Role::NotServing:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case Role::Down:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case Role::Restarting:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case Role::Unknown:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

EnsembleDiagramView::EnsembleDiagramView(EnsembleDiagramModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // Reachable by Tab, so a screen reader on a keyboard reads the description.
    setFocusPolicy(Qt::TabFocus);
    setTitle(QString());
    connect(m_model, &EnsembleDiagramModel::changed, this, &EnsembleDiagramView::modelChanged);
    modelChanged();
}

void EnsembleDiagramView::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title.isEmpty() ? tr("Ensemble diagram") : tr("Ensemble diagram: %1").arg(title));
    updateGeometry();
    update();
}

int EnsembleDiagramView::nodeCount() const
{
    return m_model ? m_model->count() : 0;
}

QString EnsembleDiagramView::nodeText(int index) const
{
    return m_model && index >= 0 && index < m_model->count() ? m_model->nodeText(index) : QString();
}

void EnsembleDiagramView::modelChanged()
{
    if (!m_model)
        return;
    QStringList lines = m_model->describe();
    if (m_model->count() == 0)
        lines.prepend(tr("No masters to show yet."));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

void EnsembleDiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

EnsembleDiagramView::Metrics EnsembleDiagramView::metrics() const
{
    // Fractional advances: a text measured in whole pixels is elided when drawn at that width.
    const QFontMetricsF fm(font());
    const QFontMetricsF bold(boldOf(font()));
    Metrics m;
    m.line = fontMetrics().height();
    m.pad = qMax(4, m.line / 2);
    m.icon = m.line * 2;
    qreal textWidth = 0;
    bool notes = false;
    if (m_model) {
        for (int i = 0; i < m_model->count(); ++i) {
            const auto &node = m_model->node(i);
            textWidth = qMax(textWidth, bold.horizontalAdvance(node.master));
            textWidth = qMax(textWidth, fm.horizontalAdvance(m_model->idText(node)));
            textWidth = qMax(textWidth, bold.horizontalAdvance(EnsembleDiagramModel::roleText(node)));
            for (const QString &line : m_model->backendLines(node))
                textWidth = qMax(textWidth, fm.horizontalAdvance(line));
            notes = notes || !node.note.isEmpty();
        }
    }
    m.cardWidth = qMax(m.icon, int(std::ceil(textWidth)) + 2) + 2 * m.pad;
    m.cardHeight = m.pad + m.icon + m.pad / 2 + (notes ? 6 : 5) * m.line + m.pad;
    return m;
}

QString EnsembleDiagramView::headingText() const
{
    if (!m_model)
        return QString();
    if (m_model->count() == 0)
        return tr("No masters to show yet.");
    return m_model->note();
}

EnsembleDiagramView::Layout EnsembleDiagramView::layoutFor(int width) const
{
    const Metrics m = metrics();
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics bold(boldOf(font()));
    const int margin = m.pad;
    const int avail = qMax(m.cardWidth + 2 * m.pad, width - 2 * margin);
    Layout layout;
    if (m_model) {
        for (int i = 0; i < m_model->count(); ++i)
            layout.cards << QRect();
    }

    // Groups flow left to right and wrap; inside each, the cards do the same.
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    int contentWidth = 0;
    const QList<EnsembleDiagramModel::Numbering> numberings
        = m_model ? m_model->numberings() : QList<EnsembleDiagramModel::Numbering>();
    for (const auto numbering : numberings) {
        Group group{ numbering, QRect(), {} };
        for (int i = 0; i < m_model->count(); ++i) {
            if (m_model->node(i).numbering == numbering)
                group.nodes << i;
        }
        const int n = int(group.nodes.size());
        const int maxColumns = qMax(1, (avail - 2 * m.pad + m.pad) / (m.cardWidth + m.pad));
        const int columns = qMin(n, maxColumns);
        const int rows = (n + columns - 1) / columns;
        const int titleWidth = qMax(bold.horizontalAdvance(m_model->numberingTitle(numbering)),
                                    fm.horizontalAdvance(m_model->quorumText(numbering)))
            + 2 * m.pad + 2;
        const int cardsWidth = 2 * m.pad + columns * m.cardWidth + (columns - 1) * m.pad;
        const int groupWidth = qMax(cardsWidth, qMin(titleWidth, avail));
        const int groupHeight = m.pad + 2 * m.line + m.pad + rows * m.cardHeight + (rows - 1) * m.pad + m.pad;
        if (x > 0 && x + groupWidth > avail) {
            x = 0;
            y += rowHeight + m.pad;
            rowHeight = 0;
        }
        group.frame = QRect(x, y, groupWidth, groupHeight);
        const int cardsLeft = x + (groupWidth - cardsWidth) / 2 + m.pad;
        const int cardsTop = y + m.pad + 2 * m.line + m.pad;
        for (int k = 0; k < n; ++k) {
            layout.cards[group.nodes.at(k)] = QRect(cardsLeft + (k % columns) * (m.cardWidth + m.pad),
                                                    cardsTop + (k / columns) * (m.cardHeight + m.pad),
                                                    m.cardWidth, m.cardHeight);
        }
        layout.groups << group;
        x += groupWidth + m.pad;
        rowHeight = qMax(rowHeight, groupHeight);
        contentWidth = qMax(contentWidth, x - m.pad);
    }
    const int groupsHeight = numberings.isEmpty() ? 0 : y + rowHeight;

    // The heading above: the title and the model's note, wrapped to the picture's width.
    int headingHeight = 0;
    if (!m_title.isEmpty()) {
        headingHeight += m.line;
        contentWidth = qMax(contentWidth, qMin(avail, bold.horizontalAdvance(m_title) + 2));
    }
    const QString note = headingText();
    if (!note.isEmpty()) {
        const int noteWidth = qMin(avail, qMax(contentWidth, 24 * fm.averageCharWidth()));
        headingHeight += fm.boundingRect(QRect(0, 0, noteWidth, kUnbounded), Qt::TextWordWrap, note).height();
        contentWidth = qMax(contentWidth, noteWidth);
    }
    if (headingHeight > 0 && groupsHeight > 0)
        headingHeight += m.pad;
    layout.heading = QRect(margin, margin, contentWidth, headingHeight);
    const QPoint shift(margin, margin + headingHeight);
    for (Group &group : layout.groups)
        group.frame.translate(shift);
    for (QRect &card : layout.cards)
        card.translate(shift);
    layout.size = QSize(contentWidth + 2 * margin, headingHeight + groupsHeight + 2 * margin);
    return layout;
}

QSize EnsembleDiagramView::sizeHint() const
{
    const QSize natural = layoutFor(kUnbounded).size;
    return natural.width() <= kHintWidth ? natural : layoutFor(kHintWidth).size;
}

QSize EnsembleDiagramView::minimumSizeHint() const
{
    // One card wide, and as tall as the picture with every numbering in one row (it is never
    // shorter); heightForWidth() says how tall the wrapped picture is at a given width.
    const Metrics m = metrics();
    return QSize(m.cardWidth + 4 * m.pad, layoutFor(kUnbounded).size.height());
}

int EnsembleDiagramView::heightForWidth(int width) const
{
    return layoutFor(width).size.height();
}

EnsembleDiagramView::Layout EnsembleDiagramView::currentLayout(qreal *scale, QPointF *offset) const
{
    const Layout natural = layoutFor(kUnbounded);
    if (natural.size.width() <= width() && natural.size.height() <= height() && !natural.size.isEmpty()) {
        // Room to spare: the whole picture larger, centred across.
        *scale = qBound(1.0,
                        qMin(qreal(width()) / natural.size.width(), qreal(height()) / natural.size.height()),
                        kMaxScale);
        *offset = QPointF((width() - natural.size.width() * *scale) / 2.0, 0.0);
        return natural;
    }
    // Narrower: the cards wrap. On a page too crowded to give the wrapped picture its height,
    // it shrinks (down to kMinScale) rather than lose its bottom row.
    *scale = 1.0;
    Layout wrapped = layoutFor(width());
    if (wrapped.size.height() > height() && height() > 0) {
        *scale = qMax(kMinScale, qreal(height()) / wrapped.size.height());
        wrapped = layoutFor(int(width() / *scale));
    }
    *offset = QPointF(qMax(0.0, (width() - wrapped.size.width() * *scale) / 2.0), 0.0);
    return wrapped;
}

void EnsembleDiagramView::paintEvent(QPaintEvent *)
{
    if (!m_model)
        return;
    qreal scale = 1.0;
    QPointF offset;
    const Layout layout = currentLayout(&scale, &offset);
    const Metrics m = metrics();
    const QFontMetrics fm = fontMetrics();

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (hasFocus()) {
        // Sighted keyboard users see where the focus is.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    painter.translate(offset);
    painter.scale(scale, scale);

    QRect heading = layout.heading;
    if (!m_title.isEmpty()) {
        painter.setFont(boldOf(font()));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(heading.left(), heading.top(), heading.width(), m.line),
                         Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_title, Qt::ElideRight, heading.width()));
        heading.setTop(heading.top() + m.line);
    }
    const QString note = headingText();
    if (!note.isEmpty()) {
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(heading, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    }

    for (const Group &group : layout.groups) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(QRectF(group.frame).adjusted(0.5, 0.5, -0.5, -0.5), m.pad, m.pad);
        const QRect title(group.frame.left() + m.pad, group.frame.top() + m.pad, group.frame.width() - 2 * m.pad,
                          m.line);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(boldOf(font()));
        painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(boldOf(font()))
                             .elidedText(m_model->numberingTitle(group.numbering), Qt::ElideRight, title.width()));
        painter.setFont(font());
        painter.drawText(title.translated(0, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_model->quorumText(group.numbering), Qt::ElideRight, title.width()));
        for (const int index : group.nodes)
            paintCard(painter, m, layout.cards.at(index), index);
    }
}

void EnsembleDiagramView::paintCard(QPainter &painter, const Metrics &m, const QRect &card, int index) const
{
    const EnsembleDiagramModel::Node &node = m_model->node(index);
    const bool leader = node.role == Role::Leader;
    // The leader's heavy frame marks it even without the star's colour.
    painter.setPen(QPen(leader ? palette().color(QPalette::Text) : palette().color(QPalette::Mid), leader ? 3.0 : 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(card).adjusted(1.5, 1.5, -1.5, -1.5), m.pad / 2.0, m.pad / 2.0);

    const QRect icon(card.left() + (card.width() - m.icon) / 2, card.top() + m.pad, m.icon, m.icon);
    paintShape(painter, icon, node.role);

    const int textWidth = card.width() - 2 * m.pad;
    QRect line(card.left() + m.pad, icon.bottom() + 1 + m.pad / 2, textWidth, m.line);
    auto text = [&](const QString &value, const QFont &font) {
        painter.setFont(font);
        painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetrics(font).elidedText(value, Qt::ElideRight, textWidth));
        line.translate(0, m.line);
    };
    painter.setPen(palette().color(QPalette::Text));
    text(node.master, boldOf(font()));
    text(m_model->idText(node), font());
    text(EnsembleDiagramModel::roleText(node), boldOf(font()));
    const QStringList backend = m_model->backendLines(node);
    for (int i = 0; i < 2; ++i)
        text(backend.value(i), font());
    if (!node.note.isEmpty()) {
        QFont italic = font();
        italic.setItalic(true);
        text(node.note, italic);
    }
}

void EnsembleDiagramView::paintShape(QPainter &painter, const QRect &box, Role role) const
{
    const QColor color = roleColor(role);
    const QRectF r = QRectF(box).adjusted(2, 2, -2, -2);
    const QPointF c = r.center();
    const qreal radius = r.width() / 2.0;
    const QColor outline(0x33, 0x33, 0x33);
    painter.save();
    switch (role) {
    case Role::Leader: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const qreal rr = i % 2 == 0 ? radius : radius * 0.45;
            star << QPointF(c.x() + rr * std::cos(angle), c.y() + rr * std::sin(angle));
        }
        painter.setPen(QPen(outline, 1.5));
        painter.setBrush(color);
        painter.drawPolygon(star);
        break;
    }
    case Role::Follower:
        painter.setPen(QPen(outline, 1.5));
        painter.setBrush(color);
        painter.drawEllipse(r);
        break;
    case Role::Serving:
        // Serving, role not told (a prediction, or observer/standalone): a ring around a dot.
        painter.setPen(QPen(color, radius / 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(radius / 6, radius / 6, -radius / 6, -radius / 6));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(c, radius / 3.0, radius / 3.0);
        break;
    case Role::NotServing: {
        // Hollow and dashed: running, not serving.
        QPen pen(color, radius / 4.0, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(radius / 8, radius / 8, -radius / 8, -radius / 8));
        break;
    }
    case Role::Down: {
        QPen pen(color, radius / 3.0);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        const qreal d = radius * 0.65;
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d));
        break;
    }
    case Role::Restarting: {
        // A circular arrow.
        QPen pen(color, radius / 4.0);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const QRectF arc = r.adjusted(radius / 4, radius / 4, -radius / 4, -radius / 4);
        painter.drawArc(arc, 90 * 16, 270 * 16);
        const qreal ar = arc.width() / 2.0;
        const QPointF tip(c.x() + ar, c.y());
        QPolygonF head;
        head << QPointF(tip.x() - radius / 3.0, tip.y() - radius / 8.0) << QPointF(tip.x() + radius / 3.0, tip.y() - radius / 8.0)
             << QPointF(tip.x(), tip.y() + radius / 3.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(head);
        break;
    }
    case Role::Unknown: {
        painter.setPen(QPen(color, 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r);
        QFont font = boldOf(this->font());
        font.setPixelSize(qMax(8, int(radius)));
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    painter.restore();
}

bool EnsembleDiagramView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        qreal scale = 1.0;
        QPointF offset;
        const Layout layout = currentLayout(&scale, &offset);
        const QPoint at = ((QPointF(help->pos()) - offset) / scale).toPoint();
        for (int i = 0; i < layout.cards.size(); ++i) {
            if (layout.cards.at(i).contains(at)) {
                QToolTip::showText(help->globalPos(), m_model->nodeText(i), this);
                return true;
            }
        }
        for (const Group &group : layout.groups) {
            if (group.frame.contains(at)) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1: %2").arg(m_model->numberingTitle(group.numbering),
                                                    m_model->quorumText(group.numbering)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
