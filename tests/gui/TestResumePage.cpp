// The Resume page: a crafted unfinished journal in the test data dir is offered first (resume,
// roll back, discard); without one, or with only finished ones, the wizard starts on Import.
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "MigrationWizard.h"
#include "ResumePage.h"
#include "RunController.h"
#include "WizardController.h"
#include "WizardPageId.h"
#include "migration/MigrationJournal.h"
#include "migration/MigrationPaths.h"
#include "migration/RunLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace GuiTestSupport;

class TestResumePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutUnfinishedRunStartsOnImport();
    void unfinishedRunIsOfferedFirst();
    void runGoingOnElsewhereIsNotOffered();
    void resumeLoadsTheRunsConfig();
    void rollbackAsksWhenTheConfigChanged();
    void discardAsksThenRenames();

private:
    QString writeJournal(const QString &name, MigrationJournal::State state,
                         const QByteArray &configSha = {});
    void startWizard();
    QPushButton *button(const char *name) const;
    QAbstractButton *boxButton(const char *box, const char *name) const;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_journals;
    QString m_config;
    MigrationWizard *m_wizard = nullptr;
};

void TestResumePage::initTestCase()
{
    // A home of our own: the test data dir (~/.qttest/share) then holds no other test's journals.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    isolateSettings();
    m_journals = ResumePage::defaultJournalDir();
    QVERIFY2(m_journals.startsWith(m_home.path()), qPrintable(m_journals));
    QCOMPARE(m_journals, MigrationPaths::dataDir() + QStringLiteral("/journals"));
    m_config = writeFile(m_dir, QStringLiteral("config.yaml"), demoConfig());
}

void TestResumePage::init()
{
    QDir(m_journals).removeRecursively();
    QVERIFY(QDir().mkpath(m_journals));
}

void TestResumePage::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
}

QString TestResumePage::writeJournal(const QString &name, MigrationJournal::State state,
                                     const QByteArray &configSha)
{
    MigrationJournal journal;
    journal.setPath(QDir(m_journals).filePath(name + QStringLiteral(".json")));
    journal.runId = name;
    journal.clusterName = QStringLiteral("exhibitor-demo");
    journal.configFile = m_config;
    journal.configSha256 = QString::fromLatin1(
        configSha.isEmpty() ? QCryptographicHash::hash(demoConfig(), QCryptographicHash::Sha256).toHex()
                            : configSha);
    journal.masters = { QStringLiteral("127.0.1.193"), QStringLiteral("127.0.1.122") };
    journal.state = state;
    journal.created = QDateTime::currentDateTimeUtc().addSecs(-600);
    journal.record(QStringLiteral("backup"), QStringLiteral("127.0.1.193"), MigrationJournal::Status::Done);
    journal.record(QStringLiteral("phaseA.restart.2"), QStringLiteral("127.0.1.122"),
                   MigrationJournal::Status::Failed, QStringLiteral("did not rejoin"));
    QString error;
    if (!journal.save(&error))
        qFatal("cannot write the journal: %s", qPrintable(error));
    return journal.path();
}

void TestResumePage::startWizard()
{
    m_wizard = new MigrationWizard;
    m_wizard->show();
    auto *page = m_wizard->findChild<ResumePage *>(QStringLiteral("resumePage"));
    QVERIFY(page);
    QSignalSpy scanned(page, &ResumePage::scanFinished);
    page->scan();
    QTRY_COMPARE(scanned.count(), 1);
}

QPushButton *TestResumePage::button(const char *name) const
{
    auto *widget = m_wizard->findChild<QPushButton *>(QLatin1String(name));
    if (!widget)
        qFatal("no button named %s", name);
    return widget;
}

QAbstractButton *TestResumePage::boxButton(const char *box, const char *name) const
{
    auto *dialog = m_wizard->findChild<QMessageBox *>(QLatin1String(box));
    if (!dialog || !dialog->isVisible())
        return nullptr;
    return dialog->findChild<QAbstractButton *>(QLatin1String(name));
}

void TestResumePage::withoutUnfinishedRunStartsOnImport()
{
    writeJournal(QStringLiteral("done"), MigrationJournal::State::Completed);
    writeJournal(QStringLiteral("rolled-back"), MigrationJournal::State::RolledBack);
    writeJournal(QStringLiteral("old"), MigrationJournal::State::Failed);
    QVERIFY(QFile::rename(QDir(m_journals).filePath(QStringLiteral("old.json")),
                          QDir(m_journals).filePath(QStringLiteral("old.discarded.json"))));
    startWizard();
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Import));
    QVERIFY(!m_wizard->findChild<ResumePage *>()->hasUnfinishedRun());
}

void TestResumePage::unfinishedRunIsOfferedFirst()
{
    writeJournal(QStringLiteral("stopped"), MigrationJournal::State::Failed);
    startWizard();
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Resume));
    const QString details = m_wizard->findChild<QLabel *>(QStringLiteral("resumeDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("exhibitor-demo")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("127.0.1.193, 127.0.1.122")));
    QVERIFY(details.contains(QLatin1String("phaseA.restart.2 on 127.0.1.122: did not rejoin")));
    if (const QString dir = qEnvironmentVariable("EMW_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_wizard->grab().save(dir + QStringLiteral("/resume.png")));
    QVERIFY(button("resumeButton")->isEnabled());
    QVERIFY(button("resumeButton")->isDefault());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isVisible()); // not Finish: the run goes on
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

// A journal that says "running" while another process holds its run lock (a CLI, a second
// wizard): the page names that run and offers nothing that would act on its journal. The same
// journal without the lock is an interrupted run, offered as usual.
void TestResumePage::runGoingOnElsewhereIsNotOffered()
{
    const QString path = writeJournal(QStringLiteral("20261207-074801-ab12"), MigrationJournal::State::Running);
    RunLock other;
    QString error;
    QVERIFY2(other.acquire(path, &error), qPrintable(error));
    other.setRunId(QStringLiteral("20261207-074801-ab12"));
    startWizard();
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Resume));
    const QString details = m_wizard->findChild<QLabel *>(QStringLiteral("resumeDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("State: running now: run 20261207-074801-ab12 of ")), qPrintable(details));
    QVERIFY(!button("resumeButton")->isEnabled());
    QVERIFY(!button("resumeRollbackButton")->isEnabled());
    QVERIFY(!button("resumeDiscardButton")->isEnabled());
    QCOMPARE(m_wizard->findChild<InlineMessage *>(QStringLiteral("resumeMessage"))->text(),
             QStringLiteral("This run is going on now, from another window or the command line. Wait for it to end, "
                            "then open the wizard again to resume or roll it back."));
    delete m_wizard;
    m_wizard = nullptr;

    other.release();
    startWizard();
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Resume));
    const QString after = m_wizard->findChild<QLabel *>(QStringLiteral("resumeDetails"))->text();
    QVERIFY2(after.contains(QStringLiteral("State: interrupted (the app or the connection went away while it ran)")),
             qPrintable(after));
    QVERIFY(button("resumeButton")->isEnabled());
    QVERIFY(m_wizard->findChild<InlineMessage *>(QStringLiteral("resumeMessage"))->text().isEmpty());
}

void TestResumePage::resumeLoadsTheRunsConfig()
{
    writeJournal(QStringLiteral("stopped"), MigrationJournal::State::Running);
    startWizard();
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Resume));
    QTest::mouseClick(button("resumeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->controller()->hasValidConfig());
    QCOMPARE(m_wizard->controller()->config().fileName(), m_config);
    QCOMPARE(m_wizard->controller()->run()->intent(), RunController::Intent::Resume);
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Connect));
}

void TestResumePage::rollbackAsksWhenTheConfigChanged()
{
    writeJournal(QStringLiteral("stopped"), MigrationJournal::State::Cancelled, QByteArray(64, 'a'));
    startWizard();
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Resume));
    QTest::mouseClick(button("resumeRollbackButton"), Qt::LeftButton);
    QTRY_VERIFY(boxButton("configChangedBox", "continueButton"));
    QVERIFY(m_wizard->findChild<InlineMessage *>(QStringLiteral("resumeMessage"))
                ->text()
                .contains(QLatin1String("changed")));
    QTest::mouseClick(boxButton("configChangedBox", "continueButton"), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->controller()->hasValidConfig());
    QCOMPARE(m_wizard->controller()->run()->intent(), RunController::Intent::Rollback);
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Connect));
}

void TestResumePage::discardAsksThenRenames()
{
    const QString path = writeJournal(QStringLiteral("stopped"), MigrationJournal::State::RollingBack);
    startWizard();
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Resume));

    // Cancel first: nothing happens.
    QTest::mouseClick(button("resumeDiscardButton"), Qt::LeftButton);
    QTRY_VERIFY(boxButton("discardBox", "cancelButton"));
    QTest::mouseClick(boxButton("discardBox", "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("discardBox")));
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Resume));

    auto *page = m_wizard->findChild<ResumePage *>();
    QSignalSpy discarded(page, &ResumePage::discarded);
    QTest::mouseClick(button("resumeDiscardButton"), Qt::LeftButton);
    QTRY_VERIFY(boxButton("discardBox", "confirmDiscardButton"));
    QTest::mouseClick(boxButton("discardBox", "confirmDiscardButton"), Qt::LeftButton);
    QTRY_COMPARE(discarded.count(), 1);
    const QString renamed = QDir(m_journals).filePath(QStringLiteral("stopped.discarded.json"));
    QCOMPARE(discarded.first().first().toString(), renamed);
    QVERIFY(!QFile::exists(path));
    QVERIFY(MigrationJournal::load(renamed).has_value()); // kept, readable
    QTRY_COMPARE(m_wizard->currentId(), int(WizardPageId::Import));

    // The next start finds nothing to offer.
    delete m_wizard;
    m_wizard = nullptr;
    startWizard();
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Import));
}

QTEST_MAIN(TestResumePage)
#include "TestResumePage.moc"
