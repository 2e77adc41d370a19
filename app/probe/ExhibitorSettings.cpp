#include "ExhibitorSettings.h"

#include "JavaProperties.h"

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
