#include "SshTarget.h"

QString SshTarget::label() const
{
    if (name.isEmpty() || name == host)
        return host;
    return tr("%1 (%2)").arg(name, host);
}

QString SshEffectiveTarget::hostPort() const
{
    // The form known_hosts and ssh(1) use for a non-default port.
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}
