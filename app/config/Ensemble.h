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

    // One problem with a set of current IDs, about one master (or one unknown host).
    struct IdProblem
    {
        QString host;
        QString message; // translated, says what to do
    };

    // ZooKeeper 3.4 (which DC/OS ships) reads myid as 1..255.
    static constexpr int MinId = 1;
    static constexpr int MaxId = 255;

    Ensemble() = default;
    explicit Ensemble(QList<Member> members) : m_members(std::move(members)) {}

    // Accepts "S:"/"O:" prefixes and Java's "\:" escape (as stored in Exhibitor's shared
    // config); the server type is dropped, DC/OS ensembles have no observers. On failure
    // returns nullopt and sets *error.
    static std::optional<Ensemble> parse(const QString &spec, QString *error = nullptr);

    // master_list sorted as strings, exactly like DC/OS gen/calc.py: "10.0.0.10" < "10.0.0.9".
    static QStringList dcosSorted(QStringList masters);
    // calculate_exhibitor_static_ensemble(): sorted as strings, numbered from 1.
    static Ensemble canonical(const QStringList &masterList);
    // Phase A: sorted the same way, each master with the ID it has now. Callers validate first.
    static Ensemble withIds(const QStringList &masterList, const QMap<QString, int> &ids);

    // Problems with a set of current IDs for a master list, in DC/OS order: a master without an
    // ID, IDs outside 1..255, duplicate IDs, an ID for a host that is not a master.
    static QList<IdProblem> validateIds(const QStringList &masterList, const QMap<QString, int> &ids);

    // By value on a temporary, so `for (m : Ensemble::canonical(l).members())` cannot dangle.
    const QList<Member> &members() const & { return m_members; }
    QList<Member> members() && { return std::move(m_members); }
    bool isEmpty() const { return m_members.isEmpty(); }
    int idOf(const QString &host) const; // 0 if absent
    QString toString() const;           // "1:10.0.0.1,2:10.0.0.2"
    bool operator==(const Ensemble &) const = default;

private:
    QList<Member> m_members;
};
