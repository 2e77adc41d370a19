#include "CurrentIdDelegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

QWidget *CurrentIdDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *editor = new QLineEdit(parent);
    editor->setAccessibleName(tr("Current ID"));
    editor->setPlaceholderText(tr("1–255"));
    // Empty is acceptable (it removes the ID); QIntValidator would call it intermediate.
    static const QRegularExpression id(QStringLiteral("|[1-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]"));
    editor->setValidator(new QRegularExpressionValidator(id, editor));
    return editor;
}
