#pragma once

#include <QIcon>

// The status marks the pages show (a check's verdict, a master's state), drawn from SVGs in
// resources/icons so they stay sharp at any scale factor, unlike the style's bitmap icons.
namespace StatusIcon {
enum class Kind { Passed, Failed, Busy, Skipped };

inline QIcon icon(Kind kind)
{
    // One QIcon per mark for the whole run: a QIcon made anew for each cell and each paint
    // parses and renders its SVG every time (its pixmap cache is per icon). Never freed: the
    // icons live as long as the process, and freeing them after QApplication is gone is not safe.
    static const QIcon *const icons = new QIcon[4]{
        QIcon(QStringLiteral(":/icons/status-passed.svg")), QIcon(QStringLiteral(":/icons/status-failed.svg")),
        QIcon(QStringLiteral(":/icons/status-busy.svg")), QIcon(QStringLiteral(":/icons/status-skipped.svg"))};
    return icons[int(kind)];
}
} // namespace StatusIcon
