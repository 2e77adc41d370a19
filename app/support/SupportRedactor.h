#pragma once

#include <QByteArray>
#include <QList>

// Secrets out of everything a support bundle holds: a bundle is made to be sent to someone else.
// Three layers, because a bundle holds text of every kind (journals, four-letter answers, the
// report): the project's own rules for env files and config.yaml (config/Redaction); any
// "key=value" or "key: value" whose key names a secret, anywhere in a line; and every secret
// value this run knows (config.yaml's secret values, the SSH and sudo passwords, ZooKeeper super
// credentials), wherever it appears.
class SupportRedactor
{
public:
    // Values shorter than this are not searched for: "a" or "1" would mangle every line.
    static constexpr qsizetype kMinSecretLength = 4;

    void addSecret(const QByteArray &value);
    // The scalar values of config.yaml's secret keys (Redaction::isConfigYamlSecretKey).
    void addConfigYamlSecrets(const QByteArray &yaml);

    QByteArray envFile(const QByteArray &content) const;
    QByteArray configYaml(const QByteArray &yaml) const;
    QByteArray text(const QByteArray &text) const;

private:
    QByteArray scrubKnown(QByteArray text) const;

    QList<QByteArray> m_secrets;
};
