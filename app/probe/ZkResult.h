#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The answer to one ZkClient operation. The codes are ZooKeeper's own (zookeeper.h's ZOK, ZNONODE,
// ...) so logs and the C client's documentation read the same; ZkClient.cpp checks they match.
struct ZkResult
{
    Q_DECLARE_TR_FUNCTIONS(ZkResult)

public:
    enum Code {
        Ok = 0,
        SystemError = -1,
        ConnectionLoss = -4,
        OperationTimeout = -7,
        BadArguments = -8,
        InvalidState = -9,
        NoNode = -101,
        NoAuth = -102,
        BadVersion = -103,
        AuthFailed = -115,
        NodeExists = -110,
        NotEmpty = -111,
        SessionExpired = -112,
        Closing = -116,
    };

    struct Stat
    {
        qint64 czxid = 0;
        qint64 mzxid = 0;
        qint64 pzxid = 0;    // last change of the children (a create or delete under it)
        qint64 ephemeralOwner = 0; // session ID of the owner; 0 for a persistent node
        int version = -1;
        int cversion = -1;   // children's version
        int dataLength = 0;
        int numChildren = 0;
    };

    int code = Ok;
    QString path;        // the path the operation was about
    QByteArray data;     // get
    QStringList children; // getChildren: names, not full paths (stat: the parent's, read with them)
    bool exists = false; // exists; also true after a successful get
    QString createdPath; // create: the actual path (differs with Sequential)
    Stat stat;

    bool ok() const { return code == Ok; }
    // ZooKeeper's own wording (zerror()), prefixed with the path; empty when ok().
    QString errorText() const;
};
