#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The small POSIX sh scripts behind the file operations, run as  sh -c <script> sh <args>  so
// that paths travel as quoted arguments, never pasted into the script. Each step has its own exit
// status, so the caller can say exactly which step failed. Only coreutils found on CentOS 7 and
// later are used (dd conv=fsync rather than sync FILE, which coreutils 8.22 lacks).
namespace RemoteScripts {

// Exit statuses shared by the scripts.
enum Status {
    NotRegularFile = 10,
    TempWriteFailed = 11,
    ChownFailed = 12,
    ChmodFailed = 13,
    LabelFailed = 14,
    RenameFailed = 15,
    ReadBackFailed = 16,
    ContentMismatch = 17,
    BackupDiffers = 20,
    BackupLinkFailed = 21,
    LinkRecordFailed = 22,
    NoLinkRecorded = 30,
    LinkTargetChanged = 31,
    LockHeld = 40
};

// Atomic replace of an existing file (argument 1; a symbolic link is replaced by the new file,
// its target left as it is, owner, mode and label taken from the target): mktemp beside it (".<name>.emw-tmp.XXXXXX", mode 0600), stdin into it with fsync, its size and
// sha256 checked against arguments 2 and 3 (else exit ContentMismatch: stdin was cut short), owner, mode
// and SELinux label copied from the old file, rename over it, fsync of the directory, then
// "sha256sum" of the file as read back. Any failure before the rename removes the temp file; a
// SIGKILL can leave it behind, clearly named.
QString atomicWriteScript();

// A run lock file (argument 1, its directory made 0755 if missing), created as atomicWriteScript
// writes: the record from stdin into a temp file, its size and sha256 checked against arguments 2
// and 3 (else ContentMismatch), mode 0644, then put in place without replacing another run's
// lock: a hard link, which fails when a lock file exists. With argument 4 (the sha256 of a stale
// lock the operator chose to take over) it renames over the lock instead, only while the lock
// still has those bytes. A lock in the way is printed after a line "emw-lock=held" (exit
// LockHeld); on success the sha256sum of the file as read back.
QString lockCreateScript();
// Removes the lock file (argument 1) only while it holds this run's record (sha256 argument 2):
// prints "emw-lock=removed" or "emw-lock=absent"; another run's lock is left and printed after
// "emw-lock=held" (exit LockHeld).
QString lockRemoveScript();

// Backup (argument 1 to argument 2) with cp -p. An existing backup with the same content is fine
// ("emw-backup=already"); one that differs is never overwritten (exit BackupDiffers). The copy is
// made under a temp name and hard-linked into place, so a half-written backup never exists and a
// backup appearing meanwhile is not replaced. Prints "emw-backup=created" and both checksums.
QString backupScript();
// ...which, when argument 1 is a symbolic link (a pkgpanda link), also records that link as
// "<backup>.link" pointing where it points (never over an existing record) and prints
// "emw-backup-link=<target>".

// Rollback of a recorded link (arguments: the file, the backup): when "<backup>.link" exists and
// its target still holds the backup's bytes, the file becomes that link again (a new link renamed
// over it); prints "emw-restore=link" (or "=already") and the sha256sum of the file. Without a
// record it exits NoLinkRecorded and changes nothing: the caller writes the backup's bytes.
QString restoreLinkScript();

// One section of a framed output: a script that prints, for each of several commands,
//     TAG NAME out\n <the command's stdout, byte for byte> \nTAG NAME err\n <its stderr> \nTAG NAME exit N\n
// with TAG a random word the caller chooses, so no file content can fake a frame
// (DiscoveryReads::script, discovery's one sudo'd read per master).
struct FramedSection
{
    bool present = false; // false: the output ended before this section was complete
    QByteArray out;
    QByteArray err;
    int exitStatus = -1;
};

// The script's first lines for framed output: sets tag from $1 and defines
// `section NAME COMMAND ARGS...`, which prints COMMAND's frame as above.
QString framedSectionFunction();

// Cuts framed output into the sections named (in the order printed).
QList<FramedSection> splitFramed(const QByteArray &output, const QByteArray &tag, const QList<QByteArray> &names);

QStringList shArgv(const QString &script, const QStringList &args);

// The checksum column of sha256sum output lines, in order.
QStringList checksums(const QByteArray &sha256sumOutput);

} // namespace RemoteScripts
