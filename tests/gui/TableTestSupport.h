#pragma once

// Table helpers shared by the GUI tests and the WizardDriver (which the gui-stall benchmark
// compiles too): click a header as a user does, read a column as the user sees it.

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>
#include <QTest>

namespace TableTestSupport {

inline void clickHeader(QHeaderView *header, int section)
{
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

inline QStringList column(const QTableView *table, int column)
{
    QStringList values;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace TableTestSupport
