#pragma once

#include <QWizard>

class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    explicit MigrationWizard(QWidget *parent = nullptr);
};
