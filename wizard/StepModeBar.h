#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class RunController;

// Step mode for presenters and cautious operators (the CLI's --pause-each): a check box that
// makes the run wait before each master's restart and, while it waits, which master is next
// with a Continue button. On the Confirm and Run pages of the phases that restart masters; every
// instance shows the one setting RunController keeps.
class StepModeBar : public QWidget
{
    Q_OBJECT

public:
    // key names the page's widgets (stepMode_<key>, stepModeNext_<key>, stepModeContinue_<key>).
    StepModeBar(RunController *run, const QString &key, QWidget *parent = nullptr);

private:
    void showState();

    RunController *m_run;
    QCheckBox *m_enabled;
    QLabel *m_next;
    QPushButton *m_continue;
};
