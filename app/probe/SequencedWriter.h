#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class ZkClient;
struct ZkResult;

// An independent ZooKeeper client that keeps writing while the migration runs, to measure what a
// real client would have seen. Every interval (50 ms) it creates a persistent sequential znode
// "<basePath>/w-" holding the write's sequence number, whether or not earlier writes have
// completed, and records when each write was issued and when it was acknowledged or failed.
// Exclude basePath from a ZkTreeWalker digest: it grows during the run.
class SequencedWriter : public QObject
{
    Q_OBJECT

public:
    struct Write
    {
        qint64 sequence = 0;
        qint64 issuedMs = 0;     // since start()
        qint64 completedMs = -1; // -1 while pending
        int code = 0;            // ZkResult::Code
        QString createdName;     // the sequential child's name, once acknowledged
        bool acknowledged() const { return completedMs >= 0 && code == 0; }
        bool failed() const { return completedMs >= 0 && code != 0; }
    };

    struct Report
    {
        qint64 issued = 0;
        qint64 acknowledged = 0;
        qint64 failed = 0;
        qint64 pending = 0;
        int sessionsExpired = 0;
        qint64 durationMs = 0;
        // The longest time without an acknowledged write while writes were being attempted:
        // the largest gap between consecutive acknowledgements, counting from the first write
        // and, if writes failed after the last acknowledgement, up to the end of the run.
        // A healthy ensemble shows about one interval.
        qint64 longestUnavailableMs = 0;
        qint64 unavailableFromMs = 0; // where that window began, since start()
    };

    explicit SequencedWriter(QObject *parent = nullptr);
    ~SequencedWriter() override;

    void setInterval(int msec) { m_timer.setInterval(msec); }
    void setBasePath(const QString &path) { m_basePath = path; }
    QString basePath() const { return m_basePath; }
    void setSessionTimeout(int msec) { m_sessionTimeout = msec; }

    // Connects, makes sure basePath exists, then writes until stop(). started() once writing.
    void start(const QString &connectString);
    // Stops issuing writes; those in flight are still recorded, and the session stays open for
    // verifyAcknowledged() until the writer is destroyed.
    void stop();
    // Lists basePath and checks that every acknowledged write is there: an acknowledged write
    // that is missing after the migration is lost data. Answers with acknowledgedVerified().
    void verifyAcknowledged();
    bool isWriting() const { return m_timer.isActive(); }

    const QList<Write> &writes() const { return m_writes; }
    Report report() const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void started();
    void failedToStart(const QString &errorText);
    void writeAcknowledged(qint64 sequence);
    void writeFailed(qint64 sequence, const QString &errorText);
    // missing: acknowledged writes not found; -1 with errorText if the check itself failed.
    void acknowledgedVerified(qint64 missing, const QString &errorText);

private:
    void openSession();
    void onConnected();
    void onSessionExpired();
    void writeNext();
    void onWriteDone(qsizetype index, const ZkResult &result);

    ZkClient *m_client;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QString m_connectString;
    QString m_basePath = QStringLiteral("/emw-sequenced-writer");
    int m_sessionTimeout = 10000;
    QList<Write> m_writes;
    qint64 m_stoppedAtMs = -1;
    int m_outstanding = 0;
    int m_sessionsExpired = 0;
    int m_run = 0; // answers to an earlier start() are ignored
    bool m_stopped = true;
};
