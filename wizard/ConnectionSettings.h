#pragma once

#include "remote/SshTarget.h"

#include <QString>

// How the wizard reaches every master, as the operator set it on the Connection page. No
// secrets: passwords, passphrases and the sudo password live in ConnectionController's
// SecretCache (and the keychain when "remember" is on), never here, so this can go to QSettings.
struct ConnectionSettings
{
    QString user;
    int port = 0; // 0: ~/.ssh/config, else 22
    SshAuthMethod auth = SshAuthMethod::Auto;
    QString keyFile;
    SudoMode sudo = SudoMode::Passwordless;
    bool rememberSecrets = false;
    QString knownHostsPath; // empty: ~/.ssh/known_hosts (or the config's UserKnownHostsFile)
    QString sshConfigPath; // empty: ~/.ssh/config
    bool useSshConfig = true;

    bool operator==(const ConnectionSettings &other) const = default;
};
