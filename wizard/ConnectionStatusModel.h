#pragma once

#include "remote/SshState.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// One row per master on the Connection page: its connection state, the route SSH takes to it
// (host:port after ~/.ssh/config, and the bastion a ProxyJump/ProxyCommand goes through) and,
// when it failed, the engine's message, which names the master and says what to do.
class ConnectionStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MasterColumn, StateColumn, ViaColumn, ErrorColumn, ColumnCount };

    explicit ConnectionStatusModel(QObject *parent = nullptr);

    // Replaces the rows; every master starts Disconnected with no route and no error.
    void setMasters(const QStringList &masters);
    QStringList masters() const;
    // Every row back to Disconnected with no error (the route stays).
    void resetStates();

    void setState(const QString &master, SshState state);
    void setVia(const QString &master, const QString &via);
    void setError(const QString &master, const QString &error);

    SshState state(const QString &master) const;
    QString error(const QString &master) const;
    QString via(const QString &master) const;

    static QString stateText(SshState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString master;
        SshState state = SshState::Disconnected;
        QString via;
        QString error;
    };

    int rowOf(const QString &master) const;
    void changed(int row, int column);

    QList<Row> m_rows;
};
