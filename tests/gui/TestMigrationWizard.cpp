// The real wizard, driven through its widgets on the offscreen platform: the import page, its
// inline errors, and the step after it. (The Discovery page, which took the preview over, has
// its own test on the simulated cluster: TestDiscoveryPage.)
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "StepListModel.h"
#include "MigrationWizard.h"
#include "WizardController.h"
#include "WizardPageId.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace GuiTestSupport;

class TestMigrationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoButtonLeadsToTheNextStep();
    void invalidConfigShowsItsLine();
    void loadBalancerDiscoveryStopsOnImport();
    void typedPathLoadsAndIsRemembered();
    void droppedFileIsLoaded();
    void keyboardOnly();
    void everyControlHasAnAccessibleName();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    void screenshot(const QString &name) const;
    void importDemoAndGoOn();
    bool isPastImport() const;
    // The step list beside the pages, as a screen reader reads the step's row.
    QString stepText(StepListModel::Step step) const;

    QTemporaryDir m_dir;
    MigrationWizard *m_wizard = nullptr;
};

void TestMigrationWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // For screenshots in another language; the checks below read English texts only where they
    // come from the test itself (paths, IPs, IDs), so they pass in any language.
    const QString language = qEnvironmentVariable("EMW_TEST_LANG");
    if (!language.isEmpty())
        QCOMPARE(Localization::install(*qApp, language), language);
}

void TestMigrationWizard::init()
{
    isolateSettings();
    m_wizard = new MigrationWizard;
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
}

void TestMigrationWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
}

// With EMW_SCREENSHOT_DIR set, the pages are saved there as PNG (for docs and reviews), in the
// language EMW_TEST_LANG names (English by default).
void TestMigrationWizard::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("EMW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_wizard->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
}

// Import goes on to Connect (or straight to Discover while the Connection page is not there).
bool TestMigrationWizard::isPastImport() const
{
    return m_wizard->currentId() == WizardPageId::Connect || m_wizard->currentId() == WizardPageId::Discover;
}

QString TestMigrationWizard::stepText(StepListModel::Step step) const
{
    QAbstractItemModel *model = find<QListView>("stepList")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(StepListModel::StepRole).value<StepListModel::Step>() == step)
            return index.data(Qt::AccessibleTextRole).toString();
    }
    return QString();
}

void TestMigrationWizard::importDemoAndGoOn()
{
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Import));
    QVERIFY(!nextButton()->isEnabled());
    QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    screenshot(QStringLiteral("import-demo"));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QVERIFY(isPastImport());
}

void TestMigrationWizard::demoButtonLeadsToTheNextStep()
{
    using Step = StepListModel::Step;
    using State = StepListModel::State;
    auto says = [](Step step, State state) {
        return QStringLiteral("%1: %2").arg(StepListModel::title(step), StepListModel::stateText(state));
    };
    // The step list beside the pages follows them.
    QVERIFY(find<QListView>("stepList")->isVisible());
    QCOMPARE(stepText(Step::Import), says(Step::Import, State::Current));
    QCOMPARE(stepText(Step::Connect), says(Step::Connect, State::Pending));
    importDemoAndGoOn();
    QVERIFY(m_wizard->controller()->hasValidConfig());
    QVERIFY(m_wizard->controller()->isDemo());
    QCOMPARE(stepText(Step::Import), says(Step::Import, State::Done));
    const Step now = m_wizard->currentId() == WizardPageId::Connect ? Step::Connect : Step::Discover;
    QCOMPARE(stepText(now), says(now, State::Current));
    QCOMPARE(stepText(Step::PhaseA), says(Step::PhaseA, State::Pending));
    // Back keeps what was imported.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Import));
    QVERIFY(nextButton()->isEnabled());
    QCOMPARE(stepText(Step::Import), says(Step::Import, State::Current));
    QCOMPARE(stepText(now), says(now, State::Pending));
}

void TestMigrationWizard::invalidConfigShowsItsLine()
{
    int badLine = 0;
    const QString path = writeFile(m_dir, QStringLiteral("invalid.yaml"), badConfig(&badLine));
    auto *error = find<InlineMessage>("importError");
    QVERIFY(error->isHidden());

    QTest::keyClicks(find<QLineEdit>("configPath"), path);
    QTest::keyClick(find<QLineEdit>("configPath"), Qt::Key_Return);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("%1:%2:").arg(path).arg(badLine)),
             qPrintable(error->text()));
    QVERIFY(!m_wizard->controller()->isBusy());
    QVERIFY(!nextButton()->isEnabled());
    screenshot(QStringLiteral("import-error"));

    // Loading a good file afterwards clears the error and enables Next.
    QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(error->isHidden());
}

void TestMigrationWizard::loadBalancerDiscoveryStopsOnImport()
{
    // An AWS CloudFormation cluster: S3 backend, masters behind a load balancer (line 7).
    const QString path = writeFile(m_dir, QStringLiteral("aws.yaml"),
                                   "cluster_name: aws\n"
                                   "exhibitor_storage_backend: aws_s3\n"
                                   "aws_region: us-west-2\n"
                                   "s3_bucket: dcos-exhibitor\n"
                                   "s3_prefix: aws/exhibitor\n"
                                   "num_masters: 3\n"
                                   "master_discovery: master_http_loadbalancer\n"
                                   "master_list:\n- 10.0.0.1\n- 10.0.0.2\n- 10.0.0.3\n");
    auto *error = find<InlineMessage>("importError");
    QTest::keyClicks(find<QLineEdit>("configPath"), path);
    QTest::keyClick(find<QLineEdit>("configPath"), Qt::Key_Return);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("%1:7:").arg(path)), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("master_discovery")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("master_http_loadbalancer")), qPrintable(error->text()));
    QVERIFY(!m_wizard->controller()->hasValidConfig());
    QVERIFY(!nextButton()->isEnabled());
}

void TestMigrationWizard::typedPathLoadsAndIsRemembered()
{
    const QString path = writeFile(m_dir, QStringLiteral("typed.yaml"), demoConfig());
    QTest::keyClicks(find<QLineEdit>("configPath"), path);
    QTest::mouseClick(find<QPushButton>("loadButton"), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(find<QLabel>("configSummary")->text().contains(QStringLiteral("exhibitor-demo")));

    auto *recent = find<QListWidget>("recentConfigs");
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), path);

    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QVERIFY(isPastImport());

    // Back, and load it again from the recent list.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QSignalSpy imported(m_wizard->controller(), &WizardController::importFinished);
    find<QLineEdit>("configPath")->clear();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(find<QLineEdit>("configPath")->text(), path);
}

void TestMigrationWizard::droppedFileIsLoaded()
{
    const QString path = writeFile(m_dir, QStringLiteral("dropped.yaml"), demoConfig());
    QWidget *page = m_wizard->page(WizardPageId::Import);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint centre = page->rect().center();

    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_wizard->controller()->config().fileName(), path);

    // Two files at once are not a config.yaml.
    QMimeData two;
    two.setUrls({ QUrl::fromLocalFile(path), QUrl::fromLocalFile(path) });
    QDragEnterEvent refused(centre, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(page, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMigrationWizard::keyboardOnly()
{
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));

    // The first control has the focus; Alt+Y comes back to it from anywhere on the page.
    auto *path = find<QLineEdit>("configPath");
    QTRY_VERIFY(path->hasFocus());
    QTest::keyClick(m_wizard, Qt::Key_Tab);
    QVERIFY(find<QPushButton>("browseButton")->hasFocus());
    QTest::keyClick(m_wizard, Qt::Key_Y, Qt::AltModifier);
    QVERIFY(path->hasFocus());

    // Alt+D: the demo cluster; Alt+N: Next. (A mnemonic "animates" the click: it lands a moment later.)
    QTest::keyClick(m_wizard, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::keyClick(m_wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(isPastImport());
}

void TestMigrationWizard::everyControlHasAnAccessibleName()
{
    importDemoAndGoOn();
    const auto widgets = m_wizard->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        // Only the pages' own controls (they all have object names), not Qt's internal ones;
        // buttons with text are named by it, the rest need a name of their own.
        const QString name = widget->objectName();
        if (!control || name.isEmpty() || name.startsWith(QLatin1String("qt_"))
            || name.startsWith(QLatin1String("__qt")))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (button && !button->text().isEmpty())
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                          QLatin1String(widget->metaObject()->className()))));
    }
    QVERIFY(checked >= 6);
}

QTEST_MAIN(TestMigrationWizard)
#include "TestMigrationWizard.moc"
