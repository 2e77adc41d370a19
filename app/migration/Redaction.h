#pragma once

#include <QByteArray>
#include <QString>

// Secrets never reach a log line, the journal or the report. Env files may carry cloud
// credentials (an S3 backend's AWS keys, an Azure key) next to the Exhibitor keys, so the values
// of keys that look secret are replaced before an env file is shown anywhere.
namespace Redaction {

// KEY=value lines whose key names a secret (SECRET, PASSWORD, TOKEN, CREDENTIAL, ACCESS_KEY,
// PRIVATE, ...): value replaced by <redacted>; everything else kept byte for byte.
QByteArray envFile(const QByteArray &content);
bool isSecretKey(const QString &key);

} // namespace Redaction
