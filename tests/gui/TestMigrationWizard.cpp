// The real wizard, driven through its widgets on the offscreen platform: import, preview,
// sorting, editing and the inline errors.
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "MigrationWizard.h"
#include "WizardController.h"
#include "WizardPageId.h"
#include "i18n/Localization.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
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
    void demoButtonLeadsToThePreview();
    void tableSortsByClickedHeader();
    void invalidConfigShowsItsLine();
    void typedPathLoadsAndIsRemembered();
    void droppedFileIsLoaded();
    void editingAnIdInTheTable();
    void keyboardOnly();
    void everyControlHasAnAccessibleName();

private:
    template<typename T>
    T *find(const char *name) const
    {
        auto *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QStringList column(int column) const;
    void screenshot(const QString &name) const;
    void importDemoAndGoToPreview();

    QTemporaryDir m_dir;
    MigrationWizard *m_wizard = nullptr;
};

namespace {
// "5 4 3" -> {"5", "4", "3"}
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

const QStringList kDcosOrder = words("127.0.1.104 127.0.1.122 127.0.1.169 127.0.1.193 127.0.1.203");

void clickHeader(QHeaderView *header, int section)
{
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}
} // namespace

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

QStringList TestMigrationWizard::column(int column) const
{
    const QAbstractItemModel *model = find<QTableView>("mastersTable")->model();
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

// With EMW_SCREENSHOT_DIR set, the pages are saved there as PNG (for docs and reviews), in the
// language EMW_TEST_LANG names (English by default).
void TestMigrationWizard::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("EMW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_wizard->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
}

void TestMigrationWizard::importDemoAndGoToPreview()
{
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Import));
    QVERIFY(!nextButton()->isEnabled());
    QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    screenshot(QStringLiteral("import-demo"));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Discover));
    screenshot(QStringLiteral("preview-demo"));
}

void TestMigrationWizard::demoButtonLeadsToThePreview()
{
    importDemoAndGoToPreview();

    QCOMPARE(find<QLineEdit>("phaseAEnsemble")->text(),
             QStringLiteral("5:127.0.1.104,4:127.0.1.122,3:127.0.1.169,1:127.0.1.193,2:127.0.1.203"));
    QCOMPARE(find<QLineEdit>("phaseBEnsemble")->text(),
             QStringLiteral("1:127.0.1.104,2:127.0.1.122,3:127.0.1.169,4:127.0.1.193,5:127.0.1.203"));
    QVERIFY(find<QLineEdit>("phaseAEnsemble")->isReadOnly());
    QVERIFY(!find<QLabel>("phaseBReason")->text().isEmpty());
    QVERIFY(!find<QLabel>("restartNote")->text().isEmpty());
    QVERIFY(find<QPlainTextEdit>("configDiff")->toPlainText().contains(
        QStringLiteral("-exhibitor_storage_backend: zookeeper")));
    QVERIFY(find<InlineMessage>("planIssues")->isHidden());
    // The last page for now: Finish instead of Next, enabled because the plan is valid.
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());

    QTest::mouseClick(find<QPushButton>("copyPhaseBButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), find<QLineEdit>("phaseBEnsemble")->text());
}

void TestMigrationWizard::tableSortsByClickedHeader()
{
    importDemoAndGoToPreview();
    auto *table = find<QTableView>("mastersTable");
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(column(0), kDcosOrder);
    QCOMPARE(column(1), words("5 4 3 1 2"));
    QCOMPARE(column(2), words("1 2 3 4 5"));

    clickHeader(table->horizontalHeader(), 1); // Current ID, ascending
    QCOMPARE(column(1), words("1 2 3 4 5"));
    QCOMPARE(column(0), words("127.0.1.193 127.0.1.203 127.0.1.169 127.0.1.122 127.0.1.104"));

    clickHeader(table->horizontalHeader(), 0); // IP again: string order, like DC/OS
    QCOMPARE(column(0), kDcosOrder);
    clickHeader(table->horizontalHeader(), 0); // and reversed
    QCOMPARE(column(0), QStringList(kDcosOrder.crbegin(), kDcosOrder.crend()));

    QTest::mouseClick(find<QPushButton>("dcosOrderButton"), Qt::LeftButton);
    QCOMPARE(column(0), kDcosOrder);
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
    QVERIFY2(error->text().contains(QStringLiteral("%1:%2:").arg(path).arg(badLine)), qPrintable(error->text()));
    QVERIFY(!m_wizard->controller()->isBusy());
    QVERIFY(!nextButton()->isEnabled());
    screenshot(QStringLiteral("import-error"));

    // Loading a good file afterwards clears the error and enables Next.
    QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(error->isHidden());
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

    // Without IDs the preview lists what is missing and keeps Finish disabled.
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Discover));
    QVERIFY(find<InlineMessage>("planIssues")->isVisible());
    QVERIFY(find<QLineEdit>("phaseAEnsemble")->text().isEmpty());
    QVERIFY(!find<QLineEdit>("phaseBEnsemble")->text().isEmpty());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

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
    mime.setUrls({QUrl::fromLocalFile(path)});
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
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(centre, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(page, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMigrationWizard::editingAnIdInTheTable()
{
    importDemoAndGoToPreview();
    auto *table = find<QTableView>("mastersTable");
    auto *finish = m_wizard->button(QWizard::FinishButton);
    const QModelIndex first = table->model()->index(0, 1); // 127.0.1.104, ID 5

    // Out of range: refused by the model, nothing changes.
    QVERIFY(!table->model()->setData(first, 300));
    QVERIFY(!table->model()->setData(first, QStringLiteral("x")));
    QCOMPARE(first.data().toString(), QStringLiteral("5"));

    // Typed through the editor: a duplicate ID makes the plan invalid.
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("4"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("4"));
    QVERIFY(find<InlineMessage>("planIssues")->isVisible());
    QVERIFY(find<InlineMessage>("planIssues")->text().contains(QStringLiteral("127.0.1.")));
    QVERIFY(find<QLineEdit>("phaseAEnsemble")->text().isEmpty());
    QVERIFY(!finish->isEnabled());
    screenshot(QStringLiteral("preview-duplicate-id"));

    // Canonical IDs everywhere: valid again, and Phase B is not needed.
    for (int row = 0; row < 5; ++row)
        QVERIFY(table->model()->setData(table->model()->index(row, 1), row + 1));
    QVERIFY(finish->isEnabled());
    QVERIFY(find<InlineMessage>("planIssues")->isHidden());
    QCOMPARE(find<QLineEdit>("phaseAEnsemble")->text(), find<QLineEdit>("phaseBEnsemble")->text());
    QVERIFY(!m_wizard->controller()->plan().phaseBNeeded());
    QCOMPARE(column(3), QStringList(5, table->model()->index(0, 3).data().toString()));
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
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Discover));

    // Alt+M: the table; F2 edits the current ID of the selected master.
    QTest::keyClick(m_wizard, Qt::Key_M, Qt::AltModifier);
    auto *table = find<QTableView>("mastersTable");
    QVERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1"));
    QTest::keyClick(editor, Qt::Key_Enter); // the delegate commits through a queued call
    QTRY_COMPARE(m_wizard->controller()->currentIds().value(QStringLiteral("127.0.1.104")), 1);

    // Alt+A: the Phase A ensemble.
    QTest::keyClick(m_wizard, Qt::Key_A, Qt::AltModifier);
    QVERIFY(find<QLineEdit>("phaseAEnsemble")->hasFocus());
}

void TestMigrationWizard::everyControlHasAnAccessibleName()
{
    importDemoAndGoToPreview();
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
                 qPrintable(QStringLiteral("%1 (%2)").arg(widget->objectName(), QLatin1String(widget->metaObject()->className()))));
    }
    QVERIFY(checked >= 6);
}

QTEST_MAIN(TestMigrationWizard)
#include "TestMigrationWizard.moc"
