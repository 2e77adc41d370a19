#include "config/CurrentIds.h"

#include <QTemporaryDir>
#include <QTest>

using IdMap = QMap<QString, int>;
Q_DECLARE_METATYPE(IdMap)

// The operator's current IDs: an ids file or a directory of saved journals, each ID remembered
// with the file and line it came from.
class TestCurrentIds : public QObject
{
    Q_OBJECT

private slots:
    void idsText_data();
    void idsText();
    void fieldExampleIdsFile();
    void malformedIdsFile();
    void unreadableIdsFile();
    void journalDir();
    void journalDir38();
    void incompleteJournalDir();
    void journalDirIsNotADirectory();
};

namespace {
const QString kData = QStringLiteral(EMW_TEST_DATA_DIR);
const QStringList kFieldMasters{QStringLiteral("10.10.0.193"), QStringLiteral("10.10.0.122"),
                                QStringLiteral("10.10.0.203"), QStringLiteral("10.10.0.104"),
                                QStringLiteral("10.10.0.169")};
const IdMap kFieldIds{{QStringLiteral("10.10.0.193"), 1},
                      {QStringLiteral("10.10.0.122"), 4},
                      {QStringLiteral("10.10.0.203"), 2},
                      {QStringLiteral("10.10.0.104"), 5},
                      {QStringLiteral("10.10.0.169"), 3}};
} // namespace

void TestCurrentIds::idsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<IdMap>("ids");
    QTest::addColumn<QList<int>>("issueLines");

    const IdMap two{{QStringLiteral("10.0.0.1"), 1}, {QStringLiteral("10.0.0.2"), 2}};
    QTest::newRow("plain") << QByteArray("10.0.0.1 1\n10.0.0.2 2\n") << two << QList<int>();
    QTest::newRow("comments and blanks") << QByteArray("# ids\n\n10.0.0.1 1 # first\n   \n\t10.0.0.2\t2\n# end") << two
                                         << QList<int>();
    QTest::newRow("CRLF, no final newline") << QByteArray("10.0.0.1 1\r\n10.0.0.2 2") << two << QList<int>();
    QTest::newRow("empty") << QByteArray() << IdMap() << QList<int>();
    QTest::newRow("missing id") << QByteArray("10.0.0.1 1\n10.0.0.2\n") << IdMap{{QStringLiteral("10.0.0.1"), 1}}
                                << QList<int>{2};
    QTest::newRow("word id") << QByteArray("10.0.0.1 one\n") << IdMap() << QList<int>{1};
    QTest::newRow("negative id") << QByteArray("10.0.0.1 -1\n") << IdMap() << QList<int>{1};
    QTest::newRow("three fields") << QByteArray("10.0.0.1 1 2\n") << IdMap() << QList<int>{1};
    QTest::newRow("colon instead of blank") << QByteArray("10.0.0.1:1\n") << IdMap() << QList<int>{1};
    QTest::newRow("repeated master") << QByteArray("10.0.0.1 1\n10.0.0.2 2\n10.0.0.1 3\n") << two << QList<int>{3};
    // Range and membership are MigrationPlan's (Ensemble::validateIds) business, not the reader's.
    QTest::newRow("id 0 is read") << QByteArray("10.0.0.1 0\n") << IdMap{{QStringLiteral("10.0.0.1"), 0}} << QList<int>();
}

void TestCurrentIds::idsText()
{
    QFETCH(QByteArray, text);
    QFETCH(IdMap, ids);
    QFETCH(QList<int>, issueLines);

    const auto result = CurrentIds::fromIdsText(text, QStringLiteral("ids.txt"));
    QCOMPARE(result.source(), QStringLiteral("ids.txt"));
    QCOMPARE(result.ids(), ids);
    QCOMPARE(result.issues().size(), issueLines.size());
    for (qsizetype i = 0; i < issueLines.size(); ++i) {
        QCOMPARE(result.issues().at(i).file, QStringLiteral("ids.txt"));
        QCOMPARE(result.issues().at(i).line, issueLines.at(i));
        QVERIFY(result.issues().at(i).toString().startsWith(QStringLiteral("ids.txt:%1: ").arg(issueLines.at(i))));
    }
}

void TestCurrentIds::fieldExampleIdsFile()
{
    const QString path = kData + QStringLiteral("/ids/field-example.ids");
    const auto result = CurrentIds::fromIdsFile(path);
    QVERIFY(result.issues().isEmpty());
    QCOMPARE(result.ids(), kFieldIds);
    QCOMPARE(result.origins().value(QStringLiteral("10.10.0.193")).file, path);
    QCOMPARE(result.origins().value(QStringLiteral("10.10.0.193")).line, 2);
    QCOMPARE(result.origins().value(QStringLiteral("10.10.0.203")).line, 5);
}

void TestCurrentIds::malformedIdsFile()
{
    const QString path = kData + QStringLiteral("/ids/malformed.ids");
    const auto result = CurrentIds::fromIdsFile(path);
    QCOMPARE(result.issues().size(), 3);
    QCOMPARE(result.issues().at(0).line, 2);
    QVERIFY(result.issues().at(0).message.contains(QStringLiteral("\"10.10.0.193\" is not \"<ip> <id>\"")));
    QCOMPARE(result.issues().at(0).key, QStringLiteral("10.10.0.193"));
    QCOMPARE(result.issues().at(1).line, 3);
    QCOMPARE(result.issues().at(1).key, QStringLiteral("10.10.0.122"));
    QCOMPARE(result.issues().at(2).line, 5);
    QCOMPARE(result.issues().at(2).key, QStringLiteral("10.10.0.203"));
    QVERIFY(result.issues().at(2).message.contains(QStringLiteral("first on line 4")));
    QCOMPARE(result.ids().value(QStringLiteral("10.10.0.203")), 2);
}

void TestCurrentIds::unreadableIdsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.ids"));
    const auto result = CurrentIds::fromIdsFile(path);
    QCOMPARE(result.issues().size(), 1);
    QCOMPARE(result.issues().constFirst().file, path);
    QVERIFY(result.issues().constFirst().message.contains(QStringLiteral("Cannot read the file")));
    QVERIFY(result.ids().isEmpty());
}

void TestCurrentIds::journalDir()
{
    const QString dir = kData + QStringLiteral("/journals/field-example");
    const auto result = CurrentIds::fromJournalDir(dir, kFieldMasters);
    QVERIFY2(result.issues().isEmpty(), qPrintable(result.issues().value(0).toString()));
    QCOMPARE(result.source(), dir);
    QCOMPARE(result.ids(), kFieldIds);
    const auto origin = result.origins().value(QStringLiteral("10.10.0.122"));
    QCOMPARE(origin.file, dir + QStringLiteral("/10.10.0.122.log"));
    QCOMPARE(origin.line, 3); // "Connection broken for id 2, my id = 4": the later line wins
}

void TestCurrentIds::journalDir38()
{
    const QStringList masters{QStringLiteral("127.0.1.193"), QStringLiteral("127.0.1.122"), QStringLiteral("127.0.1.203"),
                              QStringLiteral("127.0.1.104"), QStringLiteral("127.0.1.169")};
    const auto result = CurrentIds::fromJournalDir(kData + QStringLiteral("/journals/zk38"), masters);
    QVERIFY(result.issues().isEmpty());
    QCOMPARE(result.ids(), (IdMap{{QStringLiteral("127.0.1.193"), 1},
                                  {QStringLiteral("127.0.1.122"), 4},
                                  {QStringLiteral("127.0.1.203"), 2},
                                  {QStringLiteral("127.0.1.104"), 5},
                                  {QStringLiteral("127.0.1.169"), 3}}));
}

void TestCurrentIds::incompleteJournalDir()
{
    const QString dir = kData + QStringLiteral("/journals/incomplete");
    const auto result = CurrentIds::fromJournalDir(dir, kFieldMasters);
    QCOMPARE(result.ids().size(), 3);
    QCOMPARE(result.issues().size(), 2);

    // In master_list order: .203 (rotated journal), then .104 (no file).
    const auto rotated = result.issues().at(0);
    QCOMPARE(rotated.key, QStringLiteral("10.10.0.203"));
    QCOMPARE(rotated.file, dir + QStringLiteral("/10.10.0.203.log"));
    QVERIFY(rotated.message.contains(QStringLiteral("rotated")));
    QVERIFY(rotated.message.contains(QStringLiteral("--ids")));

    const auto missing = result.issues().at(1);
    QCOMPARE(missing.key, QStringLiteral("10.10.0.104"));
    QCOMPARE(missing.file, dir + QStringLiteral("/10.10.0.104.log"));
    QVERIFY(missing.message.contains(QStringLiteral("No journal for master 10.10.0.104")));
    QVERIFY(missing.message.contains(QStringLiteral("--ids")));
}

void TestCurrentIds::journalDirIsNotADirectory()
{
    const QString path = kData + QStringLiteral("/ids/field-example.ids");
    const auto result = CurrentIds::fromJournalDir(path, kFieldMasters);
    QCOMPARE(result.issues().size(), 1);
    QCOMPARE(result.issues().constFirst().file, path);
    QVERIFY(result.ids().isEmpty());
}

QTEST_APPLESS_MAIN(TestCurrentIds)
#include "TestCurrentIds.moc"
