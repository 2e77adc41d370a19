#include "LogPane.h"

#include "OffGuiThread.h"
#include "RunLogModel.h"
#include "migration/PrivateFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace {

// "All lines" includes the masters' journals (LogStream::Journal), and it is the default: during
// restarts the operator doing this by hand watches `journalctl -u dcos-exhibitor -f` on every
// master, and the lines the field procedure tells them to look for (`ZooKeeperServer not
// running`, `my id = N`, elections) are only there. "Without the journal" hides them for
// reading the run's own steps; the other filters are about the run's commands and never show
// journal lines (an expected `ZooKeeperServer not running` in Phase B is not a problem of the run).
enum class StreamFilter { All, Commands, Output, Problems, WithoutJournal, JournalOnly };

class LogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString &master, bool anyMaster, StreamFilter streams)
    {
        m_master = master;
        m_anyMaster = anyMaster;
        m_streams = streams;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_anyMaster && index.data(RunLogModel::MasterRole).toString() != m_master)
            return false;
        const auto stream = LogStream(index.data(RunLogModel::StreamRole).toInt());
        switch (m_streams) {
        case StreamFilter::All:
            return true;
        case StreamFilter::Commands:
            return stream == LogStream::Command || stream == LogStream::Stdout || stream == LogStream::Stderr;
        case StreamFilter::Output:
            return stream == LogStream::Stdout || stream == LogStream::Stderr;
        case StreamFilter::Problems:
            return stream == LogStream::Warning || stream == LogStream::Error || stream == LogStream::Stderr;
        case StreamFilter::WithoutJournal:
            return stream != LogStream::Journal;
        case StreamFilter::JournalOnly:
            return stream == LogStream::Journal;
        }
        return true;
    }

private:
    QString m_master;
    bool m_anyMaster = true;
    StreamFilter m_streams = StreamFilter::All;
};

} // namespace

LogPane::LogPane(RunLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LogFilter(this))
    , m_master(new QComboBox(this))
    , m_stream(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_findNext(new QPushButton(tr("Find &next"), this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
    , m_save(new QPushButton(tr("Sa&ve…"), this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_master->setObjectName(QStringLiteral("logMasterFilter"));
    m_master->setAccessibleName(tr("Show the log of"));
    m_stream->setObjectName(QStringLiteral("logStreamFilter"));
    m_stream->setAccessibleName(tr("Show these log lines"));
    m_stream->addItem(tr("All lines"), int(StreamFilter::All));
    m_stream->addItem(tr("Commands and output"), int(StreamFilter::Commands));
    m_stream->addItem(tr("Output only"), int(StreamFilter::Output));
    m_stream->addItem(tr("Warnings and errors"), int(StreamFilter::Problems));
    m_stream->addItem(tr("Without the masters' journals"), int(StreamFilter::WithoutJournal));
    m_stream->addItem(tr("Masters' journals only"), int(StreamFilter::JournalOnly));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Find in the log"));
    m_search->setPlaceholderText(tr("Find…"));
    m_search->setClearButtonEnabled(true);
    m_findNext->setObjectName(QStringLiteral("logFindNext"));
    m_findNext->setAccessibleName(tr("Find the next matching log line"));
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setAccessibleName(tr("Follow the newest log line"));
    m_follow->setChecked(true);
    m_copy->setObjectName(QStringLiteral("logCopy"));
    m_copy->setAccessibleName(tr("Copy the log lines shown"));
    m_save->setObjectName(QStringLiteral("logSave"));
    m_save->setAccessibleName(tr("Save the log lines shown to a file"));
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Run log"));
    m_view->setModel(m_proxy);
    // Equal row heights let the view skip measuring every line of a long log.
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_status->setObjectName(QStringLiteral("logStatus"));

    auto *masterLabel = new QLabel(tr("&Master:"), this);
    masterLabel->setBuddy(m_master);
    auto *streamLabel = new QLabel(tr("S&how:"), this);
    streamLabel->setBuddy(m_stream);
    auto *tools = new QHBoxLayout;
    tools->addWidget(masterLabel);
    tools->addWidget(m_master);
    tools->addWidget(streamLabel);
    tools->addWidget(m_stream);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_findNext);
    tools->addWidget(m_follow);
    tools->addWidget(m_copy);
    tools->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    setTabOrder(m_master, m_stream);
    setTabOrder(m_stream, m_search);
    setTabOrder(m_search, m_findNext);
    setTabOrder(m_findNext, m_follow);
    setTabOrder(m_follow, m_copy);
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_view);

    updateMasters();
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPane::updateMasters);
    // The run pages are built before a run knows its masters.
    connect(m_model, &RunLogModel::mastersChanged, this, &LogPane::updateMasters);
    connect(m_master, &QComboBox::currentIndexChanged, this, &LogPane::applyFilter);
    connect(m_stream, &QComboBox::currentIndexChanged, this, &LogPane::applyFilter);
    // Every run page has a pane on the same log: only the one on screen follows as lines arrive,
    // the others catch up when shown.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked() && isVisible())
            m_view->scrollToBottom();
    });
    // Scrolling up to read stops following; back at the bottom it follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_view->verticalScrollBar()->isSliderDown())
            m_follow->setChecked(value == m_view->verticalScrollBar()->maximum());
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    connect(m_findNext, &QPushButton::clicked, this, [this] { findNext(m_search->text()); });
    connect(m_copy, &QPushButton::clicked, this, &LogPane::copy);
    connect(m_save, &QPushButton::clicked, this, &LogPane::save);
    connect(this, &LogPane::saved, this, [this](bool ok, const QString &path) {
        m_status->setText(ok ? tr("Saved to %1.").arg(path) : tr("Could not save to %1.").arg(path));
    });
}

void LogPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

void LogPane::updateMasters()
{
    const QString current = m_master->currentData().toString();
    const QSignalBlocker blocker(m_master);
    m_master->clear();
    m_master->addItem(tr("All masters"), QString());
    for (const QString &master : m_model->masters()) {
        QPixmap swatch(12, 12);
        swatch.fill(m_model->masterColour(master));
        m_master->addItem(QIcon(swatch), master, master);
    }
    m_master->setCurrentIndex(qMax(0, m_master->findData(current)));
    applyFilter();
}

void LogPane::applyFilter()
{
    const QString master = m_master->currentData().toString();
    static_cast<LogFilter *>(m_proxy)->set(master, m_master->currentIndex() <= 0,
                                           StreamFilter(m_stream->currentData().toInt()));
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

bool LogPane::isFollowing() const
{
    return m_follow->isChecked();
}

void LogPane::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

int LogPane::visibleLines() const
{
    return m_proxy->rowCount();
}

QString LogPane::visibleText() const
{
    QStringList lines;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        lines << RunLogModel::lineText(m_model->line(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n"));
}

bool LogPane::findNext(const QString &text)
{
    const int rows = m_proxy->rowCount();
    if (text.isEmpty() || rows == 0)
        return false;
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_proxy->index((from + i) % rows, 0);
        if (index.data(RunLogModel::TextRole).toString().contains(text, Qt::CaseInsensitive)
            || index.data(RunLogModel::MasterRole).toString().contains(text, Qt::CaseInsensitive)) {
            // Finding a line means reading it: stop following so it stays in view.
            m_follow->setChecked(false);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_status->clear();
            return true;
        }
    }
    m_status->setText(tr("\"%1\" is not in the lines shown.").arg(text));
    return false;
}

void LogPane::copy()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QString text;
    if (selected.size() > 1) {
        QList<int> rows;
        for (const QModelIndex &index : selected)
            rows << m_proxy->mapToSource(index).row();
        std::sort(rows.begin(), rows.end());
        for (int row : std::as_const(rows))
            text += RunLogModel::lineText(m_model->line(row)) + QLatin1Char('\n');
    } else {
        text = visibleText();
    }
    QApplication::clipboard()->setText(text);
    m_status->setText(selected.size() > 1 ? tr("Copied the selected lines.") : tr("Copied the lines shown."));
}

void LogPane::save()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the log"), QStringLiteral("migration-log.txt"),
                                       tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void LogPane::saveTo(const QString &path)
{
    const QByteArray content = visibleText().toUtf8();
    runOffGuiThread(
        this,
        [path, content] {
            // The run's log: the operator's (PrivateFile: 0600, never through a link).
            return PrivateFile::write(path, content);
        },
        [this, path](bool ok) { Q_EMIT saved(ok, path); });
}
