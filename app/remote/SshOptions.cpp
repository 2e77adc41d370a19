#include "SshOptions.h"

#include <QDir>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace {

QString getOption(ssh_session session, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || value == nullptr)
        return {};
    const QString result = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return result;
}

// libssh stores paths from the config file as written and expands them only when it connects;
// what the wizard shows, and where it looks for known_hosts line numbers, must be the same file.
// "%d" is libssh's (and ssh(1)'s) ~/.ssh.
QString expandPath(QString path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return path.replace(QLatin1String("%d"), QDir::homePath() + QStringLiteral("/.ssh"));
}

} // namespace

namespace SshOptions {

QString defaultKnownHostsPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

SshEffectiveTarget apply(ssh_session session, const SshTarget &target)
{
    SshEffectiveTarget effective;
    ssh_options_set(session, SSH_OPTIONS_HOST, target.host.toUtf8().constData());

    if (!target.useSshConfig) {
        bool process = false;
        ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &process);
    } else {
        const QByteArray path = QFile::encodeName(expandPath(target.sshConfigPath));
        // A missing file is fine (ssh(1) behaves the same); a broken one is reported.
        if (ssh_options_parse_config(session, path.isEmpty() ? nullptr : path.constData()) != SSH_OK)
            effective.error = QString::fromUtf8(ssh_get_error(session));
    }

    if (target.port > 0) {
        const unsigned int port = static_cast<unsigned int>(target.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    if (!target.user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, target.user.toUtf8().constData());
    if (!target.agentSocket.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_IDENTITY_AGENT,
                        QFile::encodeName(target.agentSocket).constData());

    QString knownHosts = expandPath(target.knownHostsPath);
    if (knownHosts.isEmpty())
        knownHosts = expandPath(getOption(session, SSH_OPTIONS_KNOWNHOSTS));
    if (knownHosts.isEmpty())
        knownHosts = defaultKnownHostsPath();
    // Set explicitly so that what we show is what libssh checks and writes.
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHosts).constData());

    if (target.connectTimeoutMs > 0) {
        const long seconds = target.connectTimeoutMs / 1000;
        const long micros = (target.connectTimeoutMs % 1000) * 1000L;
        ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
        ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &micros);
    }

    effective.host = getOption(session, SSH_OPTIONS_HOST);
    unsigned int port = 22;
    if (ssh_options_get_port(session, &port) == SSH_OK)
        effective.port = static_cast<int>(port);
    effective.user = getOption(session, SSH_OPTIONS_USER);
    effective.proxyCommand = getOption(session, SSH_OPTIONS_PROXYCOMMAND);
    effective.identityFile = expandPath(getOption(session, SSH_OPTIONS_IDENTITY));
    effective.knownHostsPath = knownHosts;
    return effective;
}

SshEffectiveTarget resolve(const SshTarget &target)
{
    ssh_session session = ssh_new();
    if (session == nullptr)
        return {};
    SshEffectiveTarget effective = apply(session, target);
    ssh_free(session);
    return effective;
}

} // namespace SshOptions
