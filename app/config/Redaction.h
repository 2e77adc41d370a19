#pragma once

#include <QByteArray>
#include <QString>

// Secrets never reach a log line, the journal, the report, a preview or the plan's output. Env
// files may carry cloud credentials (an S3 backend's AWS keys, an Azure key) next to the Exhibitor
// keys; DC/OS's config.yaml may hold ZooKeeper credentials, the admin password, the superuser's
// password hash, cloud keys, the license and CA material. Their values are replaced before either
// file is shown anywhere. The files written for a master or for DC/OS keep them, of course.
// It lives with the config layer because the plan (MigrationPlan::configYamlDiff) shows config.yaml.
namespace Redaction {

// The marker a secret value is replaced by.
inline constexpr char kMarker[] = "<redacted>";

// KEY=value lines whose key names a secret (SECRET, PASSWORD, TOKEN, CREDENTIAL, ACCESS_KEY,
// PRIVATE, ...): value replaced by <redacted>; everything else kept byte for byte.
QByteArray envFile(const QByteArray &content);
bool isSecretKey(const QString &key);

// config.yaml with the value of every secret key (isConfigYamlSecretKey), at any depth, replaced
// by <redacted>: the key's line keeps its indentation, key and colon; its value, however many
// lines it takes (a block scalar of CA material, a nested mapping of credentials, a multi-line
// quoted string), becomes the one marker. Every other line is kept byte for byte, so the diff of
// two redacted texts reads like the diff of the originals, and the result is still YAML.
// A flow mapping on one line ({user: a, password: b}) naming a secret key is replaced whole.
QByteArray configYaml(const QByteArray &yaml);
// DC/OS's secret keys (zk_*_credentials, exhibitor_admin_password, superuser_password_hash,
// aws_secret_access_key, exhibitor_azure_account_key, customer_key, license_key_contents,
// ca_certificate*) and any key matching *_key, *_password*, *_hash, *_credentials*, or naming a
// secret, token, passphrase or private key.
bool isConfigYamlSecretKey(const QString &key);

} // namespace Redaction
