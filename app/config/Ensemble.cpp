#include "Ensemble.h"

#include <QSet>

#include <algorithm>

std::optional<Ensemble> Ensemble::parse(const QString &spec, QString *error)
{
    QString text = spec.trimmed();
    text.replace(QStringLiteral("\\:"), QStringLiteral(":"));

    QList<Member> members;
    const auto items = text.split(QLatin1Char(','));
    for (const auto &rawItem : items) {
        QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue; // Exhibitor itself skips empty entries ("1:a,,2:b", a trailing comma)
        if (item.startsWith(QLatin1String("S:"), Qt::CaseInsensitive)
            || item.startsWith(QLatin1String("O:"), Qt::CaseInsensitive))
            item = item.mid(2);

        const int colon = item.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int id = colon > 0 ? item.left(colon).trimmed().toInt(&ok) : 0;
        const QString host = colon > 0 ? item.mid(colon + 1).trimmed() : QString();
        if (!ok || host.isEmpty() || host.contains(QLatin1Char(':'))) {
            if (error)
                *error = tr("\"%1\" is not an id:host pair such as 1:10.0.0.1.").arg(rawItem.trimmed());
            return std::nullopt;
        }
        members << Member{id, host};
    }
    return Ensemble(members);
}

QStringList Ensemble::dcosSorted(QStringList masters)
{
    // QString's operator< compares UTF-16 code units: for the ASCII of an address list that is
    // exactly Python's str ordering, which calc.py's masters.sort() uses.
    std::sort(masters.begin(), masters.end());
    return masters;
}

Ensemble Ensemble::canonical(const QStringList &masterList)
{
    QList<Member> members;
    const auto sorted = dcosSorted(masterList);
    for (int i = 0; i < sorted.size(); ++i)
        members << Member{i + 1, sorted.at(i)};
    return Ensemble(members);
}

Ensemble Ensemble::withIds(const QStringList &masterList, const QMap<QString, int> &ids)
{
    QList<Member> members;
    for (const auto &host : dcosSorted(masterList))
        members << Member{ids.value(host, 0), host};
    return Ensemble(members);
}

QList<Ensemble::IdProblem> Ensemble::validateIds(const QStringList &masterList, const QMap<QString, int> &ids)
{
    QList<IdProblem> problems;
    QMap<int, QString> hostOfId;
    const auto sorted = dcosSorted(masterList);
    for (const auto &host : sorted) {
        if (!ids.contains(host)) {
            problems << IdProblem{host, tr("No current ID is given for master %1. Find it (journalctl -u "
                                           "dcos-exhibitor | grep -i \"my id\" on that master) and add it.")
                                            .arg(host)};
            continue;
        }
        const int id = ids.value(host);
        if (id < MinId || id > MaxId) {
            problems << IdProblem{host, tr("Master %1 has ID %2, but ZooKeeper server IDs are %3 to %4. "
                                           "Check the ID on that master.")
                                            .arg(host)
                                            .arg(id)
                                            .arg(MinId)
                                            .arg(MaxId)};
            continue;
        }
        if (hostOfId.contains(id)) {
            problems << IdProblem{host, tr("Master %1 has ID %2, which master %3 has too. Every server needs "
                                           "its own ID: check both masters' current IDs.")
                                            .arg(host)
                                            .arg(id)
                                            .arg(hostOfId.value(id))};
            continue;
        }
        hostOfId.insert(id, host);
    }

    const QSet<QString> masters(masterList.cbegin(), masterList.cend());
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (!masters.contains(it.key()))
            problems << IdProblem{it.key(), tr("An ID is given for %1, which is not in master_list. Remove it, "
                                               "or correct the address if it is a typo.")
                                                .arg(it.key())};
    }
    return problems;
}

int Ensemble::idOf(const QString &host) const
{
    for (const auto &member : m_members) {
        if (member.host == host)
            return member.id;
    }
    return 0;
}

QString Ensemble::toString() const
{
    QStringList items;
    items.reserve(m_members.size());
    for (const auto &member : m_members)
        items << QString::number(member.id) + QLatin1Char(':') + member.host;
    return items.join(QLatin1Char(','));
}
