#include "TerminalText.h"

#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>

// What the CLI lets through to a terminal: text as it is, control characters made visible.
class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void escaped_data();
    void escaped();
    void deviceEscapesAcrossSplitWrites();
};

void TestTerminalText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("10.0.0.1: ok") << QStringLiteral("10.0.0.1: ok");
    QTest::newRow("newline and tab kept") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("non-ASCII kept") << QStringLiteral("Größe 日本") << QStringLiteral("Größe 日本");
    QTest::newRow("clear screen") << QStringLiteral("x\x1b[2Jy") << QStringLiteral("x\\x1b[2Jy");
    QTest::newRow("window title") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("carriage return") << QStringLiteral("settled\rfailed") << QStringLiteral("settled\\x0dfailed");
    QTest::newRow("backspace, DEL, NUL") << QString::fromLatin1("a\x08\x7f", 3) + QChar(0)
                                         << QStringLiteral("a\\x08\\x7f\\x00");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\u009b2J");
    QTest::newRow("bidi override") << QString(QChar(0x202e)) + QStringLiteral("txt.exe")
                                   << QStringLiteral("\\u202etxt.exe");
    QTest::newRow("bidi isolate") << QString(QChar(0x2066)) << QStringLiteral("\\u2066");
}

void TestTerminalText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::escaped(text), shown);
}

void TestTerminalText::deviceEscapesAcrossSplitWrites()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    FILE *stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "w");
    QVERIFY(stream != nullptr);
    {
        TerminalDevice device(stream);
        // U+009B (C1 CSI) is 0xC2 0x9B in UTF-8, U+00E9 0xC3 0xA9: both split between writes.
        QCOMPARE(device.write("a\xc2", 2), 2);
        QCOMPARE(device.write("\x9b" "b\xc3", 3), 3);
        QCOMPARE(device.write("\xa9\x1b\n", 3), 3);
    }
    std::fclose(stream);
    QCOMPARE(file.readAll(), QByteArray("a\\u009bb\xc3\xa9\\x1b\n"));
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "TestTerminalText.moc"
