#include "config/ConfigIssue.h"

#include <QTest>

// The one-line form every problem takes on stderr and in the wizard: file:line: key: message.
class TestConfigIssue : public QObject
{
    Q_OBJECT

private slots:
    void toString_data();
    void toString();
};

void TestConfigIssue::toString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("everything") << QStringLiteral("config.yaml") << 12 << QStringLiteral("master_list")
                                << QStringLiteral("config.yaml:12: master_list: Fix it.");
    QTest::newRow("no line") << QStringLiteral("config.yaml") << 0 << QStringLiteral("master_discovery")
                             << QStringLiteral("config.yaml: master_discovery: Fix it.");
    QTest::newRow("no key") << QStringLiteral("ids.txt") << 3 << QString() << QStringLiteral("ids.txt:3: Fix it.");
    QTest::newRow("master as key") << QStringLiteral("journals/10.0.0.1.log") << 0 << QStringLiteral("10.0.0.1")
                                   << QStringLiteral("journals/10.0.0.1.log: 10.0.0.1: Fix it.");
    QTest::newRow("no file") << QString() << 0 << QString() << QStringLiteral("Fix it.");
}

void TestConfigIssue::toString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const ConfigIssue issue{file, line, key, QStringLiteral("Fix it.")};
    QCOMPARE(issue.toString(), expected);
}

QTEST_APPLESS_MAIN(TestConfigIssue)
#include "TestConfigIssue.moc"
