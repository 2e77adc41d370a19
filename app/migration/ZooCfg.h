#pragma once

#include "config/Ensemble.h"

#include <QByteArray>

// The server list of a zoo.cfg as Exhibitor writes it at every ZooKeeper start (Java properties,
// server.<id>=<host>\:2888\:3888[:participant|:observer][;client]): the numbering a master runs.
namespace ZooCfg {

Ensemble servers(const QByteArray &zooCfg);
// Same hosts with the same IDs, whatever the order.
bool sameNumbering(const Ensemble &a, const Ensemble &b);

} // namespace ZooCfg
