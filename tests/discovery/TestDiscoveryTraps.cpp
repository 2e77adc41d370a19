#include <QTest>
class TestDiscoveryTraps : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDiscoveryTraps)
#include "TestDiscoveryTraps.moc"
