#pragma once

#include <QByteArray>
#include <QStringList>

// Cuts a byte stream into lines for the live log panes: complete lines as they arrive, the rest
// when the stream ends. A trailing '\r' is dropped (journalctl and some tools write CRLF).
class LineSplitter
{
public:
    QStringList feed(const QByteArray &chunk);
    QStringList finish();

private:
    QByteArray m_partial;
};
