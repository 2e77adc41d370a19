// The Discovery page on the simulated cluster (tests/gui/topologies/disc-traps.yaml, masters
// 127.0.62.9/.10/.100): driven through its widgets, asserting what the operator sees.
#include "DiscoveryController.h"
#include "DiscoveryPage.h"
#include "DiscoveryTestSupport.h"
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "TableTestSupport.h"
#include "config/Ensemble.h"
#include "discovery/DiscoveryModel.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

using TableTestSupport::clickHeader;
using TableTestSupport::column;

int rowOf(const QTableView *table, const QString &master)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DiscoveryModel::Ip).data().toString() == master)
            return row;
    }
    return -1;
}

} // namespace

class TestDiscoveryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void ipHeaderSortsInDcosOrder();
    void filterHidesRows();
    void previewShowsTheEnginesEnsembles();
    void dryRunScriptHasEveryMastersCommands();
    void disagreementIsHighlightedAndChosen();
    void everyControlHasAnAccessibleName();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    bool discover();

    std::unique_ptr<SimCluster> m_sim;
    QTemporaryDir m_dir;
    WizardController *m_wizard = nullptr;
    DiscoveryPage *m_page = nullptr;
};

void TestDiscoveryPage::initTestCase()
{
    GuiTestSupport::isolateSettings();
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    m_sim = std::make_unique<SimCluster>(DiscoveryTestSupport::topology(u"disc-traps"_s));
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
}

void TestDiscoveryPage::init()
{
    m_wizard = new WizardController;
    m_page = new DiscoveryPage(m_wizard);
    m_page->resize(960, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QVERIFY(DiscoveryTestSupport::pointWizardAt(m_wizard, *m_sim));
}

void TestDiscoveryPage::cleanup()
{
    delete m_page;
    delete m_wizard;
}

void TestDiscoveryPage::cleanupTestCase()
{
    m_sim.reset();
}

bool TestDiscoveryPage::discover()
{
    auto *rediscover = find<QPushButton>("rediscoverButton");
    if (!rediscover->isEnabled())
        return false;
    QSignalSpy finished(m_wizard->discovery(), &DiscoveryController::finished);
    QTest::mouseClick(rediscover, Qt::LeftButton);
    if (!finished.wait(90000))
        return false;
    return GuiTestSupport::planSettles(*m_wizard); // the plan for the discovered IDs, built off the GUI thread
}

void TestDiscoveryPage::ipHeaderSortsInDcosOrder()
{
    QVERIFY(discover());
    auto *table = find<QTableView>("discoveryTable");
    QCOMPARE(table->model()->rowCount(), 3);
    // Rows come in master_list order; the IP header sorts them as DC/OS does, as strings.
    clickHeader(table->horizontalHeader(), DiscoveryModel::Ip);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(column(table, DiscoveryModel::Ip),
             (QStringList { u"127.0.62.10"_s, u"127.0.62.100"_s, u"127.0.62.9"_s }));
    QCOMPARE(column(table, DiscoveryModel::CurrentId), (QStringList { u"2"_s, u"4"_s, u"7"_s }));
    // IDs sort as numbers.
    clickHeader(table->horizontalHeader(), DiscoveryModel::CurrentId);
    QCOMPARE(column(table, DiscoveryModel::CurrentId), (QStringList { u"2"_s, u"4"_s, u"7"_s }));
    QCOMPARE(find<QAbstractButton>("chooseIdButton")->isEnabled(), false);
    QVERIFY(m_page->isComplete());
}

void TestDiscoveryPage::filterHidesRows()
{
    QVERIFY(discover());
    auto *table = find<QTableView>("discoveryTable");
    auto *filter = find<QLineEdit>("discoveryFilter");
    QTest::keyClicks(filter, u"62.9"_s);
    QCOMPARE(column(table, DiscoveryModel::Ip), QStringList { u"127.0.62.9"_s });
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestDiscoveryPage::previewShowsTheEnginesEnsembles()
{
    QVERIFY(discover());
    const QMap<QString, int> ids { { u"127.0.62.9"_s, 7 },
                                   { u"127.0.62.10"_s, 2 },
                                   { u"127.0.62.100"_s, 4 } };
    QCOMPARE(find<QLineEdit>("phaseAEnsemble")->text(), Ensemble::withIds(m_sim->masters(), ids).toString());
    QCOMPARE(find<QLineEdit>("phaseAEnsemble")->text(), m_wizard->plan().phaseA().toString());
    QCOMPARE(find<QLineEdit>("phaseBEnsemble")->text(), u"1:127.0.62.10,2:127.0.62.100,3:127.0.62.9"_s);
    QCOMPARE(find<QLabel>("phaseBReason")->text(), m_wizard->plan().phaseBReason());
    const QString leader = m_wizard->discovery()->leader();
    QVERIFY(!leader.isEmpty());
    QVERIFY2(find<QLabel>("restartOrder")->text().contains(leader + u" (leader)"_s),
             qPrintable(find<QLabel>("restartOrder")->text()));
    QVERIFY(
        find<QPlainTextEdit>("configDiff")->toPlainText().contains(u"+exhibitor_storage_backend: static"_s));
    // The env diff of the master picked, for the phase picked.
    auto *master = find<QComboBox>("envDiffMaster");
    auto *phase = find<QComboBox>("envDiffPhase");
    master->setCurrentIndex(master->findText(u"127.0.62.9"_s));
    phase->setCurrentIndex(1);
    const QString diff = find<QPlainTextEdit>("envDiff")->toPlainText();
    QVERIFY2(diff.contains(u"+EXHIBITOR_STATICENSEMBLE=1:127.0.62.10,2:127.0.62.100,3:127.0.62.9\n"_s),
             qPrintable(diff));
    QVERIFY(diff.contains(u"-EXHIBITOR_BACKEND=ZK\n"_s));
    // Copy puts the string itself on the clipboard.
    QTest::mouseClick(find<QPushButton>("copyPhaseBButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"1:127.0.62.10,2:127.0.62.100,3:127.0.62.9"_s);
}

void TestDiscoveryPage::dryRunScriptHasEveryMastersCommands()
{
    QVERIFY(discover());
    auto *exportButton = find<QPushButton>("exportScriptButton");
    QVERIFY(exportButton->isEnabled());
    QSignalSpy exported(m_page, &DiscoveryPage::scriptExported);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>(u"exportScriptDialog"_s)) != nullptr);
    const QString path = m_dir.filePath(u"dry run.sh"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
    QCOMPARE(exported.first().at(1).toBool(), true);
    QVERIFY(find<InlineMessage>("exportMessage")->text().contains(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    QVERIFY(script.startsWith(u"#!/bin/sh\n"_s));
    // Nothing runs before the exit.
    const qsizetype exit = script.indexOf(u"\nexit 1\n"_s);
    QVERIFY(exit > 0);
    for (const QString &line : script.left(exit).split(u'\n').mid(1))
        QVERIFY2(line.startsWith(u'#'), qPrintable(line));
    const QString phaseA = m_wizard->plan().phaseA().toString();
    for (const QString &master : m_sim->masters()) {
        QVERIFY2(script.contains(u"# --- on "_s + master + u" (ssh "_s), qPrintable(master));
        QCOMPARE(script.count(u"# --- on "_s + master + u" "_s) > 4, true);
    }
    QVERIFY(script.contains(
        u"\nsudo cp -p /opt/mesosphere/etc/exhibitor /opt/mesosphere/etc/exhibitor.orig\n"_s));
    // Each restart: stop, start without waiting, then Exhibitor asked to start ZooKeeper (a
    // comment: it is an HTTP request, not a shell command).
    QCOMPARE(script.count(u"\nsudo systemctl start --no-block dcos-exhibitor\n"_s),
             5); // the leader is left to Phase B
    QVERIFY(script.count(u"\nsudo systemctl stop dcos-exhibitor\n"_s) >= 5);
    QCOMPARE(script.count(u"\n# GET http://"_s), 5);
    QCOMPARE(script.count(u"\nEXHIBITOR_STATICENSEMBLE="_s + phaseA + u"\n"_s), 3);
    QCOMPARE(script.count(u"\nEXHIBITOR_STATICENSEMBLE=1:127.0.62.10,2:127.0.62.100,3:127.0.62.9\n"_s), 3);

    // Valid shell, and running it does nothing but fail.
    QProcess sh;
    sh.start(u"sh"_s, { u"-n"_s, path });
    QVERIFY(sh.waitForFinished());
    QCOMPARE(sh.exitCode(), 0);
    sh.start(u"sh"_s, { path });
    QVERIFY(sh.waitForFinished());
    QCOMPARE(sh.exitCode(), 1);
    QVERIFY(sh.readAll().isEmpty());
}

void TestDiscoveryPage::disagreementIsHighlightedAndChosen()
{
    const QString master = u"127.0.62.100"_s;
    QVERIFY(DiscoveryTestSupport::writeMyid(*m_sim, master, 9));
    auto restore = qScopeGuard([&] { DiscoveryTestSupport::writeMyid(*m_sim, master, 4); });
    QVERIFY(discover());

    auto *table = find<QTableView>("discoveryTable");
    const int row = rowOf(table, master);
    QVERIFY(row >= 0);
    const QModelIndex myid = table->model()->index(row, DiscoveryModel::MyId);
    QCOMPARE(myid.data().toString(), u"9"_s);
    QVERIFY(myid.data(DiscoveryModel::ProblemRole).toBool());
    const QModelIndex agreement = table->model()->index(row, DiscoveryModel::Agreement);
    QVERIFY(agreement.data(DiscoveryModel::ProblemRole).toBool());
    const QString reason = agreement.data(Qt::ToolTipRole).toString();
    QVERIFY2(reason.contains(u"9"_s) && reason.contains(u"4"_s), qPrintable(reason));
    // Other masters are not highlighted.
    const int other = rowOf(table, u"127.0.62.9"_s);
    QVERIFY(!table->model()->index(other, DiscoveryModel::MyId).data(DiscoveryModel::ProblemRole).toBool());
    QVERIFY(!m_page->isComplete());
    QVERIFY(find<InlineMessage>("discoveryProblems")->text().contains(master));
    QVERIFY(find<QLineEdit>("phaseAEnsemble")->text().isEmpty());

    // The operator picks the ID the master runs with.
    auto *choose = find<QPushButton>("chooseIdButton");
    QVERIFY(!choose->isEnabled());
    table->selectRow(row);
    QVERIFY(choose->isEnabled());
    QTest::mouseClick(choose, Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QInputDialog *>(u"chooseIdDialog"_s)) != nullptr);
    QCOMPARE(dialog->comboBoxItems(), (QStringList { u"4"_s, u"9"_s }));
    dialog->setTextValue(u"4"_s);
    dialog->accept();
    QTRY_VERIFY(m_page->isComplete());
    QCOMPARE(find<QLineEdit>("phaseAEnsemble")->text(), u"2:127.0.62.10,4:127.0.62.100,7:127.0.62.9"_s);
    QVERIFY(find<InlineMessage>("discoveryProblems")->text().isEmpty());
}

void TestDiscoveryPage::everyControlHasAnAccessibleName()
{
    QVERIFY(discover());
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_page) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget)) {
            if (widget->parent() && qobject_cast<QComboBox *>(widget->parentWidget()))
                continue; // a combo box's own line edit or list
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

QTEST_MAIN(TestDiscoveryPage)
#include "TestDiscoveryPage.moc"
