// exhibitor-migrate's stdin on a terminal, run in a pseudo-terminal as an operator types into it:
// a password given with --password-stdin / --sudo-password-stdin is never shown (CliText's
// readSecretLine and TerminalEcho).
#include <QByteArray>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

class TestCliText : public QObject
{
    Q_OBJECT

private slots:
    void passwordsAreNotEchoed();
};

namespace {

const QByteArray kBinary = EMW_BINARY_DIR "/app/cli/exhibitor-migrate";

// Reads the terminal's output until `until` shows up (or the program ends, or the deadline).
bool readUntil(int master, QByteArray *out, const QByteArray &until, QDeadlineTimer deadline)
{
    while (!deadline.hasExpired()) {
        if (!until.isEmpty() && out->contains(until))
            return true;
        pollfd ready{master, POLLIN, 0};
        if (::poll(&ready, 1, int(qMin<qint64>(deadline.remainingTime(), 200))) <= 0)
            continue;
        char buffer[1024];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            return until.isEmpty(); // EIO: the program closed the terminal
        out->append(buffer, n);
    }
    return false;
}

} // namespace

void TestCliText::passwordsAreNotEchoed()
{
    QVERIFY(QFileInfo(QString::fromUtf8(kBinary)).isExecutable());
    // The demo's masters are on 127.0.1.x; port 1 refuses at once, so discover ends quickly after
    // reading both passwords.
    const QByteArray config = EMW_SOURCE_DIR "/resources/demo/config.yaml";
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    QVERIFY(pid >= 0);
    if (pid == 0) {
        ::setenv("LC_ALL", "C", 1);
        ::setenv("LANGUAGE", "C", 1);
        const char *argv[] = {kBinary.constData(), "discover", "--config", config.constData(), "--user", "nobody",
                              "--port", "1", "--known-hosts", "/dev/null", "--sudo", "password", "--password-stdin",
                              "--sudo-password-stdin", nullptr};
        ::execv(argv[0], const_cast<char *const *>(argv));
        ::_exit(127);
    }

    QByteArray shown;
    // With the echo off the program prompts; without a prompt (the echo never went off) type
    // anyway after a while, as an operator who knows what the option wants would.
    const bool prompted = readUntil(master, &shown, "SSH password: ", QDeadlineTimer(10000));
    QCOMPARE(::write(master, "login-secret-1\n", 15), ssize_t(15));
    readUntil(master, &shown, "sudo password: ", QDeadlineTimer(prompted ? 10000 : 1000));
    QCOMPARE(::write(master, "sudo-secret-2\n", 14), ssize_t(14));
    readUntil(master, &shown, QByteArray(), QDeadlineTimer(60000));
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ::close(master);

    QVERIFY2(!shown.contains("login-secret-1"), shown.constData());
    QVERIFY2(!shown.contains("sudo-secret-2"), shown.constData());
    QVERIFY2(prompted, shown.constData());
    QVERIFY2(shown.contains("sudo password: "), shown.constData());
}

QTEST_GUILESS_MAIN(TestCliText)
#include "TestCliText.moc"
