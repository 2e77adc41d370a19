#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// GET /exhibitor/v1/cluster/status: what one Exhibitor believes about every server of the ensemble.
struct ExhibitorClusterStatus
{
    Q_DECLARE_TR_FUNCTIONS(ExhibitorClusterStatus)

public:
    // Exhibitor's InstanceStateTypes, in the numbering its REST API uses.
    enum Code { Latent = 0, Down = 1, NotServing = 2, Serving = 3, Unknown = -1 };

    struct Server
    {
        QString hostname;
        int code = Unknown;
        QString description; // Exhibitor's own words: "serving", "down", ...
        bool isLeader = false;
        bool operator==(const Server &) const = default;
    };

    bool ok = false;     // false: nothing usable came back, see errorText
    QString errorText;   // translated
    QList<Server> servers;

    int servingCount() const;
    int leaderCount() const;

    // Parses the JSON body. Malformed JSON or a body of the wrong shape gives ok == false.
    static ExhibitorClusterStatus fromJson(const QByteArray &json);
    static ExhibitorClusterStatus failure(const QString &errorText);
};
