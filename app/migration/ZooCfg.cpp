#include "ZooCfg.h"

#include "probe/JavaProperties.h"

#include <QRegularExpression>

#include <algorithm>

Ensemble ZooCfg::servers(const QByteArray &zooCfg)
{
    // Exhibitor writes zoo.cfg with java.util.Properties.store (a date comment, keys in hash
    // order, ':' escaped as "\:") and ZooKeeper reads it with Properties.load: read it the same way.
    static const QRegularExpression serverKey(QStringLiteral("^server\\.(\\d+)$"));
    static const QRegularExpression hostEnd(QStringLiteral("[:;\\s]"));
    const JavaProperties properties = JavaProperties::parse(zooCfg);
    QList<Ensemble::Member> members;
    for (const QString &key : properties.keys()) {
        const auto match = serverKey.match(key);
        if (!match.hasMatch())
            continue;
        const QString value = properties.value(key).trimmed();
        const QString host = value.left(value.indexOf(hostEnd));
        if (!host.isEmpty())
            members << Ensemble::Member{match.captured(1).toInt(), host};
    }
    std::sort(members.begin(), members.end(),
              [](const Ensemble::Member &a, const Ensemble::Member &b) { return a.id < b.id; });
    return Ensemble(members);
}

bool ZooCfg::sameNumbering(const Ensemble &a, const Ensemble &b)
{
    if (a.members().size() != b.members().size() || a.isEmpty())
        return false;
    return std::all_of(a.members().cbegin(), a.members().cend(),
                       [&b](const Ensemble::Member &member) { return b.idOf(member.host) == member.id; });
}
