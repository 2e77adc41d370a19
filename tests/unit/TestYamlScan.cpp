#include "config/YamlScan.h"

#include <QElapsedTimer>
#include <QTest>

// The look at a YAML text before yaml-cpp loads it: alias bombs, nesting, documents.
class TestYamlScan : public QObject
{
    Q_OBJECT

private slots:
    void plainConfig();
    void aliasesCountedExpanded();
    void aliasBombStopped();
    void deepNestingStopped();
    void documents_data();
    void documents();
    void syntaxErrorLeftToTheLoader();
};

namespace {

// The classic "billion laughs": nine aliases of nine aliases, nine levels, 9^9 strings.
QByteArray aliasBomb()
{
    QByteArray text = "cluster_name: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'i'; ++name) {
        QByteArrayList aliases;
        for (int i = 0; i < 9; ++i)
            aliases << QByteArray("*") + previous;
        text += QByteArray(1, name) + ": &" + name + " [" + aliases.join(',') + "]\n";
        previous = name;
    }
    return text;
}

} // namespace

void TestYamlScan::plainConfig()
{
    const YamlScan::Result result = YamlScan::scan("cluster_name: a\nmaster_list:\n- 10.0.0.1\n- 10.0.0.2\n");
    QVERIFY(result.problem.isEmpty());
    QCOMPARE(result.documents, 1);
    QCOMPARE(result.secondDocumentLine, 0);
    QCOMPARE(result.depth, 2);
    // The mapping, two keys, two values (one a list of two).
    QCOMPARE(result.nodes, 1 + 2 + 1 + 1 + 2);
}

void TestYamlScan::aliasesCountedExpanded()
{
    // The list of three strings is counted at its anchor and again at each alias.
    const YamlScan::Result result = YamlScan::scan("a: &x [1, 2, 3]\nb: *x\nc: *x\n");
    QVERIFY(result.problem.isEmpty());
    QCOMPARE(result.aliases, 2);
    QCOMPARE(result.nodes, 1 + 3 + 3 * 4);
}

void TestYamlScan::aliasBombStopped()
{
    const QByteArray bomb = aliasBomb();
    QVERIFY(bomb.size() < 600);
    QElapsedTimer clock;
    clock.start();
    const YamlScan::Result result = YamlScan::scan(bomb);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY2(result.problem.contains(QLatin1String("more than 100000 values")), qPrintable(result.problem));
    // It stops at the first line whose aliases pass the limit: f, nine aliases of e's 59049 values.
    QCOMPARE(result.problemLine, 7);
}

void TestYamlScan::deepNestingStopped()
{
    const QByteArray deep = "a: " + QByteArray(100, '[') + QByteArray(100, ']') + "\n";
    const YamlScan::Result result = YamlScan::scan(deep);
    QVERIFY2(result.problem.contains(QLatin1String("nested more than 64 levels")), qPrintable(result.problem));
    QCOMPARE(result.problemLine, 1);

    const QByteArray fine = "a: " + QByteArray(20, '[') + QByteArray(20, ']') + "\n";
    QVERIFY(YamlScan::scan(fine).problem.isEmpty());
}

void TestYamlScan::documents_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("secondLine");
    QTest::newRow("one") << QByteArray("a: 1\n") << 1 << 0;
    QTest::newRow("one with a start marker") << QByteArray("---\na: 1\n") << 1 << 0;
    QTest::newRow("two") << QByteArray("a: 1\n---\nb: 2\n") << 2 << 2;
    QTest::newRow("three") << QByteArray("---\na: 1\n---\nb: 2\n---\nc: 3\n") << 3 << 3;
    QTest::newRow("empty") << QByteArray() << 0 << 0;
}

void TestYamlScan::documents()
{
    QFETCH(QByteArray, text);
    QFETCH(int, documents);
    QFETCH(int, secondLine);
    const YamlScan::Result result = YamlScan::scan(text);
    QCOMPARE(result.documents, documents);
    QCOMPARE(result.secondDocumentLine, secondLine);
    QVERIFY(result.problem.isEmpty());
}

void TestYamlScan::syntaxErrorLeftToTheLoader()
{
    const YamlScan::Result result = YamlScan::scan("a: [1, 2\nb: *undefined\n");
    QVERIFY(result.problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestYamlScan)
#include "TestYamlScan.moc"
