#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

// SIGINT, SIGTERM and SIGHUP for the command line, delivered as a Qt signal in the main thread
// (the self-pipe trick: the handler only writes the signal's number to a pipe, which a
// QSocketNotifier reads). While a watcher exists those signals no longer end the process: the
// run stops after its current step instead (MigrationRunPrinter), and SIGPIPE is ignored (a
// hang-up often ends the reader of the output too). One watcher at a time; the previous
// handlers come back when it goes.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // How many signals arrived so far (counted in the handler, so also while the main thread
    // is blocked, e.g. in a terminal question).
    static int count();
    // Waits until fd is readable (true) or a signal arrives (false). For terminal questions,
    // whose blocking read would otherwise outlast a Ctrl+C.
    static bool waitReadable(int fd);
    static QString name(int signal);

Q_SIGNALS:
    void received(int signal);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};
