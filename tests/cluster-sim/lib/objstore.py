"""Minimal clients of the two object stores the sim emulates, stdlib only.

- S3 (AWS Signature Version 4, path-style URLs `http://host:port/bucket/key`), as Exhibitor's
  S3ConfigProvider uses it through the AWS SDK: GET the object (dcos/exhibitor
  config/s3/S3ConfigProvider.java getConfigObject), its Last-Modified is the config's version
  (loadConfig), a 404 or 403 means "no config" (isNotFoundError).
- Azure blob storage (Shared Key authorization, path-style `http://host:port/account/container/blob`
  as the Azurite emulator serves it), as Exhibitor's AzureConfigProvider uses it through the Azure
  storage SDK: GET the blob (config/azure/AzureConfigProvider.java getConfigObject), Last-Modified
  is the version, 404 or 403 means "no config".

The sim's servers are s3rver and azurite (README: "Other storage backends"); both check the
signatures, so the credentials in /opt/mesosphere/etc/exhibitor.properties count.
"""
import base64
import datetime
import email.utils
import hashlib
import hmac
import http.client
import urllib.parse

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
AZURE_API_VERSION = "2020-10-02"  # a version every azurite 3.x serves


class StoreError(Exception):
    def __init__(self, status, text):
        super().__init__(f"HTTP {status}: {text}")
        self.status = status


def _split(endpoint):
    """'http://127.0.11.1:4569' or '127.0.11.1:4569' -> (host, port)."""
    if "://" not in endpoint:
        endpoint = "http://" + endpoint
    u = urllib.parse.urlsplit(endpoint)
    return u.hostname, u.port or 80


def _request(endpoint, method, path, headers, body, timeout):
    host, port = _split(endpoint)
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read()
    finally:
        conn.close()


def last_modified_ms(headers):
    """The Last-Modified header as Java's Date.getTime() (ms; HTTP dates have whole seconds)."""
    value = headers.get("last-modified")
    if not value:
        return 0
    return int(email.utils.parsedate_to_datetime(value).timestamp() * 1000)


# --- S3 ---------------------------------------------------------------------------------------
def _s3_sign(method, endpoint, path, query, region, key_id, secret, payload, now=None):
    """The headers of an AWS SigV4-signed request (service s3)."""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    amz_date, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
    host, port = _split(endpoint)
    host_header = f"{host}:{port}" if port != 80 else host
    payload_hash = hashlib.sha256(payload).hexdigest()
    headers = {"host": host_header, "x-amz-content-sha256": payload_hash, "x-amz-date": amz_date}
    signed = ";".join(sorted(headers))
    canonical = "\n".join([
        method, urllib.parse.quote(path, safe="/-_.~"), query,
        "".join(f"{k}:{headers[k]}\n" for k in sorted(headers)), signed, payload_hash])
    scope = f"{day}/{region}/s3/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                         hashlib.sha256(canonical.encode()).hexdigest()])
    k = ("AWS4" + secret).encode()
    for part in (day, region, "s3", "aws4_request"):
        k = hmac.new(k, part.encode(), hashlib.sha256).digest()
    sig = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["Authorization"] = (f"AWS4-HMAC-SHA256 Credential={key_id}/{scope}, "
                                f"SignedHeaders={signed}, Signature={sig}")
    return headers


def s3_request(store, method, key="", body=b"", timeout=5.0):
    """store: {endpoint, region, bucket, access_key_id, secret_access_key}."""
    path = "/" + store["bucket"] + ("/" + key if key else "")
    headers = _s3_sign(method, store["endpoint"], path, "", store["region"],
                       store["access_key_id"], store["secret_access_key"], body)
    return _request(store["endpoint"], method, urllib.parse.quote(path, safe="/-_.~"), headers,
                    body, timeout)


def s3_get(store, key, timeout=5.0):
    """(bytes, last-modified ms) of the object, or (None, 0) where Exhibitor sees no config."""
    status, headers, body = s3_request(store, "GET", key, timeout=timeout)
    if status in (403, 404):  # S3ConfigProvider.isNotFoundError
        return None, 0
    if status != 200:
        raise StoreError(status, body.decode("utf-8", "replace")[:300])
    return body, last_modified_ms(headers)


def s3_put(store, key, data, timeout=5.0):
    status, _, body = s3_request(store, "PUT", key, data, timeout)
    if status != 200:
        raise StoreError(status, body.decode("utf-8", "replace")[:300])


# --- Azure blob storage -------------------------------------------------------------------------
def _azure_headers(store, method, path, query, body, extra=None):
    """Shared Key authorization (Azure's "Authorize with Shared Key", blob service, 2009-09-19+)."""
    headers = {"x-ms-date": email.utils.formatdate(usegmt=True),
               "x-ms-version": AZURE_API_VERSION}
    headers.update(extra or {})
    length = str(len(body)) if body else ""
    ctype = headers.get("Content-Type", "")
    canon_headers = "".join(f"{k}:{headers[k]}\n" for k in sorted(headers)
                            if k.startswith("x-ms-"))
    account = store["account_name"]
    # Path-style (emulator) URLs carry the account in the path: the canonical resource is
    # /<account> followed by the URL's path, which itself starts with /<account>.
    canon_resource = f"/{account}{path}" + "".join(
        f"\n{k.lower()}:{v}" for k, v in sorted(query.items()))
    to_sign = "\n".join([method, "", "", length, "", ctype, "", "", "", "", "", "",
                         canon_headers + canon_resource])
    sig = base64.b64encode(hmac.new(base64.b64decode(store["account_key"]), to_sign.encode(),
                                    hashlib.sha256).digest()).decode()
    headers["Authorization"] = f"SharedKey {account}:{sig}"
    return headers


def azure_request(store, method, container, blob="", query=None, body=b"", extra=None,
                  timeout=5.0):
    """store: {endpoint (http://host:port), account_name, account_key (base64)}."""
    query = query or {}
    path = f"/{store['account_name']}/{container}" + (f"/{blob}" if blob else "")
    headers = _azure_headers(store, method, path, query, body, extra)
    qs = ("?" + urllib.parse.urlencode(query)) if query else ""
    return _request(store["endpoint"], method, urllib.parse.quote(path) + qs, headers,
                    body or None, timeout)


def azure_get(store, container, blob, timeout=5.0):
    status, headers, body = azure_request(store, "GET", container, blob, timeout=timeout)
    if status in (403, 404):  # AzureConfigProvider.isNotFoundError / isForbiddenError
        return None, 0
    if status != 200:
        raise StoreError(status, body.decode("utf-8", "replace")[:300])
    return body, last_modified_ms(headers)


def azure_create_container(store, container, timeout=5.0):
    status, _, body = azure_request(store, "PUT", container, query={"restype": "container"},
                                    timeout=timeout)
    if status not in (201, 409):  # 409: it exists
        raise StoreError(status, body.decode("utf-8", "replace")[:300])


def azure_put(store, container, blob, data, timeout=5.0):
    status, _, body = azure_request(store, "PUT", container, blob, body=data,
                                    extra={"x-ms-blob-type": "BlockBlob"}, timeout=timeout)
    if status != 201:
        raise StoreError(status, body.decode("utf-8", "replace")[:300])
