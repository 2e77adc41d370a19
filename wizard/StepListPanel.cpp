#include "StepListPanel.h"

#include "RunController.h"
#include "StepListModel.h"
#include "WizardController.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>
#include <QWizard>

StepListPanel::StepListPanel(QWizard *wizard, WizardController *controller)
    : QWidget(wizard)
    , m_wizard(wizard)
    , m_controller(controller)
    , m_model(new StepListModel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("stepListPanel"));
    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setAccessibleName(tr("Migration steps"));
    m_list->setAccessibleDescription(tr("Each step of the migration and whether it is done, current, skipped, "
                                        "stopped, failed or still to do."));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // read-only: the Tab chain stays on the page's controls
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    // The panel is as wide as its longest step ("Zusammenfassung", "Überprüfung"), never a
    // scroll bar beside the pages.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->viewport()->setAutoFillBackground(false);
    auto *heading = new QLabel(tr("Steps"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    connect(wizard, &QWizard::currentIdChanged, this, &StepListPanel::refresh);
    connect(controller, &WizardController::planChanged, this, &StepListPanel::refresh);
    connect(controller->run(), &RunController::changed, this, &StepListPanel::refresh);
    refresh();
}

void StepListPanel::refresh()
{
    m_model->update(StepListModel::inputFrom(m_controller, m_wizard->currentId()));
    const int contents = m_list->sizeHintForColumn(0) + 2 * m_list->spacing() + layout()->contentsMargins().right();
    setMinimumWidth(qMax(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18, contents));
}
