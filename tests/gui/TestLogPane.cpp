// LogPane: the filters a reader uses during a run. The run pages build their panes before a run
// knows its masters, so the master filter must follow the model's masters.
#include "LogPane.h"
#include "RunLogModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogPane : public QObject
{
    Q_OBJECT

private:
    static void queue(RunLogModel *log, const QString &master, LogStream stream, const QString &text)
    {
        log->queue(LogLine{ master, stream, text, QDateTime::currentDateTime() });
    }

    static QStringList items(const QComboBox *box)
    {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
        return texts;
    }

private slots:
    void masterFilterListsTheMastersSetAfterThePaneIsBuilt()
    {
        RunLogModel log;
        LogPane pane(&log);
        pane.show();
        auto *masters = pane.findChild<QComboBox *>(u"logMasterFilter"_s);
        QVERIFY(masters);
        QCOMPARE(items(masters), QStringList{ LogPane::tr("All masters") });

        log.setMasters({ u"127.0.0.1"_s, u"127.0.0.2"_s });
        QCOMPARE(items(masters), (QStringList{ LogPane::tr("All masters"), u"127.0.0.1"_s, u"127.0.0.2"_s }));

        queue(&log, u"127.0.0.1"_s, LogStream::Command, u"systemctl restart dcos-exhibitor"_s);
        queue(&log, u"127.0.0.2"_s, LogStream::Stdout, u"active"_s);
        queue(&log, u"127.0.0.2"_s, LogStream::Journal, u"my id = 2"_s);
        log.flush();
        QCOMPARE(pane.visibleLines(), 3);

        // The operator picks a master from the list with the keyboard.
        masters->setFocus();
        QTest::keyClick(masters, Qt::Key_Down);
        QTest::keyClick(masters, Qt::Key_Down);
        QCOMPARE(masters->currentText(), u"127.0.0.2"_s);
        QCOMPARE(pane.visibleLines(), 2);
        QVERIFY(!pane.visibleText().contains(u"systemctl"_s));

        // A new run with other masters: the list follows, the choice falls back to all masters.
        log.setMasters({ u"127.0.0.3"_s });
        QCOMPARE(items(masters), (QStringList{ LogPane::tr("All masters"), u"127.0.0.3"_s }));
        QCOMPARE(masters->currentIndex(), 0);
        QCOMPARE(pane.visibleLines(), 3);
    }

    void streamFilterSeparatesTheJournalsFromTheRunsLines()
    {
        RunLogModel log;
        LogPane pane(&log);
        log.setMasters({ u"127.0.0.1"_s });
        queue(&log, u"127.0.0.1"_s, LogStream::Command, u"systemctl restart dcos-exhibitor"_s);
        queue(&log, u"127.0.0.1"_s, LogStream::Journal, u"ZooKeeperServer not running"_s);
        queue(&log, u"127.0.0.1"_s, LogStream::Warning, u"no leader yet"_s);
        log.flush();
        auto *streams = pane.findChild<QComboBox *>(u"logStreamFilter"_s);
        QVERIFY(streams);

        streams->setCurrentIndex(streams->findText(LogPane::tr("Masters' journals only")));
        QCOMPARE(pane.visibleLines(), 1);
        QVERIFY(pane.visibleText().contains(u"[journal] ZooKeeperServer not running"_s));
        streams->setCurrentIndex(streams->findText(LogPane::tr("Without the masters' journals")));
        QCOMPARE(pane.visibleLines(), 2);
        QVERIFY(!pane.visibleText().contains(u"ZooKeeperServer"_s));
        streams->setCurrentIndex(streams->findText(LogPane::tr("Warnings and errors")));
        QCOMPARE(pane.visibleLines(), 1);

        // Find looks only in what is shown.
        streams->setCurrentIndex(streams->findText(LogPane::tr("All lines")));
        QVERIFY(pane.findNext(u"not running"_s));
        QVERIFY(!pane.isFollowing()); // a found line stays in view
        streams->setCurrentIndex(streams->findText(LogPane::tr("Without the masters' journals")));
        QVERIFY(!pane.findNext(u"not running"_s));
    }
};

QTEST_MAIN(TestLogPane)
#include "TestLogPane.moc"
