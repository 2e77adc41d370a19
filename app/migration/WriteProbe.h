#pragma once

#include "MigrationTypes.h"
#include "WriteProbeLedger.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class ZkClient;

// The run's own proof that no acknowledged write is lost (issue 14): from the end of preflight
// to Verify it writes at a steady rate (5/s) and records every acknowledgement; Verify then finds
// every acknowledged write, or names the missing ones.
//
// Each write creates a persistent sequential child "w-" of the probe's parent (data: the write's
// sequence number) rather than updating one znode: every acknowledged write leaves a znode of its
// own, named by ZooKeeper in the acknowledgement, so each one is checked by name. One znode
// overwritten over and over shows only the last value; a lost write followed by a later one
// would be invisible (its version counter cannot tell a lost acknowledged write from an applied
// write whose answer was lost).
//
// The probe has a session of its own on the run's SSH port forwards (ZkAccess's connect string),
// like the canary: it measures what a client of the cluster sees, and its writes never queue
// behind the data walk's reads. A failed write (quorum loss, a server restarting) is counted,
// never fatal; an expired session is replaced, as a real client would, and counted. The parent
// gets ZooKeeper's open ACL (DC/OS Enterprise's root lets anyone create: ANYONE_CR), and the
// super credentials are added to the session when the run has them, so the probe works on an
// Enterprise cluster. Lives in the engine's worker thread; nothing in it blocks.
class WriteProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 200;

    explicit WriteProbe(QObject *parent = nullptr);
    ~WriteProbe() override;

    void setInterval(int msec) { m_writeTimer.setInterval(msec); }
    // Opens the session, adds credentials (if any), creates base and path, then writes until
    // stop(). Whether it could start is logged; the run goes on either way.
    void start(const QString &connectString, const QByteArray &credentials, const QString &base, const QString &path,
               Phase phase);
    bool hasStarted() const { return m_started; }
    bool isWriting() const { return m_writeTimer.isActive(); }
    bool hasWritten() const { return m_writing; }
    QString path() const { return m_path; }
    void setPhase(Phase phase);
    void stop();
    // The probe's first session is still the one it writes on (never expired).
    bool sessionSurvived() const { return m_writing && m_sessionsExpired == 0; }

    // Stops writing, waits up to timeoutMs for the answers to writes in flight, then lists the
    // probe's znodes: lost are the acknowledged writes not found; !ok if the list failed.
    using VerifyCallback = std::function<void(bool ok, const QStringList &lost, const QString &error)>;
    void verify(VerifyCallback callback, int timeoutMs = 10000);
    // Removes the probe's znodes and those earlier runs' probes left under base (probe-*).
    void removeZnodes(const QString &connectString, const QString &base,
                      std::function<void(bool ok, const QString &error)> callback);

    LiveClientFigures figures() const;
    WriteProbeReport report() const;

signals:
    // Every second while writing, and once more when it stops.
    void figuresChanged(const LiveClientFigures &figures);
    void message(LogStream stream, const QString &text);

private:
    void openSession();
    void onConnected();
    void onSessionExpired();
    void writeNext();
    void onWriteDone(qint64 sequence, bool ok, const QString &name, const QString &error);
    void finishVerify();
    void removeTree(const QString &path, std::function<void(bool ok, const QString &error)> callback);

    ZkClient *m_client = nullptr;
    QTimer m_writeTimer;
    QTimer m_figuresTimer;
    QElapsedTimer m_clock;
    WriteProbeLedger m_ledger;
    QString m_connectString;
    QByteArray m_credentials;
    QString m_base;
    QString m_path;
    int m_outstanding = 0;
    int m_sessionsExpired = 0;
    int m_generation = 0; // answers on a replaced session are not counted twice
    bool m_started = false;
    bool m_stopped = false;
    bool m_writing = false; // the parent exists and writes were issued
    bool m_failing = false; // the last answer was a failure (for the log's transitions)
    qint64 m_failingSinceMs = 0;
    QString m_startError;
    VerifyCallback m_verifyCallback;
    bool m_verified = false;
    QStringList m_lost;
};
