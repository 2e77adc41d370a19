#include "RecentConfigs.h"

#include <QSettings>

namespace {
const auto kKey = QStringLiteral("import/recentConfigs");
}

QStringList RecentConfigs::load()
{
    return QSettings().value(kKey).toStringList();
}

QStringList RecentConfigs::add(const QString &path)
{
    QStringList paths = load();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
    return paths;
}

void RecentConfigs::clear()
{
    QSettings().remove(kKey);
}
