#pragma once

#include <QByteArray>
#include <QString>

// What a ZooKeeper four-letter word answered, parsed. Works for 3.4 and 3.5+ replies, and knows
// the two ways a server declines: not serving yet, or the word not whitelisted.
struct FourLetterWordReply
{
    enum class Status { Ok, NotServing, NotWhitelisted, Empty };

    Status status = Status::Empty;
    QString mode;        // srvr: leader, follower, observer, standalone
    qint64 zxid = -1;    // srvr
    int serverId = 0;    // conf: serverId=N
    bool imok = false;   // ruok

    static FourLetterWordReply parse(const QByteArray &word, const QByteArray &reply);
};
