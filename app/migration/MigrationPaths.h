#pragma once

#include <QString>

// Where run journals and reports live. The wizard and exhibitor-migrate have different
// application names, but a run one of them left unfinished must be found by the other, so both
// use one directory under the generic data location rather than each its AppDataLocation.
namespace MigrationPaths {
QString dataDir(); // e.g. ~/.local/share/exhibitor-migration-wizard
}
