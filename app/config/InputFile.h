#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a file the operator names (config.yaml, an ids file, a saved journal) with a size cap,
// and only if it is a regular file: a FIFO would block the read until someone writes to it,
// /dev/zero never ends, and a file of gigabytes would be read whole into memory. The caps are
// far above any real input of each kind, so hitting one means the wrong file was given.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    enum class Kind {
        Config,  // a DC/OS config.yaml: a few KiB, tens with certificates inlined
        Ids,     // an ids file or discover's JSON: under 1 KiB per master
        Journal, // journalctl -u dcos-exhibitor output saved for --journal-dir
    };

    static qint64 maxBytes(Kind kind);

    // The whole content, or nullopt and *error (translated: what is wrong, what to give instead).
    static std::optional<QByteArray> read(const QString &path, Kind kind, QString *error);
    // As read(), with any cap (for the tests and for callers with a cap of their own).
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, const QString &hint,
                                          QString *error);

    // "1 MiB", "64 MiB", "3.6 MB" as people read them.
    static QString sizeText(qint64 bytes);
};
