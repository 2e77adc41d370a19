#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Exhibitor's settings (data directories, zoo-cfg-extra, check-ms, ports, ...) as one source
// gives them. A dynamic backend keeps them in its shared config ("com.netflix.exhibitor.<name>",
// PropertyBasedInstanceConfig); STATIC takes them only from DC/OS's defaults file
// (/run/dcos_exhibitor/exhibitor_defaults.conf, plain "<name>", written by start_exhibitor.py).
// Whatever an operator customised in the shared config is therefore dropped by the switch; a
// different data directory would start ZooKeeper on an empty one.
class ExhibitorSettings
{
    Q_DECLARE_TR_FUNCTIONS(ExhibitorSettings)

public:
    static ExhibitorSettings fromSharedConfig(const QByteArray &properties);
    static ExhibitorSettings fromDefaultsFile(const QByteArray &properties);
    // The "config" object of Exhibitor's REST get-state (ConfigResource.getSystemState): the same
    // settings as the shared config's, named in camelCase (fixName: "zookeeperDataDirectory" for
    // zookeeper-data-directory), zooCfgExtra as an object. Its other members (the roll, the
    // hostname, the server ID, the control panel) are no settings and are left out.
    static ExhibitorSettings fromGetState(const QJsonObject &config);

    bool isEmpty() const { return m_values.isEmpty(); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList names() const { return m_values.keys(); }

    struct Change
    {
        QString name;        // "check-ms", "zoo-cfg-extra/tickTime"
        QString now;         // empty: not set (Exhibitor's built-in default)
        QString afterSwitch; // empty: not set
        bool stopsRun = false;
    };
    // Every setting whose value the switch to STATIC changes, zoo-cfg-extra entry by entry. The
    // servers spec is left out: the migration writes the ensemble itself.
    static QList<Change> switchChanges(const ExhibitorSettings &shared, const ExhibitorSettings &staticDefaults);
    // "check-ms: 5000 → 30000"; translated.
    static QString describe(const Change &change);

private:
    QMap<QString, QString> m_values;
};
