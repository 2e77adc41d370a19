#include <QTest>
class TestDiscoverCommand : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDiscoverCommand)
#include "TestDiscoverCommand.moc"
