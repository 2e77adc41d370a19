#include "config/Ensemble.h"

#include <QTest>

using IdMap = QMap<QString, int>;
Q_DECLARE_METATYPE(IdMap)

// Server lists: parsing what Exhibitor stores, DC/OS's string sort and numbering, and the checks
// on a set of current IDs.
class TestEnsemble : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void dcosSorted_data();
    void dcosSorted();
    void canonical_data();
    void canonical();
    void fieldExamplePhaseA();
    void validateIds_data();
    void validateIds();
    void idOf();
};

namespace {
const QStringList kFieldMasters{QStringLiteral("10.10.0.193"), QStringLiteral("10.10.0.122"),
                                QStringLiteral("10.10.0.203"), QStringLiteral("10.10.0.104"),
                                QStringLiteral("10.10.0.169")};
const IdMap kFieldIds{{QStringLiteral("10.10.0.193"), 1},
                      {QStringLiteral("10.10.0.122"), 4},
                      {QStringLiteral("10.10.0.203"), 2},
                      {QStringLiteral("10.10.0.104"), 5},
                      {QStringLiteral("10.10.0.169"), 3}};
} // namespace

void TestEnsemble::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonicalText");

    QTest::newRow("plain") << QStringLiteral("1:10.0.0.1,2:10.0.0.2") << QStringLiteral("1:10.0.0.1,2:10.0.0.2");
    QTest::newRow("order kept") << QStringLiteral("5:10.10.0.104,4:10.10.0.122")
                                << QStringLiteral("5:10.10.0.104,4:10.10.0.122");
    QTest::newRow("server type prefixes") << QStringLiteral("S:1:10.0.0.1,O:2:10.0.0.2,s:3:10.0.0.3")
                                          << QStringLiteral("1:10.0.0.1,2:10.0.0.2,3:10.0.0.3");
    QTest::newRow("java escape") << QStringLiteral("1\\:10.0.0.1,2\\:10.0.0.2")
                                 << QStringLiteral("1:10.0.0.1,2:10.0.0.2");
    QTest::newRow("escaped prefix") << QStringLiteral("S\\:1\\:10.0.0.1,S\\:2\\:10.0.0.2")
                                    << QStringLiteral("1:10.0.0.1,2:10.0.0.2");
    QTest::newRow("blanks") << QStringLiteral(" 1 : 10.0.0.1 , 2:10.0.0.2 ") << QStringLiteral("1:10.0.0.1,2:10.0.0.2");
    QTest::newRow("trailing comma") << QStringLiteral("1:10.0.0.1,") << QStringLiteral("1:10.0.0.1");
    QTest::newRow("host name") << QStringLiteral("1:master1.example.com") << QStringLiteral("1:master1.example.com");
    QTest::newRow("empty") << QString() << QString();
}

void TestEnsemble::parse()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonicalText);
    QString error;
    const auto ensemble = Ensemble::parse(spec, &error);
    QVERIFY2(ensemble, qPrintable(error));
    QCOMPARE(ensemble->toString(), canonicalText);
}

void TestEnsemble::parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("culprit");
    QTest::newRow("no id") << QStringLiteral("1:10.0.0.1,10.0.0.2") << QStringLiteral("\"10.0.0.2\"");
    QTest::newRow("word id") << QStringLiteral("one:10.0.0.1") << QStringLiteral("\"one:10.0.0.1\"");
    QTest::newRow("no host") << QStringLiteral("1:") << QStringLiteral("\"1:\"");
    QTest::newRow("host with port") << QStringLiteral("1:10.0.0.1:2888") << QStringLiteral("\"1:10.0.0.1:2888\"");
}

void TestEnsemble::parseErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, culprit);
    QString error;
    QVERIFY(!Ensemble::parse(spec, &error));
    QVERIFY2(error.contains(culprit), qPrintable(error));
    QVERIFY(!Ensemble::parse(spec)); // no error pointer is fine
}

void TestEnsemble::dcosSorted_data()
{
    QTest::addColumn<QStringList>("masters");
    QTest::addColumn<QStringList>("sorted");

    // Python's sorted() on strings: character by character, so "1" < "9" decides before length.
    QTest::newRow("string sort traps")
        << QStringList{QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.100"), QStringLiteral("10.0.0.10")}
        << QStringList{QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100"), QStringLiteral("10.0.0.9")};
    QTest::newRow("first octet")
        << QStringList{QStringLiteral("9.0.0.1"), QStringLiteral("10.0.0.1"), QStringLiteral("100.0.0.1")}
        << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("100.0.0.1"), QStringLiteral("9.0.0.1")};
    QTest::newRow("dot sorts before digits")
        << QStringList{QStringLiteral("10.0.10.1"), QStringLiteral("10.0.1.10")}
        << QStringList{QStringLiteral("10.0.1.10"), QStringLiteral("10.0.10.1")};
    QTest::newRow("field example") << kFieldMasters
                                   << QStringList{QStringLiteral("10.10.0.104"), QStringLiteral("10.10.0.122"),
                                                  QStringLiteral("10.10.0.169"), QStringLiteral("10.10.0.193"),
                                                  QStringLiteral("10.10.0.203")};
    QTest::newRow("one") << QStringList{QStringLiteral("10.0.0.1")} << QStringList{QStringLiteral("10.0.0.1")};
}

void TestEnsemble::dcosSorted()
{
    QFETCH(QStringList, masters);
    QFETCH(QStringList, sorted);
    QCOMPARE(Ensemble::dcosSorted(masters), sorted);
}

void TestEnsemble::canonical_data()
{
    QTest::addColumn<QStringList>("masters");
    QTest::addColumn<QString>("expected");
    QTest::newRow("field example") << kFieldMasters
                                   << QStringLiteral("1:10.10.0.104,2:10.10.0.122,3:10.10.0.169,4:10.10.0.193,"
                                                     "5:10.10.0.203");
    QTest::newRow("string sort traps")
        << QStringList{QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100")}
        << QStringLiteral("1:10.0.0.10,2:10.0.0.100,3:10.0.0.9");
    QTest::newRow("demo") << QStringList{QStringLiteral("127.0.1.193"), QStringLiteral("127.0.1.122"),
                                         QStringLiteral("127.0.1.203"), QStringLiteral("127.0.1.104"),
                                         QStringLiteral("127.0.1.169")}
                          << QStringLiteral("1:127.0.1.104,2:127.0.1.122,3:127.0.1.169,4:127.0.1.193,5:127.0.1.203");
}

void TestEnsemble::canonical()
{
    QFETCH(QStringList, masters);
    QFETCH(QString, expected);
    QCOMPARE(Ensemble::canonical(masters).toString(), expected);
}

void TestEnsemble::fieldExamplePhaseA()
{
    QVERIFY(Ensemble::validateIds(kFieldMasters, kFieldIds).isEmpty());
    const auto phaseA = Ensemble::withIds(kFieldMasters, kFieldIds);
    QCOMPARE(phaseA.toString(), QStringLiteral("5:10.10.0.104,4:10.10.0.122,3:10.10.0.169,1:10.10.0.193,2:10.10.0.203"));
    QVERIFY(phaseA != Ensemble::canonical(kFieldMasters));
    // Round trip through what Exhibitor stores.
    QCOMPARE(Ensemble::parse(phaseA.toString()).value(), phaseA);
}

void TestEnsemble::validateIds_data()
{
    QTest::addColumn<QStringList>("masters");
    QTest::addColumn<IdMap>("ids");
    QTest::addColumn<QStringList>("hosts");    // hosts the problems are about, in order
    QTest::addColumn<QStringList>("fragments"); // one message fragment per problem

    const QStringList three{QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100")};
    const IdMap good{{QStringLiteral("10.0.0.9"), 7}, {QStringLiteral("10.0.0.10"), 2}, {QStringLiteral("10.0.0.100"), 4}};

    QTest::newRow("gapped ids are fine") << three << good << QStringList() << QStringList();
    QTest::newRow("field example") << kFieldMasters << kFieldIds << QStringList() << QStringList();

    IdMap missing = good;
    missing.remove(QStringLiteral("10.0.0.100"));
    QTest::newRow("missing id") << three << missing << QStringList{QStringLiteral("10.0.0.100")}
                                << QStringList{QStringLiteral("No current ID is given for master 10.0.0.100")};

    IdMap zero = good;
    zero[QStringLiteral("10.0.0.9")] = 0;
    QTest::newRow("id 0") << three << zero << QStringList{QStringLiteral("10.0.0.9")}
                          << QStringList{QStringLiteral("has ID 0, but ZooKeeper server IDs are 1 to 255")};

    IdMap big = good;
    big[QStringLiteral("10.0.0.10")] = 256;
    QTest::newRow("id 256") << three << big << QStringList{QStringLiteral("10.0.0.10")}
                            << QStringList{QStringLiteral("has ID 256")};

    IdMap duplicate = good;
    duplicate[QStringLiteral("10.0.0.9")] = 2;
    // DC/OS order: 10.0.0.10 comes first and keeps the ID; 10.0.0.9 is reported.
    QTest::newRow("duplicate id") << three << duplicate << QStringList{QStringLiteral("10.0.0.9")}
                                  << QStringList{QStringLiteral("Master 10.0.0.9 has ID 2, which master 10.0.0.10 has too")};

    IdMap unknown = good;
    unknown[QStringLiteral("10.0.0.11")] = 9;
    QTest::newRow("unknown host") << three << unknown << QStringList{QStringLiteral("10.0.0.11")}
                                  << QStringList{QStringLiteral("10.0.0.11, which is not in master_list")};

    IdMap several{{QStringLiteral("10.0.0.10"), 1}, {QStringLiteral("10.0.0.9"), 1}, {QStringLiteral("10.0.0.1"), 3}};
    QTest::newRow("several") << three << several
                             << QStringList{QStringLiteral("10.0.0.100"), QStringLiteral("10.0.0.9"),
                                            QStringLiteral("10.0.0.1")}
                             << QStringList{QStringLiteral("No current ID"), QStringLiteral("which master 10.0.0.10 has too"),
                                            QStringLiteral("not in master_list")};
}

void TestEnsemble::validateIds()
{
    QFETCH(QStringList, masters);
    QFETCH(IdMap, ids);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, fragments);

    const auto problems = Ensemble::validateIds(masters, ids);
    QCOMPARE(problems.size(), hosts.size());
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QCOMPARE(problems.at(i).host, hosts.at(i));
        QVERIFY2(problems.at(i).message.contains(fragments.at(i)), qPrintable(problems.at(i).message));
        QVERIFY(problems.at(i).message.contains(hosts.at(i)));
    }
}

void TestEnsemble::idOf()
{
    const auto ensemble = Ensemble::withIds(kFieldMasters, kFieldIds);
    QCOMPARE(ensemble.idOf(QStringLiteral("10.10.0.122")), 4);
    QCOMPARE(ensemble.idOf(QStringLiteral("10.10.0.1")), 0);
    QCOMPARE(ensemble.members().size(), 5);
    QCOMPARE(ensemble.members().constFirst(), (Ensemble::Member{5, QStringLiteral("10.10.0.104")}));
    QVERIFY(Ensemble().isEmpty());
    QCOMPARE(Ensemble().toString(), QString());
}

QTEST_APPLESS_MAIN(TestEnsemble)
#include "TestEnsemble.moc"
