#pragma once

#include <QProgressBar>

// QProgressBar::setValue() repaints at once (QWidget::repaint), and a synchronous repaint paints
// everything else pending in the window with it, outside the event loop's turn: with the run's
// frequent progress that was the largest single slice of the GUI thread's time (bench/gui-stall).
// Here the new value is shown by the next ordinary paint instead.
namespace ProgressValue {

inline void set(QProgressBar *bar, int maximum, int value)
{
    if (bar->maximum() == maximum && bar->value() == value)
        return;
    const bool enabled = bar->updatesEnabled();
    bar->setUpdatesEnabled(false); // repaint() does nothing while updates are off
    bar->setMaximum(maximum);
    bar->setValue(value);
    bar->setUpdatesEnabled(enabled); // schedules an ordinary update()
}

} // namespace ProgressValue
