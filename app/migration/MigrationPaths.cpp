#include "MigrationPaths.h"

#include <QRegularExpression>
#include <QStandardPaths>

namespace MigrationPaths {

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/exhibitor-migration-wizard");
}

QString reportDir(const QString &runId, const QString &kind)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString name = (runId.isEmpty() ? QStringLiteral("no-run") : runId) + QLatin1Char('-') + kind;
    name.replace(unsafe, QStringLiteral("_"));
    // A file name has its limits (255 bytes on most file systems).
    return dataDir() + QStringLiteral("/reports/") + name.left(128);
}

} // namespace MigrationPaths
