#include "LiveClientsPanel.h"

#include "migration/MigrationRunner.h"

#include <QLabel>
#include <QTest>

// The run pages' live clients panel shows what the runner's liveClients signal carries, and
// nothing before the write probe's first figures.
class TestLiveClientsPanel : public QObject
{
    Q_OBJECT

private slots:
    void hiddenUntilTheProbeReports();
    void showsTheFiguresOfEachSignal();
    void saysWhenTheProbeStopped();

private:
    static QString text(const QWidget &panel, const QString &name)
    {
        const auto *label = panel.findChild<QLabel *>(name + QStringLiteral("_phaseB"));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
    }
    static LiveClientFigures figures(bool running)
    {
        LiveClientFigures figures;
        figures.running = running;
        figures.writesPerSecond = 4.5;
        figures.writes = 312;
        figures.failed = 7;
        figures.longestGapMs = 2350;
        figures.sessionsAlive = 2;
        figures.sessions = 2;
        figures.phases = {{Phase::PhaseA, 250, 0, 210}, {Phase::PhaseB, 62, 7, 2350}};
        return figures;
    }
};

void TestLiveClientsPanel::hiddenUntilTheProbeReports()
{
    MigrationRunner runner;
    QWidget page;
    auto *panel = new LiveClientsPanel(&runner, QStringLiteral("phaseB"), &page);
    page.show();
    QVERIFY(!panel->isVisible());
    emit runner.liveClients(figures(true));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->objectName(), QStringLiteral("liveClients_phaseB"));
    QCOMPARE(panel->title(), QStringLiteral("Live clients"));
}

void TestLiveClientsPanel::showsTheFiguresOfEachSignal()
{
    MigrationRunner runner;
    QWidget page;
    new LiveClientsPanel(&runner, QStringLiteral("phaseB"), &page);
    emit runner.liveClients(figures(true));
    QCOMPARE(text(page, QStringLiteral("liveClientsRate")), QStringLiteral("4.5"));
    QCOMPARE(text(page, QStringLiteral("liveClientsWrites")), QStringLiteral("312"));
    QCOMPARE(text(page, QStringLiteral("liveClientsFailed")), QStringLiteral("7"));
    QCOMPARE(text(page, QStringLiteral("liveClientsGap")), QStringLiteral("2.4 s"));
    QCOMPARE(text(page, QStringLiteral("liveClientsSessions")), QStringLiteral("2 of 2"));
    QVERIFY(text(page, QStringLiteral("liveClientsState")).contains(QLatin1String("writes to ZooKeeper")));

    // The next second: the canary's session expired, writes keep coming.
    LiveClientFigures later = figures(true);
    later.writes = 317;
    later.writesPerSecond = 5;
    later.sessionsAlive = 1;
    emit runner.liveClients(later);
    QCOMPARE(text(page, QStringLiteral("liveClientsRate")), QStringLiteral("5.0"));
    QCOMPARE(text(page, QStringLiteral("liveClientsWrites")), QStringLiteral("317"));
    QCOMPARE(text(page, QStringLiteral("liveClientsSessions")), QStringLiteral("1 of 2"));

    LiveClientFigures unknown = figures(true);
    unknown.sessions = 0;
    unknown.sessionsAlive = 0;
    emit runner.liveClients(unknown);
    QCOMPARE(text(page, QStringLiteral("liveClientsSessions")), QStringLiteral("not known"));
}

void TestLiveClientsPanel::saysWhenTheProbeStopped()
{
    MigrationRunner runner;
    QWidget page;
    auto *panel = new LiveClientsPanel(&runner, QStringLiteral("phaseB"), &page);
    page.show();
    emit runner.liveClients(figures(false));
    QVERIFY(panel->isVisible());
    QVERIFY2(text(page, QStringLiteral("liveClientsState")).contains(QLatin1String("stopped")),
             qPrintable(text(page, QStringLiteral("liveClientsState"))));
    QCOMPARE(text(page, QStringLiteral("liveClientsWrites")), QStringLiteral("312"));
}

QTEST_MAIN(TestLiveClientsPanel)
#include "TestLiveClientsPanel.moc"
