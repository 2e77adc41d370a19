#pragma once

#include <QWizard>
#include <QWizardPage>

// QWizard answers every completeChanged() by hiding and showing its whole page area (its guard
// against flicker), which lays out and repaints the window. A run's state changes several times
// a second and five run pages listen to it, so emitting on each change was most of the GUI
// thread's time during a run (bench/gui-stall). A page emits through this instead: only while
// it is the current page (QWizard reads a page afresh when it shows it) and only when its
// answer to isComplete() changed.
class CompleteSignal
{
public:
    void update(QWizardPage *page, const QWizard *wizard)
    {
        if (!wizard || wizard->currentPage() != page) {
            m_known = false;
            return;
        }
        const bool complete = page->isComplete();
        if (m_known && complete == m_complete)
            return;
        m_known = true;
        m_complete = complete;
        Q_EMIT page->completeChanged();
    }

private:
    bool m_known = false;
    bool m_complete = false;
};
