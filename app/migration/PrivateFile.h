#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Local files that may hold what an operator must keep to themselves: the run journal, the
// report, the config.yaml written for DC/OS (it keeps config.yaml's secrets) and what the wizard
// saves or exports from them. Each is written whole or not at all (a temp file in the same
// directory, fsync, rename), readable by its owner only (0600), never through a symbolic link.
//
// Why not QSaveFile: it creates the file with the umask's mode (0644 on most desktops), and it
// follows a symbolic link planted at the target (it writes where the link points). Here the
// directory is opened with O_NOFOLLOW and everything happens relative to that handle (openat,
// renameat), so a link swapped in after the check is not followed either.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    // Writes content to path: a symbolic link at path or at its directory is refused, missing
    // directories are created 0700, and directories under MigrationPaths::dataDir() (the
    // wizard's own) are made 0700 if they are not. False and *error (translated, naming the path)
    // otherwise; the old file, if any, is then unchanged.
    static bool write(const QString &path, const QByteArray &content, QString *error = nullptr);

    // Creates dir and missing parents 0700 (ours under dataDir() are tightened to 0700); refuses
    // a symbolic link as dir.
    static bool makeDir(const QString &dir, QString *error = nullptr);
};
