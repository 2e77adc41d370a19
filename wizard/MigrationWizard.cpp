#include "MigrationWizard.h"

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Exhibitor Migration Wizard"));
}
