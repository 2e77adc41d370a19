#pragma once

#include <QMetaType>

// Where one master's connection is. Failed keeps the SshError that got it there.
enum class SshState {
    Disconnected,
    Connecting,
    AwaitingHostKeyDecision, // the operator must compare a new host key; other masters go on
    Authenticating,
    Connected,
    Failed
};

Q_DECLARE_METATYPE(SshState)
