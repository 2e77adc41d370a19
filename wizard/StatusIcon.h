#pragma once

#include <QIcon>

// The status marks the pages show (a check's verdict, a master's state), drawn from SVGs in
// resources/icons so they stay sharp at any scale factor, unlike the style's bitmap icons.
namespace StatusIcon {
enum class Kind { Passed, Failed, Busy, Skipped };

inline QIcon icon(Kind kind)
{
    switch (kind) {
    case Kind::Passed:
        return QIcon(QStringLiteral(":/icons/status-passed.svg"));
    case Kind::Failed:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    case Kind::Busy:
        return QIcon(QStringLiteral(":/icons/status-busy.svg"));
    case Kind::Skipped:
        return QIcon(QStringLiteral(":/icons/status-skipped.svg"));
    }
    return {};
}
} // namespace StatusIcon
