// Discovery on topologies/disc-tls.yaml: Exhibitor's REST wants HTTPS and a client certificate
// (DC/OS Enterprise with EXHIBITOR_TLS_ENABLED=true). The tool does not use the masters'
// certificates: get-state is unavailable for that stated reason, and the other sources decide.
#include "DiscoveryRun.h"
#include "SimCluster.h"

#include "config/ClusterConfig.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <unistd.h>

class TestDiscoveryTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getStateUnavailableForTls();

private:
    std::unique_ptr<SimCluster> m_sim;
    DiscoveryOptions m_options;
};

void TestDiscoveryTls::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("the simulated cluster needs root");
    m_sim = std::make_unique<SimCluster>(QStringLiteral(EMW_SOURCE_DIR "/tests/discovery/topologies/disc-tls.yaml"));
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
    const ClusterConfig config = ClusterConfig::fromFile(m_sim->configFile());
    QVERIFY(config.isValid());
    m_options = DiscoveryOptions::fromConfig(config);
}

void TestDiscoveryTls::cleanupTestCase()
{
    if (m_sim)
        m_sim->down();
}

void TestDiscoveryTls::getStateUnavailableForTls()
{
    DiscoveryRun run;
    QVERIFY(run.run(m_sim->keyTargets(), m_options));
    QVERIFY2(run.discovery.allAgree(), qPrintable(run.discovery.problems().join(u'\n')));
    QCOMPARE(run.discovery.currentIds(), m_sim->ids());
    for (const QString &master : m_sim->masters()) {
        const MasterDiscovery result = run.result(master);
        QVERIFY(result.envFile().contains("\nEXHIBITOR_TLS_ENABLED=true\n") || result.envFile().startsWith("EXHIBITOR_TLS_ENABLED=true\n"));
        const IdReading state = result.reading(IdSource::GetState);
        QCOMPARE(state.status, IdReading::Status::Unavailable);
        QVERIFY2(state.describe().contains(QStringLiteral("Exhibitor's REST requires HTTPS with a client certificate on "
                                                          "this master (EXHIBITOR_TLS_ENABLED=true")),
                 qPrintable(state.describe()));
        QCOMPARE(result.agreedId(), m_sim->ids().value(master));
    }
}

QTEST_GUILESS_MAIN(TestDiscoveryTls)
#include "TestDiscoveryTls.moc"
