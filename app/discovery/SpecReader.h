#pragma once

#include "BackendSpec.h"

#include <QObject>

// Reads Exhibitor's shared config from wherever config.yaml's exhibitor_storage_backend keeps it
// (the ZooKeeper backend ensemble, an S3 object, an Azure blob, a file on a shared filesystem) and
// returns its servers-spec: ID source 5 and the settings the switch to STATIC drops (DESIGN.md §2).
// One subclass per backend; BackendSpecSource::create() picks it. The backend is usually reachable
// only from the masters, so every reader works through one master's SSH connection.
//
// Contract for subclasses: start() begins the read and never blocks; the reader finishes exactly
// once (also on its own timeout, on abort() and on a lost connection) by calling finish(), which
// sets result() and emits finished(). Set m_result.location and m_result.via in the constructor:
// finish() keeps them and takes the rest from its argument.
class SpecReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    // Finishes now as failed with reason (translated), unless already finished.
    virtual void abort(const QString &reason) { finish(BackendSpec::failed(reason)); }
    bool isFinished() const { return !m_result.isPending(); }
    const BackendSpec &result() const { return m_result; }

signals:
    void logLine(const QString &line);
    void finished();

protected:
    // Called once, before finished() is emitted: stop timers, close clients.
    virtual void cleanUp() {}
    // Does nothing once finished. Logs the outcome ("backend: servers-spec ..." or the error).
    void finish(const BackendSpec &result);

    BackendSpec m_result;
};
