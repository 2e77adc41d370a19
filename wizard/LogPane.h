#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class RunLogModel;

// The run's live log: every master merged, each in its own colour, commands, output, warnings,
// errors and the masters' own journals (followed live while a phase runs) styled apart.
// Filters by master and stream, finds text, follows the newest line (or stays where the
// operator scrolled), copies and saves (the file is written off the GUI thread).
class LogPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(RunLogModel *model, QWidget *parent = nullptr);

    bool isFollowing() const;
    void setFollowing(bool follow);
    int visibleLines() const;
    QString visibleText() const; // the filtered lines, as copied and saved
    // Selects the next visible line containing text after the current one (wrapping).
    bool findNext(const QString &text);
    void saveTo(const QString &path);

Q_SIGNALS:
    void saved(bool ok, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateMasters();
    void applyFilter();
    void copy();
    void save();

    RunLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_master;
    QComboBox *m_stream;
    QLineEdit *m_search;
    QPushButton *m_findNext;
    QCheckBox *m_follow;
    QPushButton *m_copy;
    QPushButton *m_save;
    QListView *m_view;
    QLabel *m_status;
};
