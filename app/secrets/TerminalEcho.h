#pragma once

// Typing a password into `exhibitor-migrate --password-stdin` on a terminal must not show it on
// the screen (nor leave it in a screen recording or a terminal's scrollback). While an object of
// this class lives, the terminal on fd does not echo what is typed; the newline still is, so the
// cursor moves on. Anything that is not a terminal (a pipe, a file) is left alone: scripts feed
// passwords that way and nothing is echoed there anyway.
class TerminalEcho
{
public:
    explicit TerminalEcho(int fd);
    ~TerminalEcho(); // restores the terminal as it was
    TerminalEcho(const TerminalEcho &) = delete;
    TerminalEcho &operator=(const TerminalEcho &) = delete;

    // True when fd is a terminal and its echo is off now.
    bool isOff() const { return m_off; }

private:
    int m_fd;
    bool m_off = false;
    struct Saved;
    Saved *m_saved = nullptr;
};
