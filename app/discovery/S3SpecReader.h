#pragma once

#include "HttpSpecReader.h"

#include <QHash>
#include <QUrl>

// Reads Exhibitor's shared config for exhibitor_storage_backend: aws_s3. Where it is:
// - DC/OS renders AWS_S3_BUCKET={{ s3_bucket }}, AWS_S3_PREFIX={{ s3_prefix }} and
//   AWS_REGION={{ aws_region }} into /opt/mesosphere/etc/exhibitor (gen/dcos-config.yaml), and
//   start_exhibitor.py passes "--s3config <bucket>:<prefix> --s3region <region>"
//   (dcos/dcos packages/exhibitor/extra/start_exhibitor.py).
// - Exhibitor splits --s3config at ':' into bucket and key (ExhibitorCreator.getS3Arguments), and
//   S3ConfigProvider.loadConfig reads the object <key> of <bucket> as java.util.Properties; so
//   s3_prefix is the object's whole key, not a folder (gen/calc.py validate_s3_prefix: it must
//   not end in '/').
// - Credentials: with exhibitor_explicit_keys: true DC/OS writes aws_access_key_id and
//   aws_secret_access_key into /opt/mesosphere/etc/exhibitor.properties as
//   com.netflix.exhibitor.s3.access-key-id / access-secret-key, passed as --s3credentials. The
//   CloudFormation templates set it false: the masters use their instance role, which this
//   workstation does not have; the reader then stops and says which keys it needs.
//
// The request: GET https://<bucket>.s3.<region>.amazonaws.com/<key> (path style,
// https://s3.<region>.amazonaws.com/<bucket>/<key>, when the bucket name has dots, which the
// wildcard certificate does not cover; .amazonaws.com.cn for cn-* regions), signed with AWS
// Signature Version 4 (AwsSigV4, which says why not libs3). See HttpSpecReader for the rest
// (direct from the workstation, not through a master; no redirects; secrets never shown).
//
// The endpoint override, for the S3 emulator (s3rver) of the simulated clusters: Settings::endpoint,
// which fromBackendSettings() fills from the environment variable EMW_S3_ENDPOINT, e.g.
// "http://127.0.0.1:4568". With it the request goes path style to
// <endpoint>/<bucket>/<key>, signed for aws_region as usual (s3rver checks Version 4 signatures
// against its account S3RVER / S3RVER).
class S3SpecReader : public HttpSpecReader
{
    Q_OBJECT

public:
    static constexpr const char *EndpointVariable = "EMW_S3_ENDPOINT";

    struct Settings
    {
        QString region; // aws_region
        QString bucket; // s3_bucket
        QString key;    // s3_prefix: the object's key
        QString accessKeyId;     // aws_access_key_id
        QString secretAccessKey; // aws_secret_access_key: a secret, memory only
        QString sessionToken;    // temporary credentials' token (x-amz-security-token); a secret
        QUrl endpoint;           // empty: AWS itself

        // From config.yaml's keys (ClusterConfig::backendSettings(): aws_region, s3_bucket,
        // s3_prefix, aws_access_key_id, aws_secret_access_key). exhibitorProperties, the master's
        // /opt/mesosphere/etc/exhibitor.properties if read, fills keys config.yaml lacks. The
        // endpoint comes from EMW_S3_ENDPOINT when it is set.
        static Settings fromBackendSettings(const QHash<QString, QString> &settings,
                                            const QByteArray &exhibitorProperties = {});
    };

    S3SpecReader(const Settings &settings, int timeoutMs, QObject *parent = nullptr);

    // "s3://<bucket>/<key>", the result's location.
    static QString objectUri(const Settings &settings);
    // The URL the GET goes to (see the class comment).
    static QUrl objectUrl(const Settings &settings);

protected:
    QNetworkRequest makeRequest(QString *error) const override;
    QString describeTarget() const override;
    QString httpError(const QNetworkReply &reply, int status, const QString &code,
                      const QByteArray &body) const override;
    QString unreachableError(const QString &networkError) const override;

private:
    Settings m_settings;
};
