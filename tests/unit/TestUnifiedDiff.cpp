#include "config/UnifiedDiff.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `diff -u` output for the previews: hunk headers exactly as GNU diff writes them, and patches
// that GNU patch applies to get the new text back.
class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void fieldExampleConfig();
    void patchAppliesIt_data();
    void patchAppliesIt();
};

void TestUnifiedDiff::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("expected"); // without the ---/+++ header

    QTest::newRow("equal") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << 3 << QString();
    QTest::newRow("both empty") << QByteArray() << QByteArray() << 3 << QString();
    QTest::newRow("one line changed")
        << QByteArray("EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=a:2181\nZK_CONFIG_ZPATH=/\nBOOTSTRAP_URL=http://b\n")
        << QByteArray("EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=1:10.0.0.1\nBOOTSTRAP_URL=http://b\n") << 3
        << QStringLiteral("@@ -1,4 +1,3 @@\n-EXHIBITOR_BACKEND=ZK\n-ZK_CONFIG_CONNECT=a:2181\n-ZK_CONFIG_ZPATH=/\n"
                          "+EXHIBITOR_BACKEND=STATIC\n+EXHIBITOR_STATICENSEMBLE=1:10.0.0.1\n BOOTSTRAP_URL=http://b\n");
    QTest::newRow("from empty") << QByteArray() << QByteArray("a\n") << 3 << QStringLiteral("@@ -0,0 +1 @@\n+a\n");
    QTest::newRow("to empty") << QByteArray("a\nb\n") << QByteArray() << 3 << QStringLiteral("@@ -1,2 +0,0 @@\n-a\n-b\n");
    QTest::newRow("insert at start") << QByteArray("b\nc\n") << QByteArray("a\nb\nc\n") << 3
                                     << QStringLiteral("@@ -1,2 +1,3 @@\n+a\n b\n c\n");
    QTest::newRow("insert, no context") << QByteArray("a\nc\n") << QByteArray("a\nb\nc\n") << 0
                                        << QStringLiteral("@@ -1,0 +2 @@\n+b\n");
    QTest::newRow("delete, no context") << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n") << 0
                                        << QStringLiteral("@@ -2 +1,0 @@\n-b\n");
    QTest::newRow("context is cut at the ends")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n") << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n") << 2
        << QStringLiteral("@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n");
    QTest::newRow("two hunks")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n") << QByteArray("one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n")
        << 3 << QStringLiteral("@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n");
    QTest::newRow("close changes share a hunk")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n") << QByteArray("one\n2\n3\n4\n5\n6\n7\neight\n9\n10\n") << 3
        << QStringLiteral("@@ -1,10 +1,10 @@\n-1\n+one\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+eight\n 9\n 10\n");
    QTest::newRow("newline added at end") << QByteArray("a\nb") << QByteArray("a\nb\n") << 3
                                          << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    QTest::newRow("newline lost at end") << QByteArray("a\nb\n") << QByteArray("a\nc") << 3
                                         << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n+c\n\\ No newline at end of file\n");
    QTest::newRow("CRLF is compared") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nc\r\n") << 3
                                      << QStringLiteral("@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
}

void TestUnifiedDiff::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);
    QFETCH(QString, expected);

    const QString result = UnifiedDiff::diff(before, after, QStringLiteral("old"), QStringLiteral("new"), context);
    if (expected.isEmpty()) {
        QCOMPARE(result, QString());
        return;
    }
    QCOMPARE(result, QStringLiteral("--- old\n+++ new\n") + expected);
}

void TestUnifiedDiff::fieldExampleConfig()
{
    QFile before(QStringLiteral(EMW_TEST_DATA_DIR "/field-example.yaml"));
    QFile after(QStringLiteral(EMW_TEST_DATA_DIR "/config/field-example-static.yaml"));
    QVERIFY(before.open(QIODevice::ReadOnly));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(UnifiedDiff::diff(before.readAll(), after.readAll(), QStringLiteral("config.yaml"),
                               QStringLiteral("config.yaml")),
             QStringLiteral("--- config.yaml\n"
                            "+++ config.yaml\n"
                            "@@ -1,9 +1,7 @@\n"
                            " bootstrap_url: http://10.10.0.100\n"
                            " customer_key: 12345-12345-12345-12345-123456\n"
                            " cluster_name: ZKMIGIV\n"
                            "-exhibitor_storage_backend: zookeeper\n"
                            "-exhibitor_zk_hosts: 10.10.0.249:2181,10.10.0.79:2181,10.10.0.125:2181\n"
                            "-exhibitor_zk_path: /\n"
                            "+exhibitor_storage_backend: static\n"
                            " log_directory: /genconf/logs\n"
                            " master_discovery: static\n"
                            " master_list:\n"));
}

void TestUnifiedDiff::patchAppliesIt_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");

    // Random edits of a random text, from a fixed seed so that a failure can be replayed.
    QRandomGenerator random(20171003);
    for (int round = 0; round < 40; ++round) {
        QList<QByteArray> lines;
        const int size = random.bounded(0, 40);
        for (int i = 0; i < size; ++i)
            lines << "line " + QByteArray::number(random.bounded(0, 12)); // repeats make alignment ambiguous
        QList<QByteArray> edited = lines;
        const int edits = random.bounded(0, 8);
        for (int e = 0; e < edits; ++e) {
            const int kind = random.bounded(0, 3);
            const int at = edited.isEmpty() ? 0 : random.bounded(0, int(edited.size()));
            if (kind == 0 || edited.isEmpty())
                edited.insert(at, "new " + QByteArray::number(random.bounded(0, 5)));
            else if (kind == 1)
                edited.removeAt(at);
            else
                edited[at] = "changed " + QByteArray::number(e);
        }
        QByteArray before = lines.join('\n');
        QByteArray after = edited.join('\n');
        if (!before.isEmpty() && random.bounded(0, 4) != 0)
            before += '\n';
        if (!after.isEmpty() && random.bounded(0, 4) != 0)
            after += '\n';
        QTest::addRow("round %d", round) << before << after << random.bounded(0, 4);
    }
}

void TestUnifiedDiff::patchAppliesIt()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);

    const QString patchProgram = QStandardPaths::findExecutable(QStringLiteral("patch"));
    if (patchProgram.isEmpty())
        QSKIP("GNU patch is not installed");

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(before);
    file.close();

    const QString diff = UnifiedDiff::diff(before, after, QStringLiteral("file"), QStringLiteral("file"), context);
    QCOMPARE(diff.isEmpty(), before == after);
    if (diff.isEmpty())
        return;

    QProcess patch;
    patch.setWorkingDirectory(dir.path());
    // No fuzz and no context shifting: the hunks must match exactly where they say.
    patch.start(patchProgram, {QStringLiteral("--batch"), QStringLiteral("--fuzz=0"), QStringLiteral("--quiet"),
                               QStringLiteral("file")});
    patch.write(diff.toUtf8());
    patch.closeWriteChannel();
    QVERIFY(patch.waitForFinished());
    QVERIFY2(patch.exitCode() == 0, qPrintable(diff + QString::fromUtf8(patch.readAll())));

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), after);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "TestUnifiedDiff.moc"
