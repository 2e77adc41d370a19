#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

// One match of a known failure in a file of the support bundle.
struct SupportFinding
{
    QString master;      // empty: the workstation's side (the run's report)
    QString file;        // the bundle file it was found in, relative to the bundle
    int line = 0;        // 1-based line of the last occurrence; 0: the file as a whole
    int occurrences = 1; // a unit that loops logs the same failure every 5 s
    QString id;          // stable key of the failure (tests, scripts)
    QString text;        // the (redacted) line as found
    QString title;       // what it is, translated
    QString explanation; // why it happens and what to do, translated
};

// The failure messages a migration can run into on a DC/OS master, each with its cause and what
// to do, taken from the sources that print them: dcos/dcos start_exhibitor.py and
// bootstrap_exhibitor_tls.py, the dcos/exhibitor fork, ZooKeeper and the JVM. Matching is by
// line, so a finding can name its file and line.
class KnownFailures
{
    Q_DECLARE_TR_FUNCTIONS(KnownFailures)

public:
    struct Pattern
    {
        QString id;
        QRegularExpression expression;
        QString title;
        QString explanation;
    };

    static const QList<Pattern> &patterns();

    // Every known failure in text, one finding per failure and file: the last line it appears
    // on, with how often it appeared.
    static QList<SupportFinding> match(const QString &master, const QString &file, const QByteArray &text);

    // Findings a pattern cannot see: a static env file whose ensemble lacks the master's own
    // address (start_exhibitor.py refuses to start on it).
    // Per master (the run's own last), the most telling first: the cause before its effects
    // (start_exhibitor.py's refusal before the refused connections it leads to).
    static void sort(QList<SupportFinding> *findings);

    static QList<SupportFinding> checkEnvFile(const QString &master, const QString &file, const QByteArray &envFile);
};
