#pragma once

#include <QByteArray>
#include <QString>

// A unified diff (as `diff -u` prints it, without timestamps) of two texts, for previews of env
// files and config.yaml. Lines are compared with their line endings, so a lost final newline
// shows up ("\ No newline at end of file") and the output can be fed to `patch`.
class UnifiedDiff
{
public:
    // Empty when the texts are equal, like diff.
    static QString diff(const QByteArray &before, const QByteArray &after,
                        const QString &beforeName, const QString &afterName, int context = 3);
};
