// `exhibitor-migrate discover`, run as an operator runs it, against topologies/disc-default.yaml:
// JSON and text output, exit statuses, the host key flow, passwords on stdin, and that its
// current_ids feed `exhibitor-migrate plan --ids`.
#include "SimCluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <memory>
#include <unistd.h>

namespace {

const auto kMyId = QStringLiteral("/var/lib/dcos/exhibitor/zookeeper/snapshot/myid");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Result migrate(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate"));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestDiscoverCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void jsonWhenAllAgree();
    void textTable();
    void currentIdsFeedPlan();
    void unknownHostKeyIsRefusedUnlessAccepted();
    void disagreementExitsTwo();
    void unreachableMasterExitsOne();
    void passwordFromStdinNeverShown();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList keyArguments(const QString &format = QStringLiteral("json")) const;

    std::unique_ptr<SimCluster> m_sim;
};

void TestDiscoverCommand::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("the simulated cluster needs root");
    QVERIFY(QFile::exists(QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate")));
    m_sim = std::make_unique<SimCluster>(QStringLiteral(EMW_SOURCE_DIR "/tests/discovery/topologies/disc-default.yaml"));
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
}

void TestDiscoverCommand::cleanupTestCase()
{
    if (m_sim)
        m_sim->down();
}

QStringList TestDiscoverCommand::keyArguments(const QString &format) const
{
    return {QStringLiteral("discover"),     QStringLiteral("--config"),      m_sim->configFile(),
            QStringLiteral("--user"),       m_sim->keyUser(),                QStringLiteral("--port"),
            QString::number(m_sim->sshPort()), QStringLiteral("--identity"), m_sim->clientKey(),
            QStringLiteral("--known-hosts"), m_sim->knownHostsFile(),        QStringLiteral("--format"),
            format};
}

void TestDiscoverCommand::jsonWhenAllAgree()
{
    QElapsedTimer timer;
    timer.start();
    const Result result = migrate(keyArguments());
    qInfo("discover: %lld ms", timer.elapsed());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QJsonObject json = result.json();
    const QJsonArray masters = json.value(QLatin1String("masters")).toArray();
    QCOMPARE(masters.size(), 5);
    QStringList ips;
    for (const QJsonValue &value : masters) {
        const QJsonObject master = value.toObject();
        const QString ip = master.value(QLatin1String("ip")).toString();
        ips << ip;
        const int id = m_sim->ids().value(ip);
        QCOMPARE(master.value(QLatin1String("id")).toInt(), id);
        const QJsonObject sources = master.value(QLatin1String("sources")).toObject();
        QCOMPARE(sources.keys(), (QStringList{QStringLiteral("backend"), QStringLiteral("conf"),
                                              QStringLiteral("get_state"), QStringLiteral("journal"),
                                              QStringLiteral("myid")}));
        for (const QString &source : sources.keys())
            QCOMPARE(sources.value(source).toInt(), id);
        QCOMPARE(master.value(QLatin1String("agreement")).toString(), QStringLiteral("agreed"));
        QVERIFY(master.value(QLatin1String("mode")).toString() == QLatin1String("leader")
                || master.value(QLatin1String("mode")).toString() == QLatin1String("follower"));
        QVERIFY(master.value(QLatin1String("zxid")).toString().startsWith(QStringLiteral("0x")));
        QCOMPARE(master.value(QLatin1String("backend")).toString(), QStringLiteral("ZK"));
        QCOMPARE(master.value(QLatin1String("orig_exists")).toBool(true), false);
        QCOMPARE(master.value(QLatin1String("orig_differs")).toBool(true), false);
        QVERIFY(master.value(QLatin1String("problems")).toArray().isEmpty());
    }
    // As DC/OS sorts them.
    QCOMPARE(ips, (QStringList{QStringLiteral("127.0.21.104"), QStringLiteral("127.0.21.122"),
                               QStringLiteral("127.0.21.169"), QStringLiteral("127.0.21.193"),
                               QStringLiteral("127.0.21.203")}));
    QJsonObject expected;
    for (auto it = m_sim->ids().cbegin(); it != m_sim->ids().cend(); ++it)
        expected.insert(it.key(), it.value());
    QCOMPARE(json.value(QLatin1String("current_ids")).toObject(), expected);
}

void TestDiscoverCommand::textTable()
{
    const Result result = migrate(keyArguments(QStringLiteral("text")));
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(QStringLiteral("Master        Current ID  Journal  myid  conf  get-state  Backend spec  "
                                         "Agreement  Mode")));
    QVERIFY(text.contains(QStringLiteral("127.0.21.104  5           5        5     5     5          5             "
                                         "agreed")));
    // An ids file in the text, for plan --ids.
    QVERIFY(text.contains(QStringLiteral("\n127.0.21.104 5\n127.0.21.122 4\n127.0.21.169 3\n127.0.21.193 1\n"
                                         "127.0.21.203 2\n")));
}

void TestDiscoverCommand::currentIdsFeedPlan()
{
    const Result discovered = migrate(keyArguments());
    QCOMPARE(discovered.exitCode, 0);
    const QString idsFile = m_sim->tempPath(QStringLiteral("discovered.json"));
    QFile file(idsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(discovered.out);
    file.close();

    const Result plan = migrate({QStringLiteral("plan"), QStringLiteral("--config"), m_sim->configFile(),
                                 QStringLiteral("--ids"), idsFile, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    const QJsonObject json = plan.json();
    QCOMPARE(json.value(QLatin1String("current_ids")).toObject(),
             discovered.json().value(QLatin1String("current_ids")).toObject());
    QCOMPARE(json.value(QLatin1String("phase_a_ensemble")).toString(),
             QStringLiteral("5:127.0.21.104,4:127.0.21.122,3:127.0.21.169,1:127.0.21.193,2:127.0.21.203"));
    QCOMPARE(json.value(QLatin1String("phase_b_needed")).toBool(), true);
}

void TestDiscoverCommand::unknownHostKeyIsRefusedUnlessAccepted()
{
    const QString empty = m_sim->tempPath(QStringLiteral("known_hosts_empty"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QStringList arguments = keyArguments();
    arguments[arguments.indexOf(QStringLiteral("--known-hosts")) + 1] = empty;

    const Result refused = migrate(arguments);
    QCOMPARE(refused.exitCode, 1);
    for (const QString &master : m_sim->masters()) {
        const QString fingerprint = m_sim->hostKeyFingerprint(master);
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(refused.err.contains((master + QStringLiteral(": host key ssh-ed25519 ") + fingerprint).toUtf8()),
                 refused.err.constData());
        QVERIFY(refused.err.contains((QStringLiteral("--accept-host-key ") + fingerprint).toUtf8()));
    }
    QCOMPARE(refused.json().value(QLatin1String("current_ids")).toObject().size(), 0);

    // Accepting four of five: the fifth is still refused, the others are discovered.
    const QString last = m_sim->masters().constLast();
    QStringList accepting = arguments;
    for (const QString &master : m_sim->masters()) {
        if (master != last)
            accepting << QStringLiteral("--accept-host-key") << m_sim->hostKeyFingerprint(master);
    }
    const Result partly = migrate(accepting);
    QCOMPARE(partly.exitCode, 1);
    QCOMPARE(partly.json().value(QLatin1String("current_ids")).toObject().size(), 4);
    QVERIFY(partly.err.contains((last + QStringLiteral(": cannot connect: ")).toUtf8()));

    accepting << QStringLiteral("--accept-host-key") << m_sim->hostKeyFingerprint(last);
    const Result accepted = migrate(accepting);
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QCOMPARE(accepted.json().value(QLatin1String("current_ids")).toObject().size(), 5);
    QVERIFY(accepted.err.contains("trusting host key"));
    // Accepted for this run only: known_hosts is left as it was.
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestDiscoverCommand::disagreementExitsTwo()
{
    const QString master = QStringLiteral("127.0.21.169");
    const QString myid = m_sim->hostPath(master, kMyId);
    QFile file(myid);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    auto restore = qScopeGuard([&] {
        QFile out(myid);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(original);
    });
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("8\n");
    file.close();

    const Result result = migrate(keyArguments());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errLines().first().startsWith(
                 QStringLiteral("127.0.21.169: the ID sources disagree: journal, conf, get-state, backend say 3; myid "
                                "says 8.")),
             result.err.constData());
    const QJsonObject json = result.json();
    QVERIFY(!json.value(QLatin1String("current_ids")).toObject().contains(master));
    for (const QJsonValue &value : json.value(QLatin1String("masters")).toArray()) {
        if (value.toObject().value(QLatin1String("ip")).toString() == master)
            QCOMPARE(value.toObject().value(QLatin1String("agreement")).toString(), QStringLiteral("disagreed"));
    }

    // plan refuses it, with discovery's reason and the line in the JSON.
    const QString idsFile = m_sim->tempPath(QStringLiteral("disagreed.json"));
    QFile out(idsFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(result.out);
    out.close();
    const Result plan = migrate({QStringLiteral("plan"), QStringLiteral("--config"), m_sim->configFile(),
                                 QStringLiteral("--ids"), idsFile});
    QCOMPARE(plan.exitCode, 2);
    QCOMPARE(plan.errLines().size(), 1);
    QVERIFY2(plan.errLines().first().contains(QStringLiteral(": 127.0.21.169: the ID sources disagree")),
             plan.err.constData());
    QVERIFY(plan.errLines().first().startsWith(idsFile + QLatin1Char(':')));
}

void TestDiscoverCommand::unreachableMasterExitsOne()
{
    const QString down = QStringLiteral("127.0.21.104");
    QString error;
    QVERIFY2(m_sim->fault(down, QStringLiteral("sshd-down"), &error), qPrintable(error));
    auto restore = qScopeGuard([&] { m_sim->fault(down, QStringLiteral("sshd-up")); });

    const Result result = migrate(keyArguments());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errLines().first().startsWith(down + QStringLiteral(": cannot connect: ")), result.err.constData());
    QCOMPARE(result.json().value(QLatin1String("current_ids")).toObject().size(), 4);
}

void TestDiscoverCommand::passwordFromStdinNeverShown()
{
    QString why;
    if (!m_sim->ensurePasswordLogin(&why))
        QSKIP(qPrintable(why));
    const QStringList arguments{QStringLiteral("discover"),
                                QStringLiteral("--config"),
                                m_sim->configFile(),
                                QStringLiteral("--user"),
                                m_sim->passwordUser(),
                                QStringLiteral("--port"),
                                QString::number(m_sim->sshPort()),
                                QStringLiteral("--password-stdin"),
                                QStringLiteral("--sudo"),
                                QStringLiteral("password"),
                                QStringLiteral("--known-hosts"),
                                m_sim->knownHostsFile(),
                                QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("--verbose")};
    const QByteArray password = m_sim->password().toUtf8();
    const Result result = migrate(arguments, password + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("$ sudo cat /opt/mesosphere/etc/exhibitor; journalctl -u dcos-exhibitor --no-pager")); // --verbose showed the log
    QVERIFY(!result.out.contains(password));
    QVERIFY(!result.err.contains(password));

    // A separate sudo password on the next line: a wrong one fails sudo, not the login.
    const Result wrongSudo = migrate(arguments + QStringList{QStringLiteral("--sudo-password-stdin")},
                                     password + "\nnot-the-password\n");
    QCOMPARE(wrongSudo.exitCode, 2); // conf and get-state still answer; the sudo reads do not
    QVERIFY(!wrongSudo.err.contains(password));
    QVERIFY(!wrongSudo.err.contains("not-the-password"));
    QCOMPARE(wrongSudo.json().value(QLatin1String("current_ids")).toObject().size(), 5);
    QVERIFY(wrongSudo.err.contains("did not accept the sudo password"));
}

void TestDiscoverCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no config") << QStringList{QStringLiteral("discover")} << QStringLiteral("--config FILE is required");
    QTest::newRow("sudo mode") << QStringList{QStringLiteral("discover"), QStringLiteral("--config"),
                                              QStringLiteral("x.yaml"), QStringLiteral("--sudo"), QStringLiteral("always")}
                               << QStringLiteral("unknown sudo mode \"always\"");
    QTest::newRow("accept all") << QStringList{QStringLiteral("discover"), QStringLiteral("--config"),
                                               QStringLiteral("x.yaml"), QStringLiteral("--accept-host-key"),
                                               QStringLiteral("all")}
                                << QStringLiteral("\"all\" is not one");
    QTest::newRow("port") << QStringList{QStringLiteral("discover"), QStringLiteral("--config"), QStringLiteral("x.yaml"),
                                         QStringLiteral("--port"), QStringLiteral("0")}
                          << QStringLiteral("\"0\" is not a port number");
    QTest::newRow("format") << QStringList{QStringLiteral("discover"), QStringLiteral("--config"),
                                           QStringLiteral("x.yaml"), QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("unknown format \"xml\"");
    QTest::newRow("missing config file") << QStringList{QStringLiteral("discover"), QStringLiteral("--config"),
                                                        QStringLiteral("/nonexistent/config.yaml")}
                                         << QStringLiteral("/nonexistent/config.yaml");
}

void TestDiscoverCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = migrate(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiscoverCommand)
#include "TestDiscoverCommand.moc"
