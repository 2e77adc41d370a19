#pragma once

#include <QByteArray>
#include <QString>

// A unified diff (as `diff -u` prints it) of two texts, for previews of env files and config.yaml.
class UnifiedDiff
{
public:
    static QString diff(const QByteArray &before, const QByteArray &after,
                        const QString &beforeName, const QString &afterName, int context = 3);
};
