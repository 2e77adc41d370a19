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


def exhibitor_env(topo):
    """gen/dcos-config.yaml's /etc/exhibitor for exhibitor_storage_backend: zookeeper."""
    backend = (f"EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT={exhibitor_zk_hosts(topo)}\n"
               f"ZK_CONFIG_ZPATH={topo['exhibitor_zk_path']}\n")
    if topo.get("dcos_version", "2.2") == "1.13":
        return backend
    # calc.py's defaults: exhibitor_tls_enabled/required 'false', exhibitor_bootstrap_ca_url ''
    # (Enterprise computes them; the sim's exhibitor_tls option sets both to true).
    tls = "true" if topo.get("exhibitor_tls") else "false"
    return (f"EXHIBITOR_TLS_ENABLED={tls}\nEXHIBITOR_TLS_REQUIRED={tls}\n"
            f"EXHIBITOR_BOOTSTRAP_CA_URL=\nBOOTSTRAP_URL={BOOTSTRAP_URL}\n" + backend)


def install_env_file(opt_dir, topo):
    """Into a master's /opt/mesosphere (opt_dir on the host): the package file (0644) and the
    absolute symlink pkgpanda makes to it."""
    target = os.path.join(opt_dir, os.path.relpath(PACKAGE_ENV_FILE, "/opt/mesosphere"))
    os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
    with open(target, "w") as f:
        f.write(exhibitor_env(topo))
    os.chmod(target, 0o644)
    link = os.path.join(opt_dir, "etc", "exhibitor")
    os.makedirs(os.path.dirname(link), mode=0o755, exist_ok=True)
    if os.path.lexists(link):
        os.unlink(link)
    os.symlink(PACKAGE_ENV_FILE, link)
