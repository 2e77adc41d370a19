// TerminalEcho on a real pseudo-terminal (openpty): what the operator types for --password-stdin
// is not echoed while it lives, and the terminal is as before afterwards.
#include "secrets/TerminalEcho.h"

#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace {

// What the terminal sends back to its master side within a short while: the echo, if any.
QByteArray drain(int master)
{
    QByteArray out;
    pollfd ready{master, POLLIN, 0};
    while (::poll(&ready, 1, 300) > 0) {
        char buffer[256];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    return out;
}

QByteArray readLine(int fd)
{
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line += c;
    return line;
}

} // namespace

class TestTerminalEcho : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QCOMPARE(::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr), 0);
    }

    void cleanup()
    {
        ::close(m_master);
        ::close(m_slave);
    }

    void typedPasswordIsNotEchoed()
    {
        {
            const TerminalEcho echo(m_slave);
            QVERIFY(echo.isOff());
            termios attributes{};
            QCOMPARE(::tcgetattr(m_slave, &attributes), 0);
            QVERIFY(!(attributes.c_lflag & ECHO));
            QCOMPARE(::write(m_master, "hunter2\n", 8), ssize_t(8));
            const QByteArray shown = drain(m_master);
            QVERIFY2(!shown.contains("hunter2"), shown.constData());
            QCOMPARE(readLine(m_slave), QByteArray("hunter2")); // the program still reads it
        }
        // Restored: an ordinary line is echoed again.
        termios attributes{};
        QCOMPARE(::tcgetattr(m_slave, &attributes), 0);
        QVERIFY(attributes.c_lflag & ECHO);
        QCOMPARE(::write(m_master, "visible\n", 8), ssize_t(8));
        QVERIFY(drain(m_master).contains("visible"));
    }

    void notATerminalIsLeftAlone()
    {
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        {
            const TerminalEcho echo(pipeFds[0]);
            QVERIFY(!echo.isOff());
        }
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
    }

private:
    int m_master = -1;
    int m_slave = -1;
};

QTEST_GUILESS_MAIN(TestTerminalEcho)
#include "TestTerminalEcho.moc"
