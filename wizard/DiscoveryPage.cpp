#include "DiscoveryPage.h"

#include "ConnectionController.h"
#include "DiscoveryController.h"
#include "DryRunScript.h"
#include "InlineMessage.h"
#include "OffGuiThread.h"
#include "PlanPreviewPanel.h"
#include "ProgressValue.h"
#include "WizardController.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryModel.h"
#include "migration/MigrationOptions.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Cells the operator must resolve stand out; the model's tooltip says why.
class ProblemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(DiscoveryModel::ProblemRole).toBool())
            return;
        option->backgroundBrush = QColor(0xf8, 0xd7, 0xda);
        option->palette.setColor(QPalette::Text, QColor(0x84, 0x20, 0x29));
        option->font.setBold(true);
    }
};

} // namespace

DiscoveryPage::DiscoveryPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rediscover(new QPushButton(tr("&Rediscover"), this))
    , m_cancel(new QPushButton(tr("Cance&l discovery"), this))
    , m_choose(new QPushButton(tr("C&hoose ID…"), this))
    , m_export(new QPushButton(tr("E&xport dry-run script…"), this))
    , m_problems(new InlineMessage(this))
    , m_exportMessage(new InlineMessage(this))
    , m_preview(new PlanPreviewPanel(controller, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setTitle(tr("Discover the masters"));
    setSubTitle(
        tr("Every master's ZooKeeper ID from each source, read over SSH (nothing is written), and what "
           "the migration will do with them."));

    DiscoveryController *discovery = m_controller->discovery();
    m_proxy->setSourceModel(discovery->model());
    // The IP column then sorts as strings, the way DC/OS numbers master_list.
    m_proxy->setSortRole(DiscoveryModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("discoveryFilter"));
    m_filter->setAccessibleName(tr("Filter the masters"));
    m_filter->setPlaceholderText(tr("IP, ID, mode, backend…"));
    m_filter->setClearButtonEnabled(true);

    auto *tableLabel = new QLabel(tr("&Masters as discovered:"), this);
    tableLabel->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("discoveryTable"));
    m_table->setAccessibleName(tr("Masters as discovered"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ProblemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Rows come in master_list order until the operator sorts; the IP header then sorts them the
    // way DC/OS numbers them.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setAccessibleName(tr("Discovery progress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_rediscover->setObjectName(QStringLiteral("rediscoverButton"));
    m_rediscover->setAccessibleName(tr("Discover every master again"));
    m_cancel->setObjectName(QStringLiteral("cancelDiscoveryButton"));
    m_cancel->setAccessibleName(tr("Cancel the discovery"));
    m_choose->setObjectName(QStringLiteral("chooseIdButton"));
    m_choose->setAccessibleName(tr("Choose the ID of the selected master"));
    m_choose->setToolTip(tr("For a master whose sources disagree: the ID it really runs with, from those its "
                            "sources found."));
    m_export->setObjectName(QStringLiteral("exportScriptButton"));
    m_export->setAccessibleName(tr("Export the dry-run script"));
    m_export->setToolTip(
        tr("A commented shell script with every command the migration runs on each master. It "
           "starts with \"exit 1\": it documents the run and does nothing when run."));
    m_problems->setObjectName(QStringLiteral("discoveryProblems"));
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));

    auto *top = new QWidget(m_splitter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(tableLabel, 1);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_rediscover);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_status, 1);
    actionRow->addWidget(m_choose);
    actionRow->addWidget(m_export);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(progressRow);
    topLayout->addLayout(actionRow);
    topLayout->addWidget(m_problems);
    topLayout->addWidget(m_exportMessage);

    m_splitter->setObjectName(QStringLiteral("discoverySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_cancel);
    setTabOrder(m_cancel, m_rediscover);
    setTabOrder(m_rediscover, m_choose);
    setTabOrder(m_choose, m_export);
    setTabOrder(m_export, m_preview->firstFocusWidget());

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_rediscover, &QPushButton::clicked, discovery, &DiscoveryController::start);
    connect(m_cancel, &QPushButton::clicked, discovery, &DiscoveryController::cancel);
    connect(m_choose, &QPushButton::clicked, this, &DiscoveryPage::chooseId);
    connect(m_export, &QPushButton::clicked, this, &DiscoveryPage::exportScript);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DiscoveryPage::updateChooseButton);
    connect(discovery, &DiscoveryController::progressChanged, this, &DiscoveryPage::showState);
    connect(discovery, &DiscoveryController::stateChanged, this, &DiscoveryPage::showState);
    connect(m_controller, &WizardController::planChanged, this, &DiscoveryPage::showState);
    connect(m_controller, &WizardController::busyChanged, this, &DiscoveryPage::showState);
    showState();
}

void DiscoveryPage::initializePage()
{
    m_exportMessage->clear();
    // Coming (back) from the Connection page: the settings may have changed, so look again.
    m_controller->discovery()->start();
}

void DiscoveryPage::cleanupPage()
{
    m_controller->discovery()->cancel();
}

bool DiscoveryPage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->discovery()->isComplete();
}

void DiscoveryPage::showState()
{
    DiscoveryController *discovery = m_controller->discovery();
    const bool running = discovery->isRunning();
    ProgressValue::set(m_progress, qMax(1, discovery->masterCount()),
                       running || discovery->hasResults() ? discovery->finishedCount() : 0);
    m_progress->setFormat(tr("%v of %m masters"));
    if (running)
        m_status->setText(
            tr("Discovering… reading env files, myid, Exhibitor's state and ZooKeeper on every master."));
    else if (!discovery->hasResults())
        m_status->setText(tr("Not discovered yet."));
    else if (discovery->leader().isEmpty())
        m_status->setText(tr("Discovered. No master reported itself as ZooKeeper leader."));
    else
        m_status->setText(tr("Discovered. Leader: %1.").arg(discovery->leader()));
    m_cancel->setEnabled(running);
    m_rediscover->setEnabled(!running && m_controller->hasValidConfig());
    m_export->setEnabled(!running && m_controller->planIsValid());

    const QStringList problems = running ? QStringList() : discovery->problems();
    m_problems->setMessage(InlineMessage::Kind::Error, problems.join(QLatin1Char('\n')));
    updateChooseButton();
    m_completeSignal.update(this, wizard());
}

QString DiscoveryPage::selectedMaster() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(DiscoveryModel::MasterRole).toString();
}

void DiscoveryPage::updateChooseButton()
{
    DiscoveryController *discovery = m_controller->discovery();
    m_choose->setEnabled(!discovery->isRunning()
                         && discovery->disagreeingMasters().contains(selectedMaster()));
}

void DiscoveryPage::chooseId()
{
    const QString master = selectedMaster();
    DiscoveryController *discovery = m_controller->discovery();
    const QList<int> ids = discovery->candidateIds(master);
    if (ids.isEmpty())
        return;
    QStringList items;
    for (const int id : ids)
        items << QString::number(id);
    // open() rather than getItem(): window-modal without a nested event loop.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("chooseIdDialog"));
    dialog->setWindowTitle(tr("Choose the ID of %1").arg(master));
    dialog->setLabelText(tr("%1's sources disagree: %2\nWhich ID does its ZooKeeper really run with? Check "
                            "before choosing; the plan uses what you choose.")
                             .arg(master, discovery->discovery()->result(master).disagreementText()));
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    const int chosen = discovery->chosenIds().value(master);
    if (chosen != 0)
        dialog->setTextValue(QString::number(chosen));
    connect(dialog, &QInputDialog::textValueSelected, discovery,
            [discovery, master](const QString &text) { discovery->chooseId(master, text.toInt()); });
    dialog->open();
}

void DiscoveryPage::exportScript()
{
    auto *dialog = new QFileDialog(this, tr("Export the dry-run script"),
                                   QStringLiteral("exhibitor-migration-dry-run.sh"),
                                   tr("Shell scripts (*.sh);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportScriptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    connect(dialog, &QFileDialog::fileSelected, this, &DiscoveryPage::writeScript);
    dialog->open();
}

void DiscoveryPage::writeScript(const QString &path)
{
    DiscoveryController *discovery = m_controller->discovery();
    if (!m_controller->planIsValid())
        return;
    // Rendered here (the plan lives in this thread), written off it.
    const MigrationOptions options;
    DryRunScript::Input input;
    input.plan = &m_controller->plan();
    input.options = &options;
    input.envFiles = discovery->envFiles();
    input.leader = discovery->leader();
    input.sshUser = m_controller->connection()->settings().user;
    input.sshPort = m_controller->connection()->settings().port;
    const QByteArray script = DryRunScript::render(input);
    m_export->setEnabled(false);
    runOffGuiThread(
        this, [path, script] { return DryRunScript::write(path, script); },
        [this, path](const QString &error) {
            if (error.isEmpty())
                m_exportMessage->setMessage(InlineMessage::Kind::Information,
                                            tr("Dry-run script written to %1.").arg(path));
            else
                m_exportMessage->setMessage(InlineMessage::Kind::Error, error);
            showState();
            Q_EMIT scriptExported(path, error.isEmpty());
        });
}
