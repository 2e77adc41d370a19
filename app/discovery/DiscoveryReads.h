#pragma once

#include "DiscoveryOptions.h"
#include "IdReading.h"

#include "remote/RemoteCommand.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The sudo'd, read-only part of discovering one master — env file, journal, myid and the .orig
// checksum — as one remote command (script(): one sudo, one channel, one process tree on the
// master, one auth-log entry, instead of four), and its framed output (RemoteScripts::splitFramed)
// read back into one result per source. Each source keeps its own error, worded as when each was
// its own command: a missing env file, journalctl failing, an unreadable myid, a .orig that
// cannot be checked are told apart; only a failure of the command as a whole (connection lost,
// sudo refused, wrong password, timeout) is every source's error.
//
// The journal is searched on the master: only one line that names the ID comes back (at most
// 4 KiB, whatever the journal's size; DC/OS journals reach hundreds of MB). First among the
// running ZooKeeper's own entries (its pid from zkServer.sh's pid file; journald's index finds
// them without reading the journal), else the newest such line of the whole journal, read
// backwards; the reading's detail says which way it was found, and why the first did not.
// interpret() runs JournalIdParser on that line; it still belongs on a pool thread (it is called
// with whatever the master sent).
class DiscoveryReads
{
    // The texts are MasterProbe's and FileReadJob's, as before, so their translations stay.
    Q_DECLARE_TR_FUNCTIONS(MasterProbe)

public:
    enum class OrigState { Error, Missing, Exists };

    struct Result
    {
        bool envOk = false;
        QByteArray envFile;   // envOk
        QString envError;     // !envOk
        IdReading journal;
        IdReading myid;
        OrigState origState = OrigState::Error;
        QByteArray origSha256; // Exists
        QString origError;     // Error
    };

    // sh script; arguments  TAG ENV_FILE UNIT MYID_FILE ORIG_FILE ZK_PID_FILE. For each source, in
    // this order (env, journal, myid, orig), it prints
    //     TAG NAME out\n <stdout, byte for byte> \nTAG NAME err\n <stderr> \nTAG NAME exit N\n
    // for  cat -- ENV_FILE,  the journal search (a line "emw-journal-way=..." then at most one
    // line:  journalctl -u UNIT _PID=<ZK_PID_FILE's pid> --since <its start> -o cat | grep -m 1,
    // else  journalctl -u UNIT --no-pager -q -o cat -r | grep -m 1; an empty ZK_PID_FILE skips the
    // first),  cat -- MYID_FILE  and (orig) sha256sum -- ORIG_FILE if it exists, else
    // "emw-orig=missing". Nothing is written, not even a temp file.
    static QString script();
    // A fresh random tag for the frames (no file content can contain it by chance).
    static QByteArray newTag();
    static RemoteCommand command(const DiscoveryOptions &options, const QByteArray &tag);
    // host: the master's name, for the env file's and myid's "Could not read X on HOST" texts.
    static Result interpret(const CommandResult &result, const QByteArray &tag, const DiscoveryOptions &options,
                            const QString &host);
};
