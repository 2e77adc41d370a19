#include "ZooCfg.h"

#include <QRegularExpression>

#include <algorithm>

Ensemble ZooCfg::servers(const QByteArray &zooCfg)
{
    static const QRegularExpression line(QStringLiteral("^\\s*server\\.(\\d+)\\s*=\\s*([^:;\\s]+)"));
    QList<Ensemble::Member> members;
    for (const QByteArray &raw : zooCfg.split('\n')) {
        const auto match = line.match(QString::fromUtf8(raw));
        if (match.hasMatch())
            members << Ensemble::Member{match.captured(1).toInt(), match.captured(2)};
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
