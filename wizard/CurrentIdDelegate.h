#pragma once

#include <QStyledItemDelegate>

// Edits a current ID in the preview table: a line edit that accepts 1..255 or nothing. The
// model validates again, so a pasted or scripted value cannot get past it either.
class CurrentIdDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};
