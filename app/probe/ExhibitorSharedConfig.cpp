#include "ExhibitorSharedConfig.h"

#include "JavaProperties.h"

QString ExhibitorSharedConfig::znodePath(const QString &exhibitorZkPath)
{
    QString base = exhibitorZkPath;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/configs/config");
}

ExhibitorSharedConfig ExhibitorSharedConfig::parse(const QByteArray &properties)
{
    const JavaProperties props = JavaProperties::parse(properties);
    ExhibitorSharedConfig config;
    const QString key = QLatin1String(ServersSpecKey);
    config.hasServersSpec = props.contains(key);
    config.serversSpec = props.value(key).trimmed();
    if (!props.value(QLatin1String(RollingHostnamesKey)).trimmed().isEmpty())
        config.rollingServersSpec = props.value(QLatin1String(RollingServersSpecKey)).trimmed();
    return config;
}
