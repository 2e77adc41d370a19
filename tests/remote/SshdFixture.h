#pragma once

#include "remote/SshTarget.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real OpenSSH server for the SSH layer's tests, started as root on 127.0.5.1:<port> only (never
// on any other address), with a fresh host key and three test users:
//  - KeyUser:      key login, sudo without password (NOPASSWD)
//  - PasswordUser: password (or key) login, sudo with its password
//  - NoSudoUser:   key login, not in sudoers
//  - PromptUser:   key login; its PATH finds a stand-in for sudo first, which asks what
//                  setPromptMode() says (an OTP, a password change) the way sudo's PAM would;
//                  mode "real" runs the real sudo, where it has requiretty
// The users are created once (useradd) and kept; the sudoers drop-in is this fixture's own file
// and removed with it, so tests on other ports may run at the same time.
class SshdFixture
{
public:
    static constexpr const char *Address = "127.0.5.1";
    static constexpr const char *KeyUser = "emwtkey";
    static constexpr const char *PasswordUser = "emwtpass";
    static constexpr const char *NoSudoUser = "emwtnosudo";
    static constexpr const char *PromptUser = "emwtprompt";
    // Quotes and a space, so any place that pasted it into a command line would break loudly.
    static constexpr const char *Password = "S3cret pa$$ 'q\"uote";
    static constexpr const char *KeyPassphrase = "key phrase";

    // extraOptions: more sshd -o options, e.g. "LoginGraceTime=2".
    explicit SshdFixture(quint16 port, const QStringList &extraOptions = {});
    ~SshdFixture();

    // Root and an installed sshd are needed (useradd, sudoers, sshd); tests skip otherwise.
    static bool canRun(QString *why);

    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString hostKeyPublic() const { return dir() + QStringLiteral("/ssh_host_ed25519_key.pub"); }
    QString clientKey() const { return dir() + QStringLiteral("/client_key"); }
    QString encryptedClientKey() const { return dir() + QStringLiteral("/client_key_enc"); }
    QString emptySshConfig() const { return dir() + QStringLiteral("/ssh_config_empty"); }
    QString sshdLog() const;
    // PromptUser's sudo: "otp" (asks the password, then "Verification code: "), "expired" (the
    // password, then PAM's password change), "real" (the real sudo: requiretty).
    void setPromptMode(const QByteArray &mode) const;
    // Connections sshd is serving right now (its child processes).
    int connectionCount() const;

    // "[127.0.5.1]:<port> ssh-ed25519 AAAA..."
    QString knownHostsLine() const;
    // A known_hosts file with the given lines; returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const;
    QString knownHostsWithServerKey(const QString &name) const;

    // Key login as KeyUser with the fixture's known_hosts entry; no ~/.ssh is ever read.
    SshTarget keyTarget(const QString &user = QString::fromLatin1(KeyUser)) const;
    SshTarget passwordTarget() const;

    // Runs a local command (as root), returns its stdout; exitCode if given.
    static QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr,
                          const QByteArray &input = {});

private:
    bool ensureUser(const QString &user, const QString &password, QString *error);

    quint16 m_port;
    QStringList m_extraOptions;
    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_sudoersFile;
};
