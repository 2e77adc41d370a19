#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <cstdio>

// Text from outside (config.yaml values, ids files, the masters' output) reaches the operator's
// terminal through the CLI's stdout and stderr. A control character in it would be obeyed by the
// terminal: an escape sequence can clear the screen, rewrite earlier lines ("all masters
// settled"), set the window title or, on some terminals, answer back as if typed. So every
// control character except newline and tab is shown as a visible escape instead.
namespace TerminalText {

// C0 controls but '\n' and '\t', and DEL, as "\x1b"; C1 controls and the bidirectional overrides
// and isolates (which reorder what is shown, "Trojan Source") as "\u202e". Everything else is
// kept as it is.
QString escaped(const QString &text);

} // namespace TerminalText

// A write-only device over stdout or stderr that passes everything through
// TerminalText::escaped(), so no command has to remember to. Bytes are decoded as UTF-8; a
// sequence split between two writes is held until its end arrives.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE *stream);
    ~TerminalDevice() override;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    QByteArray m_pending; // the start of a UTF-8 sequence whose end has not been written yet
};
