"""Topology files: loading, validation and the matching DC/OS config.yaml.

Every address is checked against 127.0.0.0/8 here, once, so nothing the sim starts can
listen on or connect to anything but loopback.
"""
import ipaddress
import os
import re

import yaml

import dcos
import zookeeper

LOOPBACK = ipaddress.ip_network("127.0.0.0/8")
HERE = os.path.dirname(os.path.abspath(__file__))
TOPOLOGY_DIR = os.path.join(os.path.dirname(HERE), "topologies")

# Timing profiles. dcos: DC/OS's own settings and Exhibitor's and systemd's real timing, for
# benchmarks and demos. fast: the same mechanisms, every time scaled down, for tests.
#   check_ms / check_ms_single: Exhibitor's check-ms as start_exhibitor.py renders it (2000
#     with one master); the first instance check, which starts ZooKeeper, runs check-ms after
#     Exhibitor's start.
#   config_check_ms: Exhibitor's --configcheckms (DC/OS passes none: 30000), the period of its
#     shared-config re-read.
#   jvm_start_s: from exec to Exhibitor's REST port answering (a JVM and Jetty starting).
#   restart_sec: the unit's RestartSec. post_poll_s: the sleep of 2.2's ExecStartPost ruok loop.
PROFILES = {
    "fast": {"tickTime": 200, "initLimit": 10, "syncLimit": 5, "check_ms": 1000,
             "check_ms_single": 500, "config_check_ms": 1000, "jvm_start_s": 0.3,
             "restart_sec": 1, "post_poll_s": 0.5, "monitor_floor_ms": 15000},
    "dcos": {"tickTime": 2000, "initLimit": 10, "syncLimit": 5, "check_ms": 30000,
             "check_ms_single": 2000, "config_check_ms": 30000, "jvm_start_s": 2.5,
             "restart_sec": 5, "post_poll_s": 5},
}
# The DC/OS release a topology models (`dcos_version`; the first is the default): 2.2 added the
# unit's ExecStartPost, 2.1 autopurge.purgeInterval=1, 2.0 four lines before the env file's
# backend lines.
DCOS_VERSIONS = ("2.2", "2.1", "2.0", "1.13")
# Shared-config keys a topology may set (`shared_config`), as PropertyBasedInstanceConfig
# names them without the com.netflix.exhibitor. prefix.
SHARED_CONFIG_KEYS = ("zookeeper-data-directory", "zookeeper-log-directory", "zoo-cfg-extra",
                      "check-ms", "java-environment", "log-index-directory")

MISSING_HOST = ("error", "standalone")
# exhibitor_storage_backend values the sim runs (README: "Other storage backends").
STORAGE_BACKENDS = ("zookeeper", "aws_s3", "azure", "shared_filesystem")
# What a topology's `s3:` / `azure:` / `shared_fs:` sections may leave out. The emulators'
# fixed credentials: s3rver knows only the access key id S3RVER (secret S3RVER; it checks the id
# of a SigV4 request, not its signature); azurite serves the accounts of AZURITE_ACCOUNTS and
# checks Shared Key signatures. Fixtures of a test, not secrets.
S3_DEFAULTS = {"port": 4569, "region": "us-west-2", "bucket": "dcos-exhibitor-sim",
               "access_key_id": "S3RVER", "secret_access_key": "S3RVER"}
AZURE_DEFAULTS = {"port": 10000, "account_name": "dcosexhibitorsim",
                  # base64 of "emw-sim-azure-fixture-account-key"
                  "account_key": "ZW13LXNpbS1henVyZS1maXh0dXJlLWFjY291bnQta2V5"}
AZURE_CONTAINER = "dcos-exhibitor"  # gen/dcos-config.yaml: AZURE_CONTAINER=dcos-exhibitor, fixed


class TopologyError(Exception):
    pass


def check_loopback(ip, what="address"):
    """Return ip as a string if it is an IPv4 address in 127.0.0.0/8, else raise."""
    try:
        addr = ipaddress.IPv4Address(str(ip))
    except ValueError:
        raise TopologyError(f"{what} {ip!r} is not an IPv4 address")
    if addr not in LOOPBACK:
        raise TopologyError(f"{what} {ip} is outside 127.0.0.0/8; the sim refuses it")
    return str(addr)


def check_port(value, what):
    try:
        port = int(value)
    except (TypeError, ValueError):
        raise TopologyError(f"{what} {value!r} is not a port number")
    if not 1 <= port <= 65535:
        raise TopologyError(f"{what} {port} is out of range")
    return port


def resolve_path(arg):
    """A topology is a file path or a name under topologies/."""
    if os.path.sep in arg or arg.endswith((".yaml", ".yml")):
        return os.path.abspath(arg)
    return os.path.join(TOPOLOGY_DIR, arg + ".yaml")


def load(arg):
    path = resolve_path(arg)
    try:
        with open(path) as f:
            raw = yaml.safe_load(f)
    except OSError as e:
        raise TopologyError(f"cannot read topology {path}: {e.strerror}")
    if not isinstance(raw, dict):
        raise TopologyError(f"{path}: not a YAML mapping")
    return validate(raw, path)


def validate(raw, path):
    name = str(raw.get("name") or os.path.splitext(os.path.basename(path))[0])
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,30}", name):
        # The name becomes a sudoers.d file name, which must not contain a dot.
        raise TopologyError(f"topology name {name!r}: use lowercase letters, digits and '-'")
    zpath = str(raw.get("exhibitor_zk_path", "/"))
    if not zpath.startswith("/"):
        raise TopologyError("exhibitor_zk_path must start with '/'")
    users = raw.get("users") or {}
    topo = {
        "name": name,
        "path": path,
        "cluster_name": str(raw.get("cluster_name", name)),
        "exhibitor_zk_path": zpath,
        "ssh_port": check_port(raw.get("ssh_port", 22), "ssh_port"),
        "key_user": str(users.get("key_user", "emw-key")),
        "password_user": str(users.get("password_user", "emw-pass")),
        "password": str(users.get("password", "emw-sim-fixture-pw")),
        "backend": [check_loopback(ip, "backend address") for ip in raw.get("backend") or []],
        # Only the masters' sshd, no ZooKeeper, Exhibitor or backend: for benchmarks of the
        # SSH side (connect, auth, remote commands) over many masters, cheap enough for 25.
        "sshd_only": bool(raw.get("sshd_only", False)),
        # The ZooKeeper of masters and backend (README: ZooKeeper as DC/OS runs it).
        "zookeeper": str(raw.get("zookeeper", zookeeper.DEFAULT)),
        # The DC/OS release whose installer rendered the env file (README: DC/OS's files).
        "dcos_version": str(raw.get("dcos_version", DCOS_VERSIONS[0])),
        # A master missing from its STATIC ensemble: start_exhibitor.py's error (DC/OS >= 1.10.9)
        # or, before that check, Exhibitor's standalone start (myid deleted).
        "missing_host": str(raw.get("missing_host", MISSING_HOST[0])),
        # DC/OS-like ZooKeeper clients for as long as the sim runs (README: "A live cluster").
        "workload": bool(raw.get("workload", False)),
        # DC/OS Enterprise's ZooKeeper: super user, digest ACLs (README: "Enterprise").
        "enterprise": bool(raw.get("enterprise", False)),
        # HTTP Basic auth on Exhibitor's REST (DC/OS: config.yaml exhibitor_admin_password).
        "exhibitor_admin_password": str(raw.get("exhibitor_admin_password") or ""),
        # Enterprise: Exhibitor serves HTTPS and requires a client certificate.
        "exhibitor_tls": bool(raw.get("exhibitor_tls", False)),
        # ZK backend: settings in the shared config that differ from DC/OS's defaults file.
        "shared_config": {},
        # Where Exhibitor keeps its shared config (DC/OS config.yaml exhibitor_storage_backend):
        # the ZooKeeper ensemble `backend`, or an emulated store (README: "Other storage backends").
        "exhibitor_storage_backend": str(raw.get("exhibitor_storage_backend", "zookeeper")),
        "store": None,
        "masters": [],
    }
    for key, allowed in (("zookeeper", zookeeper.VERSIONS), ("dcos_version", DCOS_VERSIONS),
                         ("missing_host", MISSING_HOST),
                         ("exhibitor_storage_backend", STORAGE_BACKENDS)):
        if topo[key] not in allowed:
            raise TopologyError(f"{key}: {topo[key]!r} is not one of "
                                + ", ".join(repr(a) for a in allowed))
    for key, value in (raw.get("shared_config") or {}).items():
        if key not in SHARED_CONFIG_KEYS:
            raise TopologyError(f"shared_config: {key!r} is not one of "
                                f"{', '.join(SHARED_CONFIG_KEYS)}")
        value = str(value)
        # Each master's namespace binds only /var/lib/dcos: a path elsewhere would be the host's.
        if key.endswith("-directory") and not value.startswith("/var/lib/dcos/"):
            raise TopologyError(f"shared_config {key}: the sim allows only paths under "
                                f"/var/lib/dcos/")
        topo["shared_config"][key] = value
    env_port = os.environ.get("EMW_SIM_SSH_PORT")
    if env_port:
        topo["ssh_port"] = check_port(env_port, "EMW_SIM_SSH_PORT")
    if topo["sshd_only"] and (topo["workload"] or topo["enterprise"]):
        raise TopologyError("workload and enterprise need ZooKeeper: not with sshd_only")
    for user in (topo["key_user"], topo["password_user"]):
        if not re.fullmatch(r"[a-z_][a-z0-9_-]{0,30}", user):
            raise TopologyError(f"user name {user!r} is not a plain lowercase name")
    storage = topo["exhibitor_storage_backend"]
    if storage != "zookeeper":
        if topo["backend"]:
            raise TopologyError(f"backend: only with exhibitor_storage_backend zookeeper, "
                                f"not {storage}")
        if topo["sshd_only"]:
            raise TopologyError(f"exhibitor_storage_backend {storage}: not with sshd_only")
        topo["store"] = validate_store(storage, raw)
    elif len(topo["backend"]) != 3 and not (topo["sshd_only"] and not topo["backend"]):
        raise TopologyError("backend: exactly three ZooKeeper addresses are expected"
                            " (none with sshd_only)")
    for m in raw.get("masters") or []:
        if not isinstance(m, dict) or "ip" not in m or "id" not in m:
            raise TopologyError(f"master entry {m!r} needs ip and id")
        ip = check_loopback(m["ip"], "master address")
        topo["masters"].append({
            "ip": ip,
            "id": int(m["id"]),
            "hostname": str(m.get("hostname", "ip-" + ip.replace(".", "-"))),
            "journal_rotated": bool(m.get("journal_rotated", False)),
            "sudo_password": bool(m.get("sudo_password", True)),
            "slow_start": float(m.get("slow_start", 0)),
        })
    if not topo["masters"]:
        raise TopologyError("no masters")
    ips = [m["ip"] for m in topo["masters"]] + topo["backend"]
    if topo["store"] and topo["store"].get("ip"):
        ips.append(topo["store"]["ip"])
    if len(set(ips)) != len(ips):
        raise TopologyError("every master and backend address must be distinct")
    ids = [m["id"] for m in topo["masters"]]
    if len(set(ids)) != len(ids) or min(ids) < 1 or max(ids) > 255:
        raise TopologyError("master ids must be distinct and in 1..255")
    return topo


def validate_store(storage, raw):
    """The emulated store of an aws_s3 / azure / shared_filesystem topology, defaults filled in.

    aws_s3 (section `s3:`): s3rver on ip:port serves bucket `bucket`; Exhibitor's config is the
    object whose key is `prefix` (start_exhibitor.py --s3config bucket:prefix; ExhibitorCreator
    getS3Arguments: the key is the part after the colon). azure (`azure:`): azurite on ip:port
    serves account `account_name`; the config is the blob `prefix` in container dcos-exhibitor
    (--azureconfig container:prefix). shared_filesystem (`shared_fs:`): `config_dir`, a
    directory all masters see at that path (the sim binds one host directory into every
    master's namespace, as an NFS mount would be), holding exhibitor.properties."""
    if storage == "aws_s3":
        sec = dict(S3_DEFAULTS, **(raw.get("s3") or {}))
        store = {"kind": "s3", "ip": check_loopback(sec.get("ip"), "s3 ip"),
                 "port": check_port(sec["port"], "s3 port")}
        for key in ("region", "bucket", "prefix", "access_key_id", "secret_access_key"):
            store[key] = str(sec.get(key) or "")
            if not store[key]:
                raise TopologyError(f"s3: {key} is required")
        if store["prefix"].endswith("/"):  # calc.py validate_s3_prefix
            raise TopologyError("s3: prefix must be a file path and cannot end in a /")
        if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", store["bucket"]):
            raise TopologyError(f"s3: bucket {store['bucket']!r} is not an S3 bucket name")
        store["endpoint"] = f"http://{store['ip']}:{store['port']}"
        return store
    if storage == "azure":
        sec = dict(AZURE_DEFAULTS, **(raw.get("azure") or {}))
        store = {"kind": "azure", "ip": check_loopback(sec.get("ip"), "azure ip"),
                 "port": check_port(sec["port"], "azure port"), "container": AZURE_CONTAINER}
        for key in ("account_name", "account_key", "prefix"):
            store[key] = str(sec.get(key) or "")
            if not store[key]:
                raise TopologyError(f"azure: {key} is required")
        if not re.fullmatch(r"[a-z0-9]{3,24}", store["account_name"]):
            raise TopologyError("azure: account_name must be 3-24 lowercase letters and digits")
        store["endpoint"] = f"http://{store['ip']}:{store['port']}"
        return store
    sec = raw.get("shared_fs") or {}
    config_dir = str(sec.get("config_dir") or "")
    # Each master's namespace binds only /var/lib/dcos (and /opt/mesosphere): the shared
    # directory is bound beneath it, so a path elsewhere would be the host's own.
    if not re.fullmatch(r"/var/lib/dcos/[A-Za-z0-9._-]+", config_dir):
        raise TopologyError("shared_fs: config_dir must be one directory directly under "
                            "/var/lib/dcos/")
    return {"kind": "shared_fs", "config_dir": config_dir, "config_name": "exhibitor.properties"}


def servers_spec(topo):
    """Exhibitor's servers-spec in master_list order, e.g. 1:127.0.1.193,4:127.0.1.122."""
    return ",".join(f"{m['id']}:{m['ip']}" for m in topo["masters"])


def config_yaml(topo):
    """The DC/OS config.yaml that describes this cluster before the migration."""
    # The backend's own keys, as DC/OS's configuration reference names them (gen/calc.py,
    # gen/dcos-config.yaml): the ones the installer renders into /etc/exhibitor and
    # /etc/exhibitor.properties.
    config = dcos.backend_config(topo)
    backend = config["exhibitor_storage_backend"]
    own = [k for k in dcos.BACKEND_KEYS[backend]]
    lines = [
        f"# DC/OS config.yaml of the simulated cluster {os.path.basename(topo['path'])}",
        "# (generated by tests/cluster-sim/sim config-yaml; do not edit by hand).",
        *[f"{k}: {config[k]}" for k in own if k < "bootstrap_url"],
        f"bootstrap_url: {dcos.BOOTSTRAP_URL}",
        f"cluster_name: {topo['cluster_name']}",
        *([f"exhibitor_admin_password: {topo['exhibitor_admin_password']}"]
          if topo.get("exhibitor_admin_password") else []),
        *[f"{k}: {config[k]}" for k in own if "bootstrap_url" < k < "exhibitor_storage_backend"],
        f"exhibitor_storage_backend: {backend}",
        *[f"{k}: {config[k]}" for k in own if "exhibitor_storage_backend" < k < "log_directory"],
        "log_directory: /genconf/logs",
        "master_discovery: static",
        "master_list:",
    ]
    lines += [f"- {m['ip']}" for m in topo["masters"]]
    lines += [
        "resolvers:",
        "- 127.0.0.53",
        *[f"{k}: {config[k]}" for k in own if k > "resolvers"],
        "security: disabled",
        "telemetry_enabled: 'false'",
        "process_timeout: 120",
    ]
    return "\n".join(lines) + "\n"
