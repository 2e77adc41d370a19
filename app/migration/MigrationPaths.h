#pragma once

#include <QString>

// Where run journals and reports live. The wizard and exhibitor-migrate have different
// application names, but a run one of them left unfinished must be found by the other, so both
// use one directory under the generic data location rather than each its AppDataLocation.
// Everything below it is private to the operator (PrivateFile: 0700 directories, 0600 files).
namespace MigrationPaths {
QString dataDir(); // e.g. ~/.local/share/exhibitor-migration-wizard
// The default report directory of a run: dataDir()/reports/<run id>-<kind>. The run id comes from
// the journal, a file that may have been edited: anything but letters, digits, '-' and '_' is
// replaced, so the name can neither climb out of reports/ ("../../x") nor name a subdirectory.
QString reportDir(const QString &runId, const QString &kind);
} // namespace MigrationPaths
