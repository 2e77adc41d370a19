#pragma once

#include "EnsembleDiagramModel.h"

#include <QList>
#include <QPointer>
#include <QRect>
#include <QWidget>

// Paints an EnsembleDiagramModel with QPainter: one card per master (its role as a shape and as
// text, so colour is never the only carrier; the leader as a star with a heavy frame; IP, ID or
// old → new ID, backend), grouped in a frame per numbering with that quorum's state. Cards flow
// in rows and wrap when narrow; with room to spare the whole picture scales up (a projector).
//
// Painting only reads the model. The widget's accessible description holds the model's lines
// (its note, each numbering's quorum, one line per node), updated whenever the model changes;
// nodeText() gives a node's line, a card's tooltip the same.
class EnsembleDiagramView : public QWidget
{
    Q_OBJECT

public:
    explicit EnsembleDiagramView(EnsembleDiagramModel *model, QWidget *parent = nullptr);

    EnsembleDiagramModel *model() const { return m_model; }
    // Shown above the picture ("Now", "After Phase A", ...) and part of the accessible name.
    void setTitle(const QString &title);
    QString title() const { return m_title; }

    int nodeCount() const;
    QString nodeText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Metrics
    {
        int line = 0;    // a text line's height
        int pad = 0;     // inner padding and spacing
        int icon = 0;    // the role shape's size
        int cardWidth = 0;
        int cardHeight = 0;
    };
    struct Group
    {
        EnsembleDiagramModel::Numbering numbering;
        QRect frame;
        QList<int> nodes;
    };
    struct Layout
    {
        QSize size;
        QRect heading; // title and the model's note
        QList<Group> groups;
        QList<QRect> cards; // per node index
    };

    void modelChanged();
    Metrics metrics() const;
    QString headingText() const;
    Layout layoutFor(int width) const;
    // The layout painted at the widget's size and how it is scaled and moved there.
    Layout currentLayout(qreal *scale, QPointF *offset) const;
    void paintCard(QPainter &painter, const Metrics &m, const QRect &card, int index) const;
    void paintShape(QPainter &painter, const QRect &box, EnsembleDiagramModel::Role role) const;

    QPointer<EnsembleDiagramModel> m_model;
    QString m_title;
};
