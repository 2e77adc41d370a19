// RunLogModel: lines arrive in bursts, the masters' journals are capped, the run's own lines are
// never dropped, and views hear when the masters change.
#include "RunLogModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

LogLine line(const QString &master, LogStream stream, const QString &text)
{
    return LogLine{ master, stream, text, QDateTime::currentDateTime() };
}

} // namespace

class TestRunLogModel : public QObject
{
    Q_OBJECT

private slots:
    void linesArriveInOneInsertPerBurst()
    {
        RunLogModel log;
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 50; ++i)
            log.queue(line(u"127.0.0.1"_s, LogStream::Stdout, u"line %1"_s.arg(i)));
        QCOMPARE(log.rowCount(), 0); // not yet: the burst is still coming
        QTRY_COMPARE(log.rowCount(), 50);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(log.data(log.index(49), RunLogModel::TextRole).toString(), u"line 49"_s);
        QVERIFY(log.data(log.index(0)).toString().contains(u"127.0.0.1 [stdout] line 0"_s));
    }

    void journalLinesAreCappedAndTheRunsOwnAreKept()
    {
        RunLogModel log;
        QSignalSpy dropped(&log, &RunLogModel::journalLinesDropped);
        // The run's lines between the journals' (one burst: the journals ran 1,000 lines over).
        const int total = RunLogModel::kJournalCap + 1000;
        int ownLines = 0;
        for (int i = 0; i < total; ++i) {
            log.queue(line(u"127.0.0.%1"_s.arg(1 + i % 3), LogStream::Journal, u"journal %1"_s.arg(i)));
            if (i % 4000 == 0)
                log.queue(line(u"127.0.0.1"_s, LogStream::Command, u"own %1"_s.arg(ownLines++)));
        }
        log.flush();

        QVERIFY(log.journalLines() <= RunLogModel::kJournalCap);
        QCOMPARE(log.journalLines() + log.droppedJournalLines(), qint64(total));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).toInt(), RunLogModel::kJournalTrim + 1000);
        QCOMPARE(log.rowCount(), log.journalLines() + ownLines);
        // The oldest journal lines went; the newest is still the last row, and every one of the
        // run's own lines is still there, in order.
        QCOMPARE(log.data(log.index(log.rowCount() - 1), RunLogModel::TextRole).toString(),
                 u"journal %1"_s.arg(total - 1));
        int own = 0;
        int firstJournal = -1;
        for (int row = 0; row < log.rowCount(); ++row) {
            const QString text = log.data(log.index(row), RunLogModel::TextRole).toString();
            if (log.line(row).stream == LogStream::Command)
                QCOMPARE(text, u"own %1"_s.arg(own++));
            else if (firstJournal < 0)
                firstJournal = text.mid(8).toInt();
        }
        QCOMPARE(own, ownLines);
        QCOMPARE(firstJournal, RunLogModel::kJournalTrim + 1000);
    }

    void settingTheMastersTellsTheViews()
    {
        RunLogModel log;
        QSignalSpy changed(&log, &RunLogModel::mastersChanged);
        log.setMasters({ u"127.0.0.1"_s, u"127.0.0.2"_s });
        QCOMPARE(changed.size(), 1);
        log.setMasters({ u"127.0.0.1"_s, u"127.0.0.2"_s });
        QCOMPARE(changed.size(), 1); // the same masters: nothing to redo
        QVERIFY(log.masterColour(u"127.0.0.1"_s) != log.masterColour(u"127.0.0.2"_s));
        QCOMPARE(log.masterColour(u"127.0.0.9"_s), QColor(Qt::gray));
    }
};

QTEST_MAIN(TestRunLogModel)
#include "TestRunLogModel.moc"
