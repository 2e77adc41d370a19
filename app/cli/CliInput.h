#pragma once

#include <QString>

// Checks of command-line values shared by the commands.
namespace CliInput {

// --gate-timeout bounds, in seconds. Below the minimum no master settles (Exhibitor alone needs
// seconds to start ZooKeeper and ZooKeeper to join); above the maximum a stuck master would hold
// the run, and the operator, for longer than anyone waits at a terminal.
constexpr int kMinGateTimeoutSeconds = 10;
constexpr int kMaxGateTimeoutSeconds = 1800;

// A whole OpenSSH SHA256 fingerprint as ssh-keygen -l prints it: "SHA256:" and the 43 base64
// characters (no padding) of 32 bytes. A prefix is not one: it would let a different key with
// the same first characters through.
bool isSha256Fingerprint(const QString &text);

} // namespace CliInput
