#include "SignalWatcher.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
int s_pipe[2] = {-1, -1};
std::atomic<int> s_count{0};
struct sigaction s_previous[std::size(kSignals)];
struct sigaction s_previousPipe;

extern "C" void onSignal(int signal)
{
    // Only async-signal-safe calls here: an atomic add and write(2).
    const int savedErrno = errno;
    s_count.fetch_add(1);
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        s_pipe[0] = s_pipe[1] = -1;
        return; // the default handlers stay: a signal ends the process as before
    }
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking call of ours sees EINTR (Qt's own reads retry by themselves).
    action.sa_flags = 0;
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &action, &s_previous[i]);
    // A hang-up often takes the reader of our output with it (| tee, an SSH session): a write to
    // it must fail (EPIPE), not end the process in the middle of the step it is finishing. (Qt
    // Network ignores SIGPIPE too, but only once it has made a socket; this does not depend on it.)
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, &s_previousPipe);
}

SignalWatcher::~SignalWatcher()
{
    if (s_pipe[0] < 0)
        return;
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &s_previous[i], nullptr);
    ::sigaction(SIGPIPE, &s_previousPipe, nullptr);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

int SignalWatcher::count()
{
    return s_count.load();
}

bool SignalWatcher::waitReadable(int fd)
{
    const int before = count();
    for (;;) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {s_pipe[0], POLLIN, 0}};
        const int ready = ::poll(fds, s_pipe[0] < 0 ? 1 : 2, -1);
        if (count() != before || (ready > 0 && (fds[1].revents & POLLIN)))
            return false;
        if (ready > 0)
            return true; // readable, at its end or in error: the read itself tells which
        if (ready < 0 && errno != EINTR)
            return true;
    }
}

QString SignalWatcher::name(int signal)
{
    switch (signal) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        break;
    }
    return QStringLiteral("signal %1").arg(signal);
}

void SignalWatcher::readPipe()
{
    char bytes[16];
    for (;;) {
        const ssize_t got = ::read(s_pipe[0], bytes, sizeof bytes);
        if (got <= 0)
            break;
        for (ssize_t i = 0; i < got; ++i)
            Q_EMIT received(int(static_cast<unsigned char>(bytes[i])));
    }
}
