#pragma once

#include "DiscoveryOptions.h"
#include "IdReading.h"

#include "remote/RemoteCommand.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The sudo'd, read-only part of discovering one master — env file, journal, myid and the .orig
// checksum — as one remote command (RemoteScripts::discoveryReadScript: one sudo, one channel,
// one process tree on the master, one auth-log entry, instead of four), and its framed output
// read back into one result per source. Each source keeps its own error, worded as when each was
// its own command: a missing env file, journalctl failing, an unreadable myid, a .orig that
// cannot be checked are told apart; only a failure of the command as a whole (connection lost,
// sudo refused, wrong password, timeout) is every source's error.
//
// interpret() searches the journal (possibly megabytes) and is meant for a pool thread.
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

    // A fresh random tag for the frames (no file content can contain it by chance).
    static QByteArray newTag();
    static RemoteCommand command(const DiscoveryOptions &options, const QByteArray &tag);
    // host: the master's name, for the env file's and myid's "Could not read X on HOST" texts.
    static Result interpret(const CommandResult &result, const QByteArray &tag, const DiscoveryOptions &options,
                            const QString &host);
};
