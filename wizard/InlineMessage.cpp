#include "InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::setMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString kindName = tr("Information");
    if (kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        kindName = tr("Error");
    } else if (kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        kindName = tr("Warning");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    m_text->setAccessibleName(kindName);
    setAccessibleName(kindName);
    setAccessibleDescription(text);
    show();
}

void InlineMessage::clear()
{
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}
