#pragma once

#include <QFrame>

class QLabel;

// A message shown inside a page (import errors, plan problems) instead of in a dialog, so the
// operator can read it next to what it is about. Hidden while empty; the text is selectable so
// it can be copied into a ticket.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Error,
        Warning,
        Information
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
