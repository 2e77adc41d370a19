#pragma once

#include "discovery/SpecReader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

// Runs a SpecReader to its end and keeps what a user would see of it: the result, every log
// line, how often finished() came and how long it took.
struct SpecReaderRun
{
    BackendSpec result;
    QStringList log;
    int finishedCount = 0;
    qint64 elapsedMs = 0;

    // Everything a user reads: the log and the error.
    QString shown() const { return log.join(QLatin1Char('\n')) + QLatin1Char('\n') + result.error; }

    static SpecReaderRun of(SpecReader *reader, int waitMs = 20000)
    {
        SpecReaderRun run;
        QObject::connect(reader, &SpecReader::logLine, reader, [&run](const QString &line) { run.log << line; });
        QSignalSpy finished(reader, &SpecReader::finished);
        QElapsedTimer clock;
        clock.start();
        reader->start();
        if (finished.isEmpty())
            finished.wait(waitMs);
        run.elapsedMs = clock.elapsed();
        // Anything late (a second finished()) would arrive now.
        QTest::qWait(50);
        run.finishedCount = int(finished.size());
        run.result = reader->result();
        QObject::disconnect(reader, &SpecReader::logLine, reader, nullptr);
        return run;
    }
};
