#include "ExhibitorSettings.h"

#include "JavaProperties.h"

#include <QJsonValue>

namespace
{
    const QString kSharedPrefix = QStringLiteral("com.netflix.exhibitor.");
    const QString kZooCfgExtra = QStringLiteral("zoo-cfg-extra");

    // ZooKeeper's data and transaction log: a new place means an empty ensemble member.
    bool stopsRun(const QString &name)
    {
        return name == QLatin1String("zookeeper-data-directory") || name == QLatin1String("zookeeper-log-directory");
    }

    // "tickTime=2000&initLimit=10" (Exhibitor joins zoo.cfg's extra lines with '&').
    QMap<QString, QString> zooCfgExtra(const QString &value)
    {
        QMap<QString, QString> entries;
        for (const QString &item : value.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            entries.insert(item.left(eq).trimmed(), eq < 0 ? QString() : item.mid(eq + 1).trimmed());
        }
        return entries;
    }
} // namespace

ExhibitorSettings ExhibitorSettings::fromSharedConfig(const QByteArray &properties)
{
    const JavaProperties props = JavaProperties::parse(properties);
    ExhibitorSettings settings;
    for (const QString &key : props.keys()) {
        // "com.netflix.exhibitor-rolling.*" (a roll in progress) has another prefix: left out.
        if (key.startsWith(kSharedPrefix))
            settings.m_values.insert(key.mid(kSharedPrefix.size()), props.value(key).trimmed());
    }
    return settings;
}

ExhibitorSettings ExhibitorSettings::fromGetState(const QJsonObject &config)
{
    // Members of get-state's "config" that ConfigResource adds beside StringConfigs/IntConfigs
    // (controlPanel, and backupExtra while backups are active, are objects: skipped below).
    static const QStringList notSettings{QStringLiteral("rollInProgress"), QStringLiteral("rollStatus"),
                                         QStringLiteral("rollPercentDone"), QStringLiteral("hostname"),
                                         QStringLiteral("serverId")};
    ExhibitorSettings settings;
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (notSettings.contains(it.key()))
            continue;
        // fixName's inverse: "zookeeperDataDirectory" -> "zookeeper-data-directory".
        QString name;
        for (const QChar c : it.key()) {
            if (c.isUpper()) {
                name += QLatin1Char('-');
                name += c.toLower();
            } else {
                name += c;
            }
        }
        const QJsonValue value = it.value();
        if (name == kZooCfgExtra && value.isObject()) {
            // Back to the shared config's encoding; switchChanges compares it entry by entry.
            const QJsonObject entries = value.toObject();
            QStringList items;
            for (auto entry = entries.begin(); entry != entries.end(); ++entry)
                items << entry.key() + QLatin1Char('=') + entry.value().toVariant().toString();
            settings.m_values.insert(name, items.join(QLatin1Char('&')));
        } else if (value.isString()) {
            settings.m_values.insert(name, value.toString().trimmed());
        } else if (value.isDouble()) {
            settings.m_values.insert(name, QString::number(value.toInteger()));
        }
        // null: a string setting Exhibitor has no value for, as the shared config leaves it empty.
    }
    return settings;
}

ExhibitorSettings ExhibitorSettings::fromDefaultsFile(const QByteArray &properties)
{
    const JavaProperties props = JavaProperties::parse(properties);
    ExhibitorSettings settings;
    for (const QString &key : props.keys())
        settings.m_values.insert(key, props.value(key).trimmed());
    return settings;
}

QList<ExhibitorSettings::Change> ExhibitorSettings::switchChanges(const ExhibitorSettings &shared,
                                                                  const ExhibitorSettings &staticDefaults)
{
    QStringList names = shared.names() + staticDefaults.names();
    names.removeDuplicates();
    names.sort();
    QList<Change> changes;
    for (const QString &name : std::as_const(names)) {
        if (name == QLatin1String("servers-spec"))
            continue;
        if (name == kZooCfgExtra) {
            const auto now = zooCfgExtra(shared.value(name));
            const auto after = zooCfgExtra(staticDefaults.value(name));
            QStringList entries = now.keys() + after.keys();
            entries.removeDuplicates();
            entries.sort();
            for (const QString &entry : std::as_const(entries)) {
                if (now.value(entry) != after.value(entry) || now.contains(entry) != after.contains(entry))
                    changes << Change{kZooCfgExtra + QLatin1Char('/') + entry, now.value(entry), after.value(entry), false};
            }
            continue;
        }
        if (shared.value(name) != staticDefaults.value(name))
            changes << Change{name, shared.value(name), staticDefaults.value(name), stopsRun(name)};
    }
    return changes;
}

QString ExhibitorSettings::describe(const Change &change)
{
    const QString unset = tr("(not set)");
    return tr("%1: %2 → %3")
        .arg(change.name, change.now.isEmpty() ? unset : change.now,
             change.afterSwitch.isEmpty() ? unset : change.afterSwitch);
}
