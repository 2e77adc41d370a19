#include "TerminalEcho.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>

struct TerminalEcho::Saved
{
    termios attributes;
};

TerminalEcho::TerminalEcho(int fd)
    : m_fd(fd)
{
    if (!::isatty(fd))
        return;
    termios attributes{};
    if (::tcgetattr(fd, &attributes) != 0)
        return;
    m_saved = new Saved{attributes};
    attributes.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK);
    attributes.c_lflag |= ECHONL;
    m_off = ::tcsetattr(fd, TCSANOW, &attributes) == 0;
}

TerminalEcho::~TerminalEcho()
{
    if (m_off)
        ::tcsetattr(m_fd, TCSANOW, &m_saved->attributes);
    delete m_saved;
}
#else
struct TerminalEcho::Saved
{
};

// Windows: the CLI reads stdin as it comes (a console would need SetConsoleMode).
TerminalEcho::TerminalEcho(int fd)
    : m_fd(fd)
{
}

TerminalEcho::~TerminalEcho() = default;
#endif
