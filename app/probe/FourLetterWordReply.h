#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

// What a ZooKeeper four-letter word answered, parsed. Works for 3.4 and 3.5+ replies, and knows
// the ways a server declines: not serving yet, or the word not whitelisted. A probe that could
// not talk to the server at all reports Unreachable with a translated errorText.
struct FourLetterWordReply
{
    Q_DECLARE_TR_FUNCTIONS(FourLetterWordReply)

public:
    enum class Status { Ok, NotServing, NotWhitelisted, Empty, Unreachable };

    Status status = Status::Empty;
    QByteArray word;     // the word that was sent
    QByteArray raw;      // the reply as received, for the log pane
    QString errorText;   // Unreachable: why (refused, timed out, ...), translated

    QString mode;        // srvr: leader, follower, observer, standalone; mntr: zk_server_state
    qint64 zxid = -1;    // srvr
    qint64 nodeCount = -1; // srvr "Node count:", mntr zk_znode_count
    QString version;     // srvr "Zookeeper version:", mntr zk_version
    int serverId = 0;    // conf: serverId=N
    QMap<int, QString> servers; // conf (3.5+): server.N=host:2888:3888[:participant]
    bool imok = false;   // ruok
    // mntr: every "key<TAB>value" line. 3.8 prints no zxid here, but a leader prints
    // zk_followers / zk_synced_followers, which the settle gate can use.
    QMap<QByteArray, QByteArray> metrics;

    bool isOk() const { return status == Status::Ok; }
    // Leader or follower (or observer/standalone): the server answers clients.
    bool isServing() const { return status == Status::Ok && !mode.isEmpty(); }
    // -1 when mntr did not say (not the leader, or mntr refused).
    int syncedFollowers() const;
    // One line for the log pane: "srvr: follower, zxid 0x100000002" or the reason it failed.
    QString summary() const;

    static FourLetterWordReply parse(const QByteArray &word, const QByteArray &reply);
    static FourLetterWordReply unreachable(const QByteArray &word, const QString &why);
};
