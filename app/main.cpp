#include "MigrationWizard.h"
#include "i18n/Localization.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Localization::install(app);
    MigrationWizard wizard;
    wizard.show();
    return app.exec();
}
