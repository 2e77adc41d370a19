#pragma once

#include <QMetaType>
#include <QString>

// A server key that is not in known_hosts yet, for the operator to compare out of band.
struct HostKeyInfo
{
    QString master; // SshTarget::name
    QString host; // effective host and port: what known_hosts will record
    int port = 22;
    QString keyType; // e.g. "ssh-ed25519"
    QString fingerprint; // "SHA256:<base64 without padding>", as ssh-keygen -l prints it
    QString knownHostsPath; // where "accept and save" writes
};

enum class HostKeyDecision {
    Reject,
    AcceptOnce, // this connection only
    AcceptAndSave // append to known_hosts, so the next connection passes silently
};

Q_DECLARE_METATYPE(HostKeyInfo)
Q_DECLARE_METATYPE(HostKeyDecision)
