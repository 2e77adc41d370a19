#pragma once

#include "SshTarget.h"

struct ssh_session_struct;

// Turns an SshTarget into libssh options: host first (the config file's Host blocks match on it),
// then the config file, then what the operator set explicitly, so the explicit values win as in
// ssh(1). libssh's own config parser is used, so ProxyJump becomes the "ssh -W" ProxyCommand that
// libssh 0.10 supports (it has no native jump hosts).
namespace SshOptions {

// Applies the target to a fresh session. Returns the values libssh will use.
SshEffectiveTarget apply(ssh_session_struct *session, const SshTarget &target);

// The same without connecting, e.g. to show the bastion before the operator presses Connect.
SshEffectiveTarget resolve(const SshTarget &target);

QString defaultKnownHostsPath();

} // namespace SshOptions
