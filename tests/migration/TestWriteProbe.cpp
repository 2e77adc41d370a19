#include "migration/WriteProbe.h"

#include "ZooKeeperEnsemble.h"
#include "probe/ZkClient.h"
#include "probe/ZkResult.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The write probe against a real ZooKeeper server: writes acknowledged per phase, Verify finds
// them all, names one that is gone, and the clean-up removes the probe's znodes (and another
// run's leftovers) and nothing else.
class TestWriteProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writesVerifiesAndCleansUp();
    void lostWriteIsNamed();
    void notStartedIsSaid();

private:
    // A client of its own, as another program on the cluster would be.
    int call(const std::function<void(ZkClient &, ZkClient::Callback)> &request, ZkResult *out = nullptr);

    std::unique_ptr<ZooKeeperEnsemble> m_ensemble;
    std::unique_ptr<ZkClient> m_client;
};

void TestWriteProbe::initTestCase()
{
    if (ZooKeeperEnsemble::classPath().isEmpty())
        QSKIP("ZooKeeper is not installed");
    ZooKeeperEnsemble::Options options;
    options.size = 1;
    options.firstAddress = 71;
    m_ensemble = std::make_unique<ZooKeeperEnsemble>(options);
    QString error;
    QVERIFY2(m_ensemble->start(&error), qPrintable(error));
    m_client = std::make_unique<ZkClient>();
    QVERIFY(m_client->open(m_ensemble->connectString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected(), 15000);
}

void TestWriteProbe::cleanupTestCase()
{
    m_client.reset();
    m_ensemble.reset();
}

int TestWriteProbe::call(const std::function<void(ZkClient &, ZkClient::Callback)> &request, ZkResult *out)
{
    bool done = false;
    ZkResult answer;
    request(*m_client, [&](const ZkResult &result) {
        answer = result;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        return ZkResult::OperationTimeout;
    if (out)
        *out = answer;
    return answer.code;
}

void TestWriteProbe::writesVerifiesAndCleansUp()
{
    // Another run's probe left its znodes behind (a failed run); not the probe's own.
    const QString base = QStringLiteral("/emw-probe-a");
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) { c.create(base, {}, ZkClient::Persistent, &c, cb); }), 0);
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) {
                 c.create(base + QStringLiteral("/probe-old"), {}, ZkClient::Persistent, &c, cb);
             }),
             0);
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) {
                 c.create(base + QStringLiteral("/probe-old/w-"), "1", ZkClient::Sequential, &c, cb);
             }),
             0);
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) {
                 c.create(base + QStringLiteral("/canary-x"), {}, ZkClient::Persistent, &c, cb);
             }),
             0);

    WriteProbe probe;
    probe.setInterval(50);
    QSignalSpy figures(&probe, &WriteProbe::figuresChanged);
    probe.start(m_ensemble->connectString(), {}, base, base + QStringLiteral("/probe-run"), Phase::PhaseA);
    QTRY_VERIFY_WITH_TIMEOUT(probe.figures().writes >= 10, 15000);
    QVERIFY(probe.hasWritten());
    QVERIFY(probe.sessionSurvived());
    probe.setPhase(Phase::PhaseB);
    const qint64 inA = probe.figures().writes;
    QTRY_VERIFY_WITH_TIMEOUT(probe.figures().writes >= inA + 10, 15000);
    QVERIFY(figures.wait(3000)); // once a second while writing
    QVERIFY(figures.last().first().value<LiveClientFigures>().running);

    bool answered = false;
    QStringList lost{QStringLiteral("not answered")};
    probe.verify([&](bool ok, const QStringList &missing, const QString &error) {
        QVERIFY2(ok, qPrintable(error));
        lost = missing;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
    QVERIFY(!probe.isWriting());
    QVERIFY(!figures.last().first().value<LiveClientFigures>().running);

    const WriteProbeReport report = probe.report();
    QVERIFY(report.ran);
    QVERIFY(report.verified);
    QCOMPARE(report.lost, 0);
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.pending, 0);
    QCOMPARE(report.phases.size(), 2);
    QCOMPARE(report.phases.at(0).phase, Phase::PhaseA);
    QCOMPARE(report.phases.at(1).phase, Phase::PhaseB);
    QVERIFY(report.phases.at(0).writes > 0 && report.phases.at(1).writes > 0);
    QCOMPARE(report.writes, report.phases.at(0).writes + report.phases.at(1).writes);
    QCOMPARE(report.samples.size(), report.writes);
    // Every acknowledged write is a znode of its own.
    ZkResult children;
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) { c.getChildren(report.path, &c, cb); }, &children), 0);
    QCOMPARE(children.children.size(), report.writes);

    bool removed = false;
    probe.removeZnodes(m_ensemble->connectString(), base, [&](bool ok, const QString &error) {
        QVERIFY2(ok, qPrintable(error));
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) { c.exists(report.path, &c, cb); }), int(ZkResult::NoNode));
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) { c.exists(base + QStringLiteral("/probe-old"), &c, cb); }),
             int(ZkResult::NoNode));
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) { c.exists(base + QStringLiteral("/canary-x"), &c, cb); }), 0);
}

void TestWriteProbe::lostWriteIsNamed()
{
    const QString base = QStringLiteral("/emw-probe-b");
    WriteProbe probe;
    probe.setInterval(50);
    probe.start(m_ensemble->connectString(), {}, base, base + QStringLiteral("/probe-run"), Phase::PhaseB);
    QTRY_VERIFY_WITH_TIMEOUT(probe.figures().writes >= 5, 15000);
    probe.stop();
    QTRY_COMPARE_WITH_TIMEOUT(probe.report().pending, qint64(0), 10000);
    // An acknowledged write disappears behind the run's back.
    ZkResult children;
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) { c.getChildren(probe.path(), &c, cb); }, &children), 0);
    QVERIFY(!children.children.isEmpty());
    const QString gone = children.children.first();
    QCOMPARE(call([&](ZkClient &c, ZkClient::Callback cb) {
                 c.remove(probe.path() + QLatin1Char('/') + gone, -1, &c, cb);
             }),
             0);

    bool answered = false;
    QStringList lost;
    probe.verify([&](bool ok, const QStringList &missing, const QString &) {
        QVERIFY(ok);
        lost = missing;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.first().startsWith(gone + QStringLiteral(" (#")), qPrintable(lost.first()));
    QVERIFY2(lost.first().contains(phaseTitle(Phase::PhaseB)), qPrintable(lost.first()));
    QCOMPARE(probe.report().lost, 1);
    QCOMPARE(probe.report().lostWrites, lost);
}

void TestWriteProbe::notStartedIsSaid()
{
    // Nothing listens there: no session, no writes; Verify is told so instead of waiting.
    const QString nowhere = QStringLiteral("127.0.6.71:%1").arg(ZooKeeperEnsemble::freePort(QStringLiteral("127.0.6.71")));
    WriteProbe probe;
    probe.start(nowhere, {}, QStringLiteral("/emw-probe-c"), QStringLiteral("/emw-probe-c/probe-run"), Phase::PhaseA);
    QTest::qWait(300);
    QVERIFY(!probe.hasWritten());
    bool answered = false;
    bool verified = true;
    probe.verify([&](bool ok, const QStringList &, const QString &) {
        verified = ok;
        answered = true;
    });
    QVERIFY(answered);
    QVERIFY(!verified);
    QVERIFY(!probe.report().ran);
}

QTEST_GUILESS_MAIN(TestWriteProbe)
#include "TestWriteProbe.moc"
