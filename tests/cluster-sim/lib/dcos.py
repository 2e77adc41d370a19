"""DC/OS's files on a master, as its installer renders them and pkgpanda installs them.

/opt/mesosphere/etc/exhibitor is not a file of its own on a real master: pkgpanda activates the
dcos-config--setup_<id> package by symlinking every file of the package's etc/ into
/opt/mesosphere/etc (pkgpanda/__init__.py symlink_tree: absolute links). Its bytes are
gen/dcos-config.yaml's `/etc/exhibitor` entry rendered for the cluster's config.yaml: the
`content: |` block, so one line per setting and one final newline. DC/OS 2.0+ put four lines
before the backend's (TLS, bootstrap CA, BOOTSTRAP_URL); 1.8-1.13 only the backend's.
"""
import os

# The config package's id: a fixed fake hash (a real one is the sha1 of the rendered config).
SETUP_ID = "dcos-config--setup_0a5e0d9c1c3e8e4b7f2d6a9b1c3e5f7a9b0c2d4e"
ENV_FILE = "/opt/mesosphere/etc/exhibitor"
PACKAGE_ENV_FILE = f"/opt/mesosphere/packages/{SETUP_ID}/etc/exhibitor"
BOOTSTRAP_URL = "http://127.0.0.1:8080"


def exhibitor_zk_hosts(topo):
    return ",".join(ip + ":2181" for ip in topo["backend"])


# config.yaml keys of each exhibitor_storage_backend (DC/OS configuration reference; gen/calc.py,
# gen/dcos-config.yaml). aws_s3 with explicit keys (exhibitor_explicit_keys 'true', as DC/OS's
# on-premises AWS installs set it; CloudFormation templates set 'false' and use the instance
# role, gen/build_deploy/aws.py), so exhibitor.properties holds the keys.
BACKEND_KEYS = {
    "zookeeper": ["exhibitor_zk_hosts", "exhibitor_zk_path"],
    "aws_s3": ["aws_access_key_id", "aws_region", "aws_secret_access_key",
               "exhibitor_explicit_keys", "s3_bucket", "s3_prefix"],
    "azure": ["exhibitor_azure_account_key", "exhibitor_azure_account_name",
              "exhibitor_azure_prefix"],
    "shared_filesystem": ["exhibitor_fs_config_dir"],
}


def backend_config(topo):
    """The exhibitor_* part of the topology's config.yaml, as a dict (with bootstrap_url)."""
    backend = topo.get("exhibitor_storage_backend", "zookeeper")
    c = {"exhibitor_storage_backend": backend, "bootstrap_url": BOOTSTRAP_URL}
    st = topo.get("store") or {}
    if backend == "zookeeper":
        c.update(exhibitor_zk_hosts=exhibitor_zk_hosts(topo),
                 exhibitor_zk_path=topo["exhibitor_zk_path"])
    elif backend == "aws_s3":
        c.update(aws_access_key_id=st["access_key_id"], aws_region=st["region"],
                 aws_secret_access_key=st["secret_access_key"], exhibitor_explicit_keys="'true'",
                 s3_bucket=st["bucket"], s3_prefix=st["prefix"])
    elif backend == "azure":
        c.update(exhibitor_azure_account_key=st["account_key"],
                 exhibitor_azure_account_name=st["account_name"],
                 exhibitor_azure_prefix=st["prefix"])
    elif backend == "shared_filesystem":
        c.update(exhibitor_fs_config_dir=st["config_dir"])
    return c


def exhibitor_env(topo):
    """The env file of a master before the migration: the topology's config.yaml rendered."""
    return render_env(backend_config(topo), topo.get("dcos_version", "2.2"),
                      bool(topo.get("exhibitor_tls")))


def render_properties(config):
    """gen/dcos-config.yaml's `/etc/exhibitor.properties`, or None where it renders none:
    aws_s3 with exhibitor_explicit_keys true (the S3 keys), azure always (the account)."""
    backend = config["exhibitor_storage_backend"]
    explicit = str(config.get("exhibitor_explicit_keys", "")).strip("'\"") == "true"
    if backend == "aws_s3" and explicit:
        return (f"com.netflix.exhibitor.s3.access-key-id={config.get('aws_access_key_id', '')}\n"
                f"com.netflix.exhibitor.s3.access-secret-key="
                f"{config.get('aws_secret_access_key', '')}\n")
    if backend == "azure":
        return (f"com.netflix.exhibitor.azure.account-name="
                f"{config.get('exhibitor_azure_account_name', '')}\n"
                f"com.netflix.exhibitor.azure.account-key="
                f"{config.get('exhibitor_azure_account_key', '')}\n")
    return None


# gen/dcos-config.yaml's `/etc/exhibitor` per exhibitor_storage_backend, after the four lines
# 2.0+ put first: (setting, config.yaml key or a literal), in the file's order.
_BACKEND_LINES = {
    "zookeeper": [("EXHIBITOR_BACKEND", "=ZK"), ("ZK_CONFIG_CONNECT", "exhibitor_zk_hosts"),
                  ("ZK_CONFIG_ZPATH", "exhibitor_zk_path")],
    "static": [("EXHIBITOR_BACKEND", "=STATIC"), ("EXHIBITOR_STATICENSEMBLE", "exhibitor_static_ensemble")],
    "aws_s3": [("EXHIBITOR_BACKEND", "=AWS_S3"), ("AWS_REGION", "aws_region"), ("AWS_S3_BUCKET", "s3_bucket"),
               ("AWS_S3_PREFIX", "s3_prefix")],
    "azure": [("EXHIBITOR_BACKEND", "=AZURE"), ("AZURE_CONTAINER", "=dcos-exhibitor"),
              ("AZURE_PREFIX", "exhibitor_azure_prefix")],
    "shared_filesystem": [("EXHIBITOR_BACKEND", "=SHARED_FS"), ("EXHIBITOR_FSCONFIGDIR", "exhibitor_fs_config_dir")],
}


def static_ensemble(master_list):
    """calc.py's calculate_exhibitor_static_ensemble: the master list sorted as strings, 1-based."""
    return ",".join("%d:%s" % (i + 1, m) for i, m in enumerate(sorted(str(m) for m in master_list)))


def render_env(config, dcos_version="2.2", tls=False):
    """What DC/OS's installer puts in /etc/exhibitor for a config.yaml (a dict). calc.py's
    defaults: exhibitor_tls_enabled/required 'false' (Enterprise computes them: `tls`),
    exhibitor_bootstrap_ca_url ''. DC/OS 1.8-1.13 wrote the backend's lines only."""
    backend = config["exhibitor_storage_backend"]
    values = dict(config)
    if backend == "static":
        values["exhibitor_static_ensemble"] = static_ensemble(config["master_list"])
    lines = []
    if dcos_version != "1.13":
        flag = "true" if tls else "false"
        lines += [f"EXHIBITOR_TLS_ENABLED={flag}", f"EXHIBITOR_TLS_REQUIRED={flag}",
                  "EXHIBITOR_BOOTSTRAP_CA_URL=", f"BOOTSTRAP_URL={config['bootstrap_url']}"]
    for setting, source in _BACKEND_LINES[backend]:
        lines.append(f"{setting}={source[1:] if source.startswith('=') else values.get(source, '')}")
    return "\n".join(lines) + "\n"


def validate_config(c):
    """calc.py's (DC/OS 2.2) validate functions that look at the keys this project touches, and
    the keys it needs from the user; gen itself does not run here. The problems, or []."""
    import ipaddress
    problems = []

    def need(ok, text):
        if not ok:
            problems.append(text)
    for key in ("bootstrap_url", "cluster_name", "exhibitor_storage_backend", "master_discovery",
                "master_list", "resolvers"):
        need(key in c, f"{key}: required")
    if problems:
        return problems
    u = str(c["bootstrap_url"])
    need(len(u) > 1 and u[-1] != "/", "bootstrap_url: must not end in a '/'")   # validate_bootstrap_url
    for key in ("master_list", "resolvers"):                                   # validate_ip_list &c.
        ips = [str(r).rpartition(":")[0] if key == "resolvers" and ":" in str(r) else str(r) for r in c[key]]
        need(len(set(ips)) == len(ips), f"{key}: duplicates")
        for ip in ips:
            try:
                ipaddress.IPv4Address(ip)
            except ValueError:
                problems.append(f"{key}: {ip} is not an IPv4 address")
    need(not set(map(str, c["resolvers"])) & {"198.51.100.1", "198.51.100.2", "198.51.100.3"},
         "resolvers: the documentation's example addresses")
    backend = c["exhibitor_storage_backend"]
    need(backend in ("static", "zookeeper", "aws_s3", "azure", "shared_filesystem",
                     "agent_only_group_no_exhibitor"), f"exhibitor_storage_backend: {backend} unknown")
    if c["master_discovery"] != "static":              # validate_exhibitor_storage_master_discovery
        need(backend != "static", "When master_discovery is not static, exhibitor_storage_backend must be non-static")
    if backend == "zookeeper":
        need(not str(c.get("exhibitor_zk_hosts", "zk://")).startswith("zk://"), "exhibitor_zk_hosts")  # validate_zk_hosts
        need(str(c.get("exhibitor_zk_path", "")).startswith("/"), "exhibitor_zk_path: must start with /")
    if backend in ("aws_s3", "azure", "shared_filesystem"):
        # The keys gen/dcos-config.yaml renders for the backend; S3 keys only with explicit keys.
        explicit = str(c.get("exhibitor_explicit_keys", "false")) == "true"
        for key in BACKEND_KEYS[backend]:
            if key == "exhibitor_explicit_keys" or (key.startswith("aws_") and key != "aws_region"
                                                    and not explicit):
                continue
            need(str(c.get(key, "")) != "", f"{key}: required with {backend}")
    if backend == "aws_s3":                                                   # validate_s3_prefix
        need(not str(c.get("s3_prefix", "")).endswith("/"),
             "s3_prefix: Must be a file path and cannot end in a /")
    need(str(c.get("telemetry_enabled", "true")) in ("true", "false"), "telemetry_enabled: true or false")
    return problems


def install_env_file(opt_dir, topo):
    """Into a master's /opt/mesosphere (opt_dir on the host): the package file (0644) and the
    absolute symlink pkgpanda makes to it; the same for exhibitor.properties where the
    backend renders one (pkgpanda links every file of the package's etc/, 0644 as gen writes
    files without `permissions`)."""
    files = [("exhibitor", exhibitor_env(topo))]
    props = render_properties(backend_config(topo))
    if props is not None:
        files.append(("exhibitor.properties", props))
    for name, text in files:
        package_file = os.path.join(os.path.dirname(PACKAGE_ENV_FILE), name)
        target = os.path.join(opt_dir, os.path.relpath(package_file, "/opt/mesosphere"))
        os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
        with open(target, "w") as f:
            f.write(text)
        os.chmod(target, 0o644)
        link = os.path.join(opt_dir, "etc", name)
        os.makedirs(os.path.dirname(link), mode=0o755, exist_ok=True)
        if os.path.lexists(link):
            os.unlink(link)
        os.symlink(package_file, link)
