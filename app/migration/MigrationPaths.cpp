#include "MigrationPaths.h"

#include <QStandardPaths>

namespace MigrationPaths {

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/exhibitor-migration-wizard");
}

} // namespace MigrationPaths
