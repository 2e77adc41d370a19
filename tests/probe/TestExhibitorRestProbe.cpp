#include "StaticHttpServer.h"
#include "ZooKeeperEnsemble.h"

#include "probe/ExhibitorRestProbe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// Against python3's http.server serving Exhibitor-shaped JSON: the real Exhibitor cannot run here.
class TestExhibitorRestProbe : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *StatusPath = "/exhibitor/v1/cluster/status";
    static constexpr const char *StatePath = "/exhibitor/v1/config/get-state";

    ExhibitorClusterStatus fetchStatus(const QString &host, quint16 port, int timeout = 5000)
    {
        ExhibitorRestProbe probe(host, port);
        probe.setTimeout(timeout);
        QSignalSpy spy(&probe, &ExhibitorRestProbe::clusterStatusReceived);
        probe.fetchClusterStatus();
        if (!spy.wait(timeout + 5000))
            return ExhibitorClusterStatus::failure(QStringLiteral("test: no signal"));
        return spy.at(0).at(0).value<ExhibitorClusterStatus>();
    }

    ExhibitorState fetchState(const QString &host, quint16 port)
    {
        ExhibitorRestProbe probe(host, port);
        QSignalSpy spy(&probe, &ExhibitorRestProbe::stateReceived);
        probe.fetchState();
        if (!spy.wait(10000))
            return ExhibitorState::failure(QStringLiteral("test: no signal"));
        return spy.at(0).at(0).value<ExhibitorState>();
    }

    StaticHttpServer m_server;

    template<typename Result, typename Signal>
    static Result ask(ExhibitorRestProbe &probe, Signal signal, void (ExhibitorRestProbe::*call)())
    {
        QSignalSpy spy(&probe, signal);
        (probe.*call)();
        if (!spy.wait(10000))
            return Result::failure(QStringLiteral("test: no signal"));
        return spy.at(0).at(0).template value<Result>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void clusterStatus()
    {
        QVERIFY(m_server.setFile(QLatin1String(StatusPath),
                                 R"([{"hostname":"10.0.0.1","code":3,"description":"serving","isLeader":false},
                                     {"hostname":"10.0.0.2","code":3,"description":"serving","isLeader":true},
                                     {"hostname":"10.0.0.3","code":1,"description":"down","isLeader":false}])"));
        const ExhibitorClusterStatus status = fetchStatus(m_server.host(), m_server.port());
        QVERIFY2(status.ok, qPrintable(status.errorText));
        QCOMPARE(status.servers.size(), 3);
        QCOMPARE(status.servers.at(1).hostname, QStringLiteral("10.0.0.2"));
        QVERIFY(status.servers.at(1).isLeader);
        QCOMPARE(status.servers.at(2).code, int(ExhibitorClusterStatus::Down));
        QCOMPARE(status.servers.at(2).description, QStringLiteral("down"));
        QCOMPARE(status.servingCount(), 2);
        QCOMPARE(status.leaderCount(), 1);
    }

    void state()
    {
        QVERIFY(m_server.setFile(QLatin1String(StatePath),
                                 R"({"version":"v1.5.6","running":true,"backupActive":false,"standaloneMode":false,
                                     "extraHeadingText":null,"nodeMutationsAllowed":true,
                                     "config":{"rollInProgress":false,"rollStatus":"n/a","rollPercentDone":0,
                                               "hostname":"10.0.0.2","serverId":2,
                                               "serversSpec":"1:10.0.0.1,2:10.0.0.2,3:10.0.0.3",
                                               "clientPort":2181,"connectPort":2888,"electionPort":3888,
                                               "zooCfgExtra":{"syncLimit":"5"},"controlPanel":{}}})"));
        const ExhibitorState state = fetchState(m_server.host(), m_server.port());
        QVERIFY2(state.ok, qPrintable(state.errorText));
        QCOMPARE(state.serverId, 2);
        QCOMPARE(state.hostname, QStringLiteral("10.0.0.2"));
        QCOMPARE(state.serversSpec, QStringLiteral("1:10.0.0.1,2:10.0.0.2,3:10.0.0.3"));
        QVERIFY(state.running);
        QCOMPARE(state.version, QStringLiteral("v1.5.6"));
    }

    void stateUnknownId()
    {
        // Exhibitor's own -1 when its host is not in the spec, and a missing serversSpec.
        QVERIFY(m_server.setFile(QLatin1String(StatePath), R"({"running":false,"config":{"serverId":-1}})"));
        const ExhibitorState state = fetchState(m_server.host(), m_server.port());
        QVERIFY(state.ok);
        QCOMPARE(state.serverId, -1);
        QVERIFY(state.serversSpec.isEmpty());
        QVERIFY(!state.running);
    }

    void malformedJson()
    {
        QVERIFY(m_server.setFile(QLatin1String(StatusPath), "[{\"hostname\":\"10.0.0.1\",\"code\":3"));
        const ExhibitorClusterStatus status = fetchStatus(m_server.host(), m_server.port());
        QVERIFY(!status.ok);
        QVERIFY2(status.errorText.contains(QLatin1String("malformed JSON")), qPrintable(status.errorText));
        QVERIFY(status.servers.isEmpty());

        QVERIFY(m_server.setFile(QLatin1String(StatePath), "<html>Exhibitor is starting</html>"));
        const ExhibitorState state = fetchState(m_server.host(), m_server.port());
        QVERIFY(!state.ok);
        QCOMPARE(state.serverId, -1);
    }

    void wrongShape()
    {
        QVERIFY(m_server.setFile(QLatin1String(StatusPath), R"({"hostname":"10.0.0.1"})"));
        QVERIFY(!fetchStatus(m_server.host(), m_server.port()).ok);
        QVERIFY(m_server.setFile(QLatin1String(StatePath), R"([1,2])"));
        QVERIFY(!fetchState(m_server.host(), m_server.port()).ok);
    }

    void httpError()
    {
        QVERIFY(m_server.removeFile(QLatin1String(StatusPath)));
        const ExhibitorClusterStatus status = fetchStatus(m_server.host(), m_server.port());
        QVERIFY(!status.ok);
        QVERIFY2(status.errorText.contains(QLatin1String("HTTP 404")), qPrintable(status.errorText));
    }

    // python's http.server answers a directory asked for without its slash with 301 to path + "/";
    // following that would take the index.html behind it for Exhibitor's answer.
    void redirectIsNotFollowed()
    {
        StaticHttpServer server(QStringLiteral("127.0.6.12"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.setFile(QLatin1String(StatusPath) + QStringLiteral("/index.html"),
                               R"([{"hostname":"10.0.0.9","code":3,"description":"serving","isLeader":true}])"));
        const ExhibitorClusterStatus status = fetchStatus(server.host(), server.port());
        QVERIFY2(!status.ok, "the redirect was followed");
        QVERIFY2(status.errorText.contains(QLatin1String("HTTP 301")), qPrintable(status.errorText));
        QVERIFY2(status.errorText.contains(QLatin1String(StatusPath) + QStringLiteral("/,")),
                 qPrintable(status.errorText));
        QVERIFY(status.errorText.contains(QLatin1String("not followed")));
    }

    void notAnswering()
    {
        // Nothing listens there: refused at once.
        const QString host = QStringLiteral("127.0.6.11");
        const ExhibitorClusterStatus status = fetchStatus(host, ZooKeeperEnsemble::freePort(host));
        QVERIFY(!status.ok);
        QVERIFY2(status.errorText.startsWith(QLatin1String("Exhibitor REST not answering")), qPrintable(status.errorText));
        const ExhibitorState state = fetchState(host, ZooKeeperEnsemble::freePort(host));
        QVERIFY(!state.ok);
        QVERIFY2(state.errorText.startsWith(QLatin1String("Exhibitor REST not answering")), qPrintable(state.errorText));
    }

    void requestStart()
    {
        // Exhibitor's ClusterResource answers {"message":"OK","succeeded":true}; until its REST is
        // up nothing answers (status 0: try again); an HTTP error is its answer (401, 404: give up).
        const QString path = QStringLiteral("/exhibitor/v1/cluster/start");
        const auto ask = [](const QString &host, quint16 port) {
            ExhibitorRestProbe probe(host, port);
            QSignalSpy spy(&probe, &ExhibitorRestProbe::startRequested);
            probe.requestStart();
            return spy.wait(10000) ? spy.takeFirst() : QList<QVariant>{};
        };
        QVERIFY(m_server.setFile(path, R"({"message":"OK","succeeded":true})"));
        QList<QVariant> answer = ask(m_server.host(), m_server.port());
        QCOMPARE(answer.value(0).toBool(), true);
        QCOMPARE(answer.value(1).toInt(), 200);

        QVERIFY(m_server.setFile(path, R"({"message":"not now","succeeded":false})"));
        answer = ask(m_server.host(), m_server.port());
        QCOMPARE(answer.value(0).toBool(), false);
        QVERIFY2(answer.value(2).toString().contains(QLatin1String("not now")), qPrintable(answer.value(2).toString()));

        QVERIFY(m_server.removeFile(path));
        answer = ask(m_server.host(), m_server.port());
        QCOMPARE(answer.value(0).toBool(), false);
        QCOMPARE(answer.value(1).toInt(), 404);

        const QString host = QStringLiteral("127.0.6.11");
        answer = ask(host, ZooKeeperEnsemble::freePort(host));
        QCOMPARE(answer.value(0).toBool(), false);
        QCOMPARE(answer.value(1).toInt(), 0);
    }

    void silentPeerTimesOut()
    {
        // A forwarded port whose far end accepts and then says nothing (a hung Exhibitor).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.6.11")), 0));
        const ExhibitorClusterStatus status = fetchStatus(silent.serverAddress().toString(), silent.serverPort(), 300);
        QVERIFY(!status.ok);
        QVERIFY2(status.errorText.contains(QLatin1String("not answering")), qPrintable(status.errorText));
    }

    // DC/OS with exhibitor_admin_password: everything but cluster/status needs Basic admin:<pw>.
    void adminPassword()
    {
        const QString password = QStringLiteral("s3cret-pw:with colon");
        StaticHttpServer server(QStringLiteral("127.0.6.13"));
        server.requireBasicAuth(QStringLiteral("admin"), password, {QLatin1String(StatusPath)});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.setFile(QLatin1String(StatePath), R"({"running":true,"config":{"serverId":4,"hostname":"10.0.0.4"}})"));
        QVERIFY(server.setFile(QLatin1String(StatusPath), R"([{"hostname":"10.0.0.4","code":3,"description":"serving","isLeader":true}])"));
        QVERIFY(server.setFile(QStringLiteral("/exhibitor/v1/cluster/start"), R"({"succeeded":true,"message":"OK"})"));
        QStringList texts; // everything the probe says, to check that the password is in none of it

        // Without the password: a 401 that says what is missing.
        ExhibitorRestProbe bare(server.host(), server.port());
        auto state = ask<ExhibitorState>(bare, &ExhibitorRestProbe::stateReceived, &ExhibitorRestProbe::fetchState);
        QVERIFY(!state.ok);
        QVERIFY2(state.errorText.contains(QStringLiteral("HTTP 401: it requires the admin password (exhibitor_admin_password")),
                 qPrintable(state.errorText));
        texts << state.errorText;

        // A wrong one: refused, and said so.
        ExhibitorRestProbe wrong(server.host(), server.port());
        wrong.setAdminPassword(QStringLiteral("not-it"));
        state = ask<ExhibitorState>(wrong, &ExhibitorRestProbe::stateReceived, &ExhibitorRestProbe::fetchState);
        QVERIFY(!state.ok);
        QVERIFY2(state.errorText.contains(QStringLiteral("refused the admin password")), qPrintable(state.errorText));
        texts << state.errorText;

        // The right one: get-state and cluster/start answer; cluster/status is asked without it.
        ExhibitorRestProbe probe(server.host(), server.port());
        probe.setAdminPassword(password);
        state = ask<ExhibitorState>(probe, &ExhibitorRestProbe::stateReceived, &ExhibitorRestProbe::fetchState);
        QVERIFY2(state.ok, qPrintable(state.errorText));
        QCOMPARE(state.serverId, 4);
        const auto status = ask<ExhibitorClusterStatus>(probe, &ExhibitorRestProbe::clusterStatusReceived,
                                                        &ExhibitorRestProbe::fetchClusterStatus);
        QVERIFY2(status.ok, qPrintable(status.errorText));
        QCOMPARE(status.servers.size(), 1);
        QSignalSpy started(&probe, &ExhibitorRestProbe::startRequested);
        probe.requestStart();
        QVERIFY(started.wait(10000));
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(2).toString()));
        texts << probe.baseUrl().toString() << started.at(0).at(2).toString();

        QCOMPARE(server.authLog(), (QStringList{QLatin1String(StatePath) + QStringLiteral(" none"),
                                                QLatin1String(StatePath) + QStringLiteral(" wrong"),
                                                QLatin1String(StatePath) + QStringLiteral(" auth"),
                                                QLatin1String(StatusPath) + QStringLiteral(" none"),
                                                QStringLiteral("/exhibitor/v1/cluster/start auth")}));
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(password) && !text.contains(QStringLiteral("s3cret")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestExhibitorRestProbe)
#include "TestExhibitorRestProbe.moc"
