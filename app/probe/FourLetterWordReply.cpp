#include "FourLetterWordReply.h"

#include <QList>

FourLetterWordReply FourLetterWordReply::parse(const QByteArray &word, const QByteArray &reply)
{
    FourLetterWordReply r;
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
    const auto lines = trimmed.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.startsWith("Mode:")) {
            r.mode = QString::fromLatin1(line.mid(5).trimmed());
        } else if (line.startsWith("Zxid:")) {
            bool ok = false;
            const qint64 zxid = line.mid(5).trimmed().toLongLong(&ok, 16);
            if (ok)
                r.zxid = zxid;
        } else if (line.startsWith("serverId=")) {
            r.serverId = line.mid(9).trimmed().toInt();
        }
    }
    return r;
}
