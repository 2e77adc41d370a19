#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// GET /exhibitor/v1/config/get-state: this Exhibitor's own view of its configuration. Only what
// the migration needs is kept; the rest of Exhibitor's config is shown raw in the log.
struct ExhibitorState
{
    Q_DECLARE_TR_FUNCTIONS(ExhibitorState)

public:
    bool ok = false;
    QString errorText;     // translated, when !ok
    int httpStatus = 0;    // the HTTP status of the answer; 0 when nothing answered

    QString version;       // Exhibitor's version string
    bool running = false;  // Exhibitor's own "ruok" of its ZooKeeper
    bool standaloneMode = false;
    QString hostname;      // config.hostname: the name Exhibitor matches in the servers spec
    int serverId = -1;     // config.serverId: -1 when this host is not in the spec
    QString serversSpec;   // config.serversSpec, e.g. "1:10.0.0.1,2:10.0.0.2"; empty if absent
    bool rollInProgress = false;
    QString rollStatus;    // config.rollStatus, Exhibitor's words on the roll ("n/a" when none)
    // The whole "config" object: the settings Exhibitor runs with (ExhibitorSettings::fromGetState).
    QJsonObject config;

    static ExhibitorState fromJson(const QByteArray &json);
    static ExhibitorState failure(const QString &errorText);
};
