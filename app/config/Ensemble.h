#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// An Exhibitor server list: "id:host,id:host,...".
class Ensemble
{
    Q_DECLARE_TR_FUNCTIONS(Ensemble)

public:
    struct Member
    {
        int id = 0;
        QString host;
        bool operator==(const Member &) const = default;
    };

    Ensemble() = default;
    explicit Ensemble(QList<Member> members) : m_members(std::move(members)) {}

    // Accepts "S:"/"O:" prefixes and Java's "\:" escape (as stored in Exhibitor's shared
    // config). On failure returns nullopt and sets *error.
    static std::optional<Ensemble> parse(const QString &spec, QString *error = nullptr);

    // master_list sorted as strings, exactly like DC/OS gen/calc.py.
    static QStringList dcosSorted(QStringList masters);
    // calculate_exhibitor_static_ensemble(): sorted as strings, numbered from 1.
    static Ensemble canonical(const QStringList &masterList);
    // Phase A: sorted the same way, each master with the ID it has now. Callers validate first.
    static Ensemble withIds(const QStringList &masterList, const QMap<QString, int> &ids);

    // Problems with a set of current IDs for a master list, translated, one per problem:
    // a master without an ID, duplicate IDs, IDs outside 1..255, an ID for an unknown host.
    static QStringList validateIds(const QStringList &masterList, const QMap<QString, int> &ids);

    const QList<Member> &members() const { return m_members; }
    int idOf(const QString &host) const; // 0 if absent
    QString toString() const;           // "1:10.0.0.1,2:10.0.0.2"
    bool operator==(const Ensemble &) const = default;

private:
    QList<Member> m_members;
};
