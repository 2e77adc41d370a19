#pragma once

#include "SshError.h"

// Something the session worker drives over one or more libssh channels: a command, a one-shot
// exchange, a port forward. All of them share one SSH connection and one thread, so none may
// block: the worker calls pump() whenever the connection's socket is readable and on a short
// timer, and pump() moves only what can be moved now.
class ChannelOp
{
public:
    virtual ~ChannelOp() = default;

    // Returns true if any byte moved (the worker keeps pumping while there is progress).
    virtual bool pump() = 0;
    virtual bool isFinished() const = 0;
    // Stops at once, e.g. cancelled, timed out, connection lost.
    virtual void abort(const SshError &error) = 0;
};
