#include "config/JournalIdParser.h"

#include <QFile>
#include <QTest>

// A master's ID from `journalctl -u dcos-exhibitor`, in the wordings of ZooKeeper 3.4 and 3.8.
class TestJournalIdParser : public QObject
{
    Q_OBJECT

private slots:
    void lastId_data();
    void lastId();
    void journalFiles_data();
    void journalFiles();
    void matchedLineText();
};

void TestJournalIdParser::lastId_data()
{
    QTest::addColumn<QByteArray>("journal");
    QTest::addColumn<int>("id"); // 0: no ID expected
    QTest::addColumn<int>("line");

    const QByteArray prefix = "Oct 03 13:49:09 ip-10-10-0-122 java[24286]: ";
    QTest::newRow("3.4 new election, two spaces")
        << prefix + "INFO  [QuorumPeer[myid=5]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@818] - New election. My id =  5, "
                    "proposed zxid=0x400000062\n"
        << 5 << 1;
    QTest::newRow("3.8 new election, one space")
        << prefix + "2024-01-15 08:02:11,405 [myid:3] - INFO  [QuorumPeer[myid=3](plain=0.0.0.0:2181)(secure=disabled):"
                    "o.a.z.s.q.FastLeaderElection@946] - New election. My id = 3, proposed zxid=0x100000000\n"
        << 3 << 1;
    QTest::newRow("field procedure: space before comma")
        << QByteArray("Oct 03 13:49:08 ip-10-10-0-193.us-west-2.compute.internal java[24740]: New election. My id = 1 , "
                      "proposed zxid=0x400000000\n")
        << 1 << 1;
    QTest::newRow("connection broken: peer first, ours second")
        << prefix + "WARN  [RecvWorker:2:QuorumCnxManager$RecvWorker@780] - Connection broken for id 2, my id = 4, error =\n"
        << 4 << 1;
    QTest::newRow("field procedure: connection broken with space")
        << prefix + "Connection broken for id 2, my id = 4 , error =\n" << 4 << 1;
    QTest::newRow("last one wins")
        << QByteArray("-- Logs begin at Mon 2017-10-02 09:12:51 UTC. --\n") + prefix
               + "New election. My id =  2, proposed zxid=0x0\n" + prefix + "FOLLOWING\n" + prefix
               + "Connection broken for id 5, my id = 4, error =\n" + prefix + "java.io.EOFException\n"
        << 4 << 4;
    QTest::newRow("case-insensitive") << prefix + "MY ID = 7\n" << 7 << 1;
    QTest::newRow("last line without newline") << prefix + "noise\n" + prefix + "my id = 9" << 9 << 2;
    QTest::newRow("CRLF") << prefix + "noise\r\n" + prefix + "My id =  6, proposed zxid=0x1\r\n" << 6 << 2;
    QTest::newRow("tab") << prefix + "my id =\t8\n" << 8 << 1;

    QTest::newRow("rotated: no ID line")
        << prefix + "Accepted socket connection from /127.0.0.1:48022\n" + prefix
               + "Closed socket connection for client /127.0.0.1:48022 (no session established for client)\n"
        << 0 << 0;
    QTest::newRow("empty journal") << QByteArray() << 0 << 0;
    QTest::newRow("journalctl: no entries") << QByteArray("-- No entries --\n") << 0 << 0;
    QTest::newRow("myid is not my id") << prefix + "INFO [QuorumPeer[myid=3]] - LOOKING; myid:3\n" << 0 << 0;
    QTest::newRow("peer only") << prefix + "Connection broken for id 2, error =\n" << 0 << 0;
    QTest::newRow("value on the next line does not count") << prefix + "my id =\n" + prefix + "5 things\n" << 0 << 0;
    QTest::newRow("not a number") << prefix + "my id = unknown\n" << 0 << 0;
}

void TestJournalIdParser::lastId()
{
    QFETCH(QByteArray, journal);
    QFETCH(int, id);
    QFETCH(int, line);

    const auto match = JournalIdParser::lastId(journal);
    if (id == 0) {
        QVERIFY(!match);
        return;
    }
    QVERIFY(match);
    QCOMPARE(match->id, id);
    QCOMPARE(match->line, line);
}

void TestJournalIdParser::journalFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("line");
    QTest::newRow("3.4 new election") << QStringLiteral("field-example/10.10.0.193.log") << 1 << 3;
    QTest::newRow("3.4 election, then connection broken") << QStringLiteral("field-example/10.10.0.122.log") << 4 << 3;
    QTest::newRow("3.4 connection broken, then election") << QStringLiteral("field-example/10.10.0.104.log") << 5 << 3;
    QTest::newRow("3.8") << QStringLiteral("zk38/127.0.1.122.log") << 4 << 2;
    QTest::newRow("rotated") << QStringLiteral("incomplete/10.10.0.203.log") << 0 << 0;
}

void TestJournalIdParser::journalFiles()
{
    QFETCH(QString, file);
    QFETCH(int, id);
    QFETCH(int, line);

    QFile journal(QStringLiteral(EMW_TEST_DATA_DIR "/journals/") + file);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const auto match = JournalIdParser::lastId(journal.readAll());
    QCOMPARE(match.has_value(), id != 0);
    if (match) {
        QCOMPARE(match->id, id);
        QCOMPARE(match->line, line);
    }
}

void TestJournalIdParser::matchedLineText()
{
    // The line that named the ID, for the operator to see (white space simplified, long lines cut).
    auto match = JournalIdParser::lastId("noise\r\n[myid:4] - WARN  [RecvWorker:5:QuorumCnxManager$RecvWorker@780] - "
                                         "Connection broken for id 5, my id = 4, error =\r\nmore noise\n");
    QVERIFY(match);
    QCOMPARE(match->text, QStringLiteral("[myid:4] - WARN [RecvWorker:5:QuorumCnxManager$RecvWorker@780] - "
                                         "Connection broken for id 5, my id = 4, error ="));
    match = JournalIdParser::lastId("New election. My id =  2, " + QByteArray(1000, 'z'));
    QVERIFY(match);
    QCOMPARE(match->text.size(), JournalIdParser::kMaxText);
    QVERIFY(match->text.startsWith(QStringLiteral("New election. My id = 2, zzz")));
    QVERIFY(match->text.endsWith(QChar(0x2026)));
}

QTEST_APPLESS_MAIN(TestJournalIdParser)
#include "TestJournalIdParser.moc"
