#include "FourLetterWordReply.h"

#include <QList>

namespace
{
    // 3.4 and 3.5+ both print "srvr"/"stat" lines as "Key: value".
    bool takeValue(const QByteArray &line, const char *key, QByteArray *value)
    {
        if (!line.startsWith(key))
            return false;
        *value = line.mid(qstrlen(key)).trimmed();
        return true;
    }

    void parseMntr(FourLetterWordReply &r, const QList<QByteArray> &lines)
    {
        for (const QByteArray &line : lines) {
            const int tab = line.indexOf('\t');
            if (tab <= 0)
                continue;
            r.metrics.insert(line.left(tab).trimmed(), line.mid(tab + 1).trimmed());
        }
        r.mode = QString::fromLatin1(r.metrics.value("zk_server_state"));
        bool ok = false;
        const qint64 nodes = r.metrics.value("zk_znode_count").toLongLong(&ok);
        if (ok)
            r.nodeCount = nodes;
        r.version = QString::fromLatin1(r.metrics.value("zk_version"));
    }

    void parseConfLine(FourLetterWordReply &r, const QByteArray &line)
    {
        QByteArray value;
        if (takeValue(line, "serverId=", &value)) {
            r.serverId = value.toInt();
        } else if (line.startsWith("server.")) {
            // "server.2=127.0.6.2:2888:3888:participant" (3.5+ prints the membership)
            const int eq = line.indexOf('=');
            bool ok = false;
            const int id = line.mid(7, eq - 7).toInt(&ok);
            if (eq > 7 && ok)
                r.servers.insert(id, QString::fromLatin1(line.mid(eq + 1).trimmed()));
        }
    }

    void parseSrvrLine(FourLetterWordReply &r, const QByteArray &line)
    {
        QByteArray value;
        if (takeValue(line, "Mode:", &value)) {
            r.mode = QString::fromLatin1(value);
        } else if (takeValue(line, "Zxid:", &value)) {
            bool ok = false;
            const qint64 zxid = value.toLongLong(&ok, 16);
            if (ok)
                r.zxid = zxid;
        } else if (takeValue(line, "Node count:", &value)) {
            bool ok = false;
            const qint64 nodes = value.toLongLong(&ok);
            if (ok)
                r.nodeCount = nodes;
        } else if (takeValue(line, "Zookeeper version:", &value)) {
            r.version = QString::fromLatin1(value);
        }
    }
} // namespace

FourLetterWordReply FourLetterWordReply::parse(const QByteArray &word, const QByteArray &reply)
{
    FourLetterWordReply r;
    r.word = word;
    r.raw = reply;
    const QByteArray trimmed = reply.trimmed();
    if (trimmed.isEmpty())
        return r;
    if (trimmed.contains("is not executed because it is not in the whitelist")) {
        r.status = Status::NotWhitelisted;
        return r;
    }
    if (trimmed.contains("not currently serving requests")) {
        r.status = Status::NotServing;
        return r;
    }
    r.status = Status::Ok;
    if (word == "ruok") {
        r.imok = trimmed == "imok";
        return r;
    }
    QList<QByteArray> lines = trimmed.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    if (word == "mntr") {
        parseMntr(r, lines);
        return r;
    }
    for (const QByteArray &line : std::as_const(lines)) {
        parseSrvrLine(r, line);
        parseConfLine(r, line);
    }
    return r;
}

FourLetterWordReply FourLetterWordReply::unreachable(const QByteArray &word, const QString &why)
{
    FourLetterWordReply r;
    r.word = word;
    r.status = Status::Unreachable;
    r.errorText = why;
    return r;
}

int FourLetterWordReply::syncedFollowers() const
{
    bool ok = false;
    const int n = metrics.value("zk_synced_followers").toInt(&ok);
    return ok ? n : -1;
}

QString FourLetterWordReply::summary() const
{
    const QString w = QString::fromLatin1(word);
    switch (status) {
    case Status::Unreachable:
        return tr("%1: not reachable: %2").arg(w, errorText);
    case Status::Empty:
        return tr("%1: empty reply").arg(w);
    case Status::NotServing:
        return tr("%1: this ZooKeeper server is not serving requests").arg(w);
    case Status::NotWhitelisted:
        return tr("%1: refused, the word is not in 4lw.commands.whitelist").arg(w);
    case Status::Ok:
        break;
    }
    if (word == "ruok")
        return imok ? tr("ruok: imok") : tr("ruok: unexpected answer");
    if (word == "conf")
        return tr("conf: serverId %1").arg(serverId);
    if (zxid >= 0)
        return tr("%1: %2, zxid 0x%3").arg(w, mode, QString::number(zxid, 16));
    return tr("%1: %2").arg(w, mode.isEmpty() ? tr("answered") : mode);
}
