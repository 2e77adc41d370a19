#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

class Discovery;
class DiscoveryModel;

// exhibitor-migrate discover --config FILE [--user U] [--port P] [--identity KEYFILE]
//     [--password-stdin] [--sudo-password-stdin] [--sudo none|nopasswd|password]
//     [--known-hosts FILE] [--accept-host-key SHA256:...]... [--forward-host HOST]
//     [--format text|json] [--verbose]
// Connects to every master of config.yaml over SSH and prints, per master, the ZooKeeper ID from
// every source, whether they agree, mode, zxid, backend and the .orig state. Reads only.
// Passwords come from stdin, never from the command line. A host key that is not in known_hosts
// is refused (its fingerprint printed) unless that exact fingerprint is passed with
// --accept-host-key; there is no "accept all".
// Exit 0: every master's sources agree; 2: a disagreement, a master without an ID, or invalid
// input (one line per problem on stderr, naming the master); 1: a master could not be reached.
class DiscoverCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)

public:
    QString name() const override { return QStringLiteral("discover"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printText(const Discovery &discovery, QTextStream &out);
    static void printJson(const Discovery &discovery, QTextStream &out);
};
