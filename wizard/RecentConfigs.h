#pragma once

#include <QString>
#include <QStringList>

// The config.yaml files opened recently, most recent first, kept in QSettings. Only paths are
// stored: never anything secret.
class RecentConfigs
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList load();
    // Puts `path` first (once) and returns the new list.
    static QStringList add(const QString &path);
    static void clear();
};
