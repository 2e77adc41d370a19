#pragma once

#include "SudoPasswordGate.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// How to log in to one master.
enum class SshAuthMethod {
    Auto, // like ssh(1): the agent, then the identities from ~/.ssh/config and the defaults
    Agent, // only the agent (SSH_AUTH_SOCK, or agentSocket)
    KeyFile, // one private key file, with an optional passphrase
    Password // password (keyboard-interactive is tried when the server offers only that)
};

// How commands that need root are run.
enum class SudoMode {
    None, // run as the login user (it is root, or nothing needs root)
    Passwordless, // sudo -n: fails at once instead of asking
    Password // sudo -S: the password is written to the command's stdin, never to its command line
};

// What the operator asked for. Empty/zero fields are filled from ~/.ssh/config (HostName, User,
// Port, IdentityFile, ProxyCommand, ProxyJump, UserKnownHostsFile), then from libssh's defaults,
// the same precedence as ssh(1): what the operator typed beats the config file.
// Secrets live here only for the run; they never reach a log line, a signal or a command line.
struct SshTarget
{
    Q_DECLARE_TR_FUNCTIONS(SshTarget)

public:
    QString name; // master's name in the UI and in every message, e.g. its IP
    QString host; // a host name, IP or ~/.ssh/config alias
    int port = 0; // 0: config file, else 22
    QString user; // empty: config file, else the local user name
    SshAuthMethod auth = SshAuthMethod::Auto;
    QString keyFile; // KeyFile
    QString keyPassphrase; // KeyFile (and Auto, for encrypted default identities)
    QString password; // Password
    QString agentSocket; // empty: $SSH_AUTH_SOCK
    QString knownHostsPath; // empty: UserKnownHostsFile from the config, else ~/.ssh/known_hosts
    QString sshConfigPath; // empty: ~/.ssh/config and /etc/ssh/ssh_config
    bool useSshConfig = true;
    int connectTimeoutMs = 15000;
    int commandTimeoutMs = 60000; // default for commands that do not set their own; 0 = none
    SudoMode sudo = SudoMode::None;
    QString sudoPassword; // Password mode
    // Shared by every master of one run: the password is tried on one master first and never
    // sent again once refused (SudoPasswordGate). Empty: MasterConnections and the migration
    // give their masters one between them.
    SudoPasswordGatePtr sudoGate;

    // "name (host)" or just the host, for messages.
    QString label() const;
};

// What libssh will actually use after reading the config file, shown in the GUI (e.g. the bastion
// a ProxyJump goes through) and used in every message.
struct SshEffectiveTarget
{
    QString host; // after HostName
    int port = 22;
    QString user; // empty: the local user name
    QString proxyCommand; // ProxyCommand, or the "ssh -W" command libssh 0.10 makes of ProxyJump
    QString identityFile; // first IdentityFile
    QString knownHostsPath;
    QString error; // the config file could not be read

    QString hostPort() const;
};

Q_DECLARE_METATYPE(SshTarget)
Q_DECLARE_METATYPE(SshEffectiveTarget)
