#!/usr/bin/python3
"""sim: a local simulated DC/OS cluster with real sshd and real ZooKeeper (see README.md).

    sim up TOPOLOGY [--profile fast|dcos]     start (or complete) the cluster, wait until healthy
    sim down TOPOLOGY                         stop everything, unmount, remove all state
    sim status TOPOLOGY [--json]              per master: sshd, exhibitor, srvr mode, zxid, id
    sim wait-healthy TOPOLOGY [--timeout S]   wait for one leader and all others followers
    sim fault TOPOLOGY MASTER_IP KIND [SECONDS]
    sim config-yaml TOPOLOGY                  the DC/OS config.yaml describing the topology
    sim dcos-render CONFIG_YAML [--dcos-version 2.2|1.13] [--tls] [--topology TOPOLOGY]
                                              as DC/OS's installer: validate a config.yaml, print
                                              the /etc/exhibitor it renders (exit 1: problems);
                                              --topology takes the version and TLS from it
    sim load start|stop|report TOPOLOGY [--json]
                                              DC/OS-like ZooKeeper clients (README: sim load)
"""
import argparse
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcos  # noqa: E402
import emulators  # noqa: E402
import javaprops  # noqa: E402
import keeper  # noqa: E402
import objstore  # noqa: E402
import topology as T  # noqa: E402
import zkclient  # noqa: E402
import templates  # noqa: E402
import zookeeper  # noqa: E402
import yaml  # noqa: E402
from procs import (kill_all, mount_points, pid_alive, port_open, recorded_pids,  # noqa: E402
                   sim_pids, umount)

BASE = "/run/emw-sim"
LIB = os.path.dirname(os.path.abspath(__file__))
PAM_SSHD = "/etc/pam.d/sshd"
PAM_SUDO = "/etc/pam.d/sudo"
# Mount points (each master binds its own over them) and sshd's privsep dir. The wizard's run
# lock file lives in /run/exhibitor-migration on each master: bound per master like the others.
HOST_DIRS = ["/opt/mesosphere", "/var/lib/dcos", "/run/sshd", "/run/dcos_exhibitor",
             "/run/exhibitor-migration"]
FAULTS = ("sshd-down", "sshd-up", "zk-fail-start", "zk-ok", "kill-zk", "sudo-refuse", "sudo-ok",
          "delay-restart")


class SimError(Exception):
    pass


class Interrupted(BaseException):
    pass


def run(*argv, input=None, check=True):
    p = subprocess.run(argv, input=input, capture_output=True, text=True)
    if check and p.returncode != 0:
        raise SimError(f"{' '.join(argv)} failed: {(p.stderr or p.stdout).strip()}")
    return p


def write(path, text, mode=0o644):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


def lock_base():
    """Serialize up/down across topologies (they share users, sudoers.d and host dirs)."""
    while True:
        os.makedirs(BASE, mode=0o755, exist_ok=True)
        fd = os.open(BASE, os.O_RDONLY)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(BASE).st_ino == os.fstat(fd).st_ino:
                return fd  # still the live directory, not one a finished `down` removed
        except FileNotFoundError:
            pass
        os.close(fd)


class Sim:
    def __init__(self, topo, profile=None):
        self.t, self.name = topo, topo["name"]
        self.dir = os.path.join(BASE, self.name)
        self.state_path = os.path.join(self.dir, "state.json")
        self.profile = profile

    # --- paths ---
    def mdir(self, ip):
        return os.path.join(self.dir, "masters", ip)

    def nsfile(self, ip):
        return os.path.join(self.dir, "ns", ip)

    def sudoers_dropin(self):
        return f"/etc/sudoers.d/emw-sim-{self.name}"

    @property
    def client_key(self):
        return os.path.join(self.dir, "client", "id_ed25519")

    def master(self, ip):
        ip = T.check_loopback(ip, "master address")
        for m in self.t["masters"]:
            if m["ip"] == ip:
                return m
        raise SimError(f"{ip} is not a master of topology {self.name}")

    @classmethod
    def from_state(cls, name_or_path):
        """Commands after `up` use the topology as it was when the sim came up; a running
        sim is also found by its name alone (its topology file may be gone)."""
        state_path = os.path.join(BASE, name_or_path, "state.json")
        if not os.path.exists(T.resolve_path(name_or_path)) and os.path.exists(state_path):
            with open(state_path) as f:
                state = json.load(f)
            return cls(state["topology"], state["profile"]), state
        topo = T.load(name_or_path)
        sim = cls(topo)
        try:
            with open(sim.state_path) as f:
                state = json.load(f)
        except (OSError, ValueError):
            return sim, None
        sim.t, sim.profile = state["topology"], state["profile"]
        return sim, state

    # --- up ---
    def up(self):
        fd = lock_base()
        try:
            state = None
            if os.path.exists(self.state_path):
                with open(self.state_path) as f:
                    state = json.load(f)
            if state and state.get("complete") and pid_alive(state.get("keeper_pid", 0)):
                if self.profile not in (None, state["profile"]):
                    raise SimError(f"{self.name} is up with profile {state['profile']}; "
                                   f"run `sim down {self.name}` first")
                self.t, self.profile = state["topology"], state["profile"]
                self.ensure_running()
            else:
                if state or os.path.exists(self.dir):
                    print(f"sim: {self.name}: cleaning up an incomplete earlier run")
                    self.down_locked()
                self.profile = self.profile or "fast"
                if not self.sshd_only:
                    missing = zookeeper.missing(self.zk_version)
                    if missing:
                        raise SimError(missing)
                    missing = emulators.missing((self.store or {}).get("kind"))
                    if missing:
                        raise SimError(missing)
                    # Resolved here, once: the masters' units do not see EMW_SIM_CACHE.
                    self.t["zk_jars"] = zookeeper.jars(self.zk_version)
                self.create()
        finally:
            os.close(fd)
        self.wait_healthy(self.health_timeout())
        if self.t.get("workload") or self.t.get("enterprise"):
            self.seed()
        if self.t.get("workload"):
            self.load_start()
        for m in self.t["masters"]:
            if m["journal_rotated"] and not os.path.exists(os.path.join(self.mdir(m["ip"]),
                                                                        "run", "rotated")):
                # A rotated journal: whatever logged "my id" at start-up is gone.
                open(os.path.join(self.mdir(m["ip"]), "run", "journal"), "w").close()
                open(os.path.join(self.mdir(m["ip"]), "run", "rotated"), "w").close()
        write_known_hosts(self)
        # Only a healthy sim is complete: until then the keeper takes everything down if this
        # process dies, even by SIGKILL, and the next `up` starts afresh.
        self.save_state(complete=True)

    @property
    def zk_version(self):
        return self.t.get("zookeeper", zookeeper.DEFAULT)

    @property
    def zk_jars(self):
        return self.t.get("zk_jars") or zookeeper.jars(self.zk_version)

    @property
    def store(self):
        """The emulated store of an aws_s3 / azure / shared_filesystem topology, else None."""
        return self.t.get("store")

    @property
    def sshd_only(self):
        # .get: the state of a sim brought up before the option existed has no such key.
        return bool(self.t.get("sshd_only"))

    def health_timeout(self):
        slow = max(m["slow_start"] for m in self.t["masters"])
        return slow + (60 if self.profile == "fast" else 180)

    def check_ports_free(self):
        ports = (self.t["ssh_port"],)
        if not self.sshd_only:
            ports += (2181, 2888, 3888, 8181)
        wanted = [(m["ip"], p) for m in self.t["masters"] for p in ports]
        wanted += [(ip, p) for ip in self.t["backend"] for p in (2181, 2888, 3888)]
        if self.store and self.store.get("ip"):
            wanted.append((self.store["ip"], self.store["port"]))
        for ip, port in wanted:
            with socket.socket() as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                try:
                    s.bind((ip, port))
                except OSError as e:
                    hint = ""
                    if port == self.t["ssh_port"]:
                        free = 2222 if port != 2222 else 2223
                        hint = (f" (the machine's own sshd on 0.0.0.0:{port}? pick a free port: "
                                f"ssh_port in the topology or EMW_SIM_SSH_PORT={free})")
                    raise SimError(f"{ip}:{port} is not free: {e.strerror}{hint}")

    def save_state(self, **extra):
        state = {"name": self.name, "profile": self.profile, "topology": self.t,
                 "complete": False}
        if os.path.exists(self.state_path):
            with open(self.state_path) as f:
                state.update(json.load(f))
        state.update(extra)
        write(self.state_path + ".tmp", json.dumps(state, indent=1))
        os.rename(self.state_path + ".tmp", self.state_path)

    def create(self):
        self.check_ports_free()
        for d in ("", "masters", "ns", "backend", "client", "authorized_keys"):
            os.makedirs(os.path.join(self.dir, d), mode=0o755, exist_ok=True)
        os.chmod(os.path.join(self.dir, "client"), 0o700)
        self.save_state(owner_pid=os.getpid())
        # A private bind of the state dir: namespace files may only be bound on a mount that
        # does not propagate back into the namespaces themselves.
        run("mount", "--bind", self.dir, self.dir)
        run("mount", "--make-private", self.dir)
        shutil.copytree(LIB, os.path.join(self.dir, "lib"),
                        ignore=shutil.ignore_patterns("__pycache__", "simctl.py"))
        # The keeper first: from here on it cleans up if this process is killed.
        self.start_keeper()
        self.create_host_side()
        if self.store:
            self.start_store()
        elif not self.sshd_only:
            self.start_backend()
        for m in self.t["masters"]:
            self.create_master(m)
        for m in self.t["masters"]:
            self.start_sshd(m["ip"])
            if not self.sshd_only:
                self.start_exhibitor(m["ip"])

    def create_host_side(self):
        created_path = os.path.join(BASE, "host-dirs.json")
        created = json.load(open(created_path)) if os.path.exists(created_path) else []
        for d in HOST_DIRS:
            if not os.path.exists(d):
                os.makedirs(d, mode=0o755)
                created.append(d)
        write(created_path, json.dumps(created))
        t = self.t
        for user in (t["key_user"], t["password_user"]):
            if run("id", user, check=False).returncode != 0:
                run("useradd", "-m", "-s", "/bin/bash", "-c", "emw cluster-sim", user)
        # "*": no password login, but not "locked" either (key login still works).
        run("usermod", "-p", "*", t["key_user"])
        run("chpasswd", input=f"{t['password_user']}:{t['password']}\n")
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", f"emw-sim-{self.name}",
            "-f", self.client_key)
        shutil.copy(self.client_key + ".pub", os.path.join(self.dir, "authorized_keys",
                                                          t["key_user"]))
        # The host file is only a mount point: each master binds its own policy over it, so
        # a fault on one master (sudo-refuse) or another topology cannot leak into it.
        write(self.sudoers_dropin(), f"# cluster-sim {self.name}: per-master policies are "
                                     f"bind-mounted over this file in each master's namespace\n",
              0o440)

    def start_keeper(self):
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "EMW_SIM": self.name}
        log = open(os.path.join(self.dir, "keeper.log"), "a")
        cleanup = ["/usr/bin/python3", os.path.abspath(__file__), "down", self.name,
                   "--owner", str(os.getpid())]
        p = subprocess.Popen(["/usr/bin/python3", os.path.join(self.dir, "lib", "keeper.py"),
                              self.dir, str(os.getpid())] + cleanup,
                             stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                             env=env, start_new_session=True, close_fds=True)
        self.save_state(keeper_pid=p.pid)
        for _ in range(100):
            if os.path.exists(os.path.join(self.dir, "keeper.sock")):
                return
            time.sleep(0.05)
        raise SimError("the keeper did not start; see keeper.log")

    def spawn(self, argv, log):
        return keeper.request(self.dir, argv, log)

    # --- backend ensemble ---
    def start_backend(self, only_missing=False):
        for n, ip in enumerate(self.t["backend"], 1):
            b = os.path.join(self.dir, "backend", ip)
            pidfile = os.path.join(b, "pid")
            if only_missing and os.path.exists(pidfile) and pid_alive(int(open(pidfile).read())):
                continue
            os.makedirs(os.path.join(b, "data"), exist_ok=True)
            write(os.path.join(b, "data", "myid"), f"{n}\n")
            write(os.path.join(b, "zoo.cfg"), templates.backend_zoo_cfg(
                T.PROFILES[self.profile], ip, f"{b}/data", self.t["backend"], self.zk_version))
            write(os.path.join(b, "log4j.properties"), templates.BACKEND_LOG4J)
            # The backend ("platform") ensemble runs the masters' ZooKeeper version.
            pid = self.spawn(zookeeper.command(self.zk_version, self.zk_jars, f"{b}/zoo.cfg",
                                               f"{b}/log4j.properties", heap="64m"),
                             os.path.join(b, "zookeeper.log"))
            write(pidfile, f"{pid}\n")
        deadline = time.time() + 60
        while time.time() < deadline:
            modes = [zkclient.srvr(ip, timeout=1)["mode"] for ip in self.t["backend"]]
            if modes.count("leader") == 1 and modes.count("follower") == 2:
                break
            time.sleep(0.2)
        else:
            raise SimError(f"backend ensemble did not form: {modes}")
        self.write_shared_config()

    def write_shared_config(self):
        """The ZK backend's znode <exhibitor_zk_path>/configs/config, written once."""
        node = self.t["exhibitor_zk_path"].rstrip("/") + "/configs/config"
        t = self.t
        defaults = javaprops.load(templates.defaults_conf(
            T.PROFILES[self.profile], len(t["masters"]), t.get("dcos_version", "2.2")))
        # The first master's Exhibitor stored it (automatic instance management, join order).
        props = templates.shared_config(T.servers_spec(t), defaults, t.get("shared_config", {}),
                                        t["masters"][0]["ip"])
        for _ in range(50):
            try:
                with zkclient.connect_any(self.t["backend"]) as zk:
                    if not zk.exists(node):
                        zk.create(node, props.encode(), makepath=True)
                return
            except (OSError, zkclient.ZkError):
                time.sleep(0.2)
        raise SimError(f"could not write {node} to the backend ensemble")

    # --- the other storage backends: an emulator or a shared directory, seeded once ---
    @property
    def store_dir(self):
        return os.path.join(self.dir, "store")

    def store_content(self):
        """The properties Exhibitor stored in the backend, as for the ZK backend's znode
        (templates.shared_config, with the servers-spec of the topology's IDs and the
        topology's `shared_config` overrides)."""
        t = self.t
        defaults = javaprops.load(templates.defaults_conf(
            T.PROFILES[self.profile], len(t["masters"]), t.get("dcos_version", "2.2")))
        return templates.shared_config(T.servers_spec(t), defaults, t.get("shared_config", {}),
                                       t["masters"][0]["ip"]).encode()

    def start_store(self, only_missing=False):
        st = self.store
        os.makedirs(self.store_dir, mode=0o700, exist_ok=True)
        if st["kind"] == "shared_fs":
            # The "NFS export": one host directory, bound into every master at config_dir.
            shared = os.path.join(self.store_dir, "shared-fs")
            os.makedirs(shared, mode=0o755, exist_ok=True)
            path = os.path.join(shared, st["config_name"])
            if not os.path.exists(path):
                write(path, self.store_content().decode())
            return
        pidfile = os.path.join(self.store_dir, "pid")
        if only_missing and os.path.exists(pidfile) and pid_alive(int(open(pidfile).read())):
            return
        data = os.path.join(self.store_dir, "data")
        os.makedirs(data, mode=0o700, exist_ok=True)
        argv = emulators.command(st, data)
        if st["kind"] == "azure":
            # The account key reaches azurite through its environment, not its command line.
            env_file = os.path.join(self.store_dir, "azurite.env")
            write(env_file, f"AZURITE_ACCOUNTS={st['account_name']}:{st['account_key']}\n", 0o600)
            argv = ["/bin/sh", "-c", 'set -a; . "$0"; set +a; exec "$@"', env_file] + argv
        pid = self.spawn(argv, os.path.join(self.store_dir, "emulator.log"))
        write(pidfile, f"{pid}\n")
        deadline = time.time() + 30
        while not port_open(st["ip"], st["port"]):
            if not pid_alive(pid) or time.time() > deadline:
                raise SimError(f"the {st['kind']} emulator did not start on {st['ip']}:"
                               f"{st['port']}; see {self.store_dir}/emulator.log")
            time.sleep(0.1)
        self.seed_store()

    def seed_store(self):
        """Exhibitor's shared config in the bucket / container, written once: what the first
        master's Exhibitor stored (S3ConfigProvider / AzureConfigProvider storeConfig)."""
        st, err = self.store, None
        for _ in range(50):
            try:
                if st["kind"] == "s3":
                    if objstore.s3_get(st, st["prefix"])[0] is None:
                        objstore.s3_put(st, st["prefix"], self.store_content())
                else:
                    objstore.azure_create_container(st, st["container"])
                    if objstore.azure_get(st, st["container"], st["prefix"])[0] is None:
                        objstore.azure_put(st, st["container"], st["prefix"],
                                           self.store_content())
                return
            except (OSError, objstore.StoreError) as e:
                err = e
                time.sleep(0.2)
        raise SimError(f"could not write Exhibitor's config to the {st['kind']} emulator: {err}")

    def store_status(self):
        """Where the store is and what it holds (status --json `storage`)."""
        st = self.store
        out = {"backend": self.t.get("exhibitor_storage_backend"), **st}
        if st["kind"] == "shared_fs":
            out["host_dir"] = os.path.join(self.store_dir, "shared-fs")
            out["running"] = os.path.isdir(out["host_dir"])
        else:
            out["running"] = port_open(st["ip"], st["port"])
            out["pid"] = next(iter(recorded_pids(self.store_dir)), None)
        return out

    # --- masters ---
    def create_master(self, m):
        ip, md, t = m["ip"], self.mdir(m["ip"]), self.t
        for d in ("opt/etc", "opt/active", "dcos/exhibitor", "sbin", "ssh", "run",
                  "run-dcos-exhibitor", "run-exhibitor-migration"):
            os.makedirs(os.path.join(md, d), mode=0o755, exist_ok=True)
        extra = {}
        if t.get("enterprise"):
            # DC/OS Enterprise renders config.yaml's zk_*_credentials into root-only files; the
            # ZooKeeper JVM gets the super user's digest (README: Enterprise).
            creds = self.enterprise_credentials()
            for name in ("zk_super_credentials", "zk_master_credentials"):
                write(os.path.join(md, "opt/etc", name), creds[name], 0o600)
            extra["zk_super_digest"] = _workload().super_digest(creds["zk_super_credentials"])
        write(os.path.join(md, "master.json"), json.dumps(dict(
            m, topology=self.name, profile=T.PROFILES[self.profile], zookeeper=self.zk_version,
            zk_jars=self.zk_jars, missing_host=t.get("missing_host", "error"),
            store=self.store,
            dcos_version=t.get("dcos_version", "2.2"), **extra)))
        # A pkgpanda symlink into the dcos-config package, as on a real master.
        dcos.install_env_file(os.path.join(md, "opt"), t)
        write(os.path.join(md, "opt/etc/master_count"), f"{len(t['masters'])}\n")
        if t.get("exhibitor_admin_password"):
            # gen/dcos-config.yaml renders both 0644, the password in clear in the realm.
            write(os.path.join(md, "opt/etc/exhibitor_web.xml"), templates.exhibitor_web_xml())
            write(os.path.join(md, "opt/etc/exhibitor_realm"),
                  templates.exhibitor_realm(t["exhibitor_admin_password"]))
        if t.get("exhibitor_tls") and not self.sshd_only:
            self.write_tls(m)
        for tool in ("systemctl", "journalctl"):
            write(os.path.join(md, "sbin", tool), templates.wrapper(
                tool, ip, self.dir, md, m["hostname"] if self.sshd_only else None), 0o755)
        self.write_sudoers(m, refuse=False)
        for kind in ("ed25519", "ecdsa"):
            run("ssh-keygen", "-q", "-t", kind, "-N", "", "-C", f"root@{m['hostname']}",
                "-f", os.path.join(md, "ssh", f"ssh_host_{kind}_key"))
        write(os.path.join(md, "ssh", "sshd_config"), templates.sshd_config(m, t, self.dir, md))
        run("/usr/sbin/sshd", "-t", "-f", os.path.join(md, "ssh", "sshd_config"))
        ns = self.nsfile(ip)
        open(ns, "w").close()
        # A persistent mount namespace (bound to ns/<ip>): the master's own /opt/mesosphere,
        # /var/lib/dcos, /usr/local/sbin (found first by sudo's secure_path), systemctl and
        # journalctl (for PATHs without /usr/local/sbin) and sudoers policy.
        script = ('mount --bind "$1/opt" /opt/mesosphere && mount --bind "$1/dcos" /var/lib/dcos'
                  ' && mount --bind "$1/run-dcos-exhibitor" /run/dcos_exhibitor'
                  ' && mount --bind "$1/run-exhibitor-migration" /run/exhibitor-migration'
                  ' && mount --bind "$1/sbin" /usr/local/sbin'
                  ' && mount --bind "$1/sbin/systemctl" /usr/bin/systemctl'
                  ' && mount --bind "$1/sbin/journalctl" /usr/bin/journalctl'
                  ' && mount --bind "$1/sudoers" "$2"')
        # sudo's PAM stack with a faillock tally of the master's own (README: failed sudo passwords).
        os.makedirs(os.path.join(md, "run", "faillock"), mode=0o700, exist_ok=True)
        write(os.path.join(md, "pam-sudo"), templates.pam_sudo(os.path.join(md, "run", "faillock")))
        script += ' && mount --bind "$1/pam-sudo" ' + PAM_SUDO
        if self.sshd_only and os.path.exists(PAM_SSHD):
            # Cheaper sessions for masters that share two cores by the dozen (README: sshd_only).
            with open(PAM_SSHD) as f:
                write(os.path.join(md, "pam-sshd"), templates.pam_sshd(f.read()))
            script += ' && mount --bind "$1/pam-sshd" ' + PAM_SSHD
        if self.store and self.store["kind"] == "shared_fs":
            # The shared directory at exhibitor_fs_config_dir, as an NFS mount would be.
            os.makedirs(os.path.join(md, "dcos", os.path.basename(self.store["config_dir"])),
                        mode=0o755, exist_ok=True)
            script += (' && mount --bind "$3" ' + self.store["config_dir"])
        run("unshare", f"--mount={ns}", "--propagation", "private", "--",
            "/bin/sh", "-c", script, "sh", md, self.sudoers_dropin(),
            os.path.join(self.store_dir, "shared-fs"))

    def enterprise_credentials(self):
        """The cluster's zk_super_credentials and zk_master_credentials (one pair per `up`)."""
        if not getattr(self, "_creds", None):
            w = _workload()
            self._creds = {"zk_super_credentials": w.new_credentials("super"),
                           "zk_master_credentials": w.new_credentials("dcos_master")}
        return self._creds

    # --- the live workload (lib/workload.py) ---
    @property
    def load_dir(self):
        return os.path.join(self.dir, "load")

    def seed(self):
        """The DC/OS tree (and on Enterprise its ACLs), once."""
        try:
            return _workload().seed(self.dir)
        except Exception as e:  # kazoo's errors have no common base with OSError
            raise SimError(f"could not build the DC/OS tree in ZooKeeper: {e!r}")

    def load_pid(self):
        try:
            pid = int(open(os.path.join(self.load_dir, "pid")).read())
            return pid if pid_alive(pid) else 0
        except (OSError, ValueError):
            return 0

    def load_start(self, timeout=60):
        if self.load_pid():
            return
        self.seed()
        status = os.path.join(self.load_dir, "status.json")
        if os.path.exists(status):
            os.unlink(status)
        pid = self.spawn(["/usr/bin/python3", os.path.join(self.dir, "lib", "workload.py"), "run",
                          self.dir], os.path.join(self.load_dir, "workload.log"))
        write(os.path.join(self.load_dir, "pid"), f"{pid}\n", 0o600)
        deadline = time.time() + timeout
        while time.time() < deadline and pid_alive(pid):
            try:
                st = json.load(open(status))
                if st.get("pid") == pid and st.get("state") == "running":
                    return
            except (OSError, ValueError):
                pass
            time.sleep(0.1)
        raise SimError(f"the workload did not start; see {self.load_dir}/workload.log")

    def load_stop(self):
        pid = self.load_pid()
        if pid:
            kill_all(lambda: {pid}, grace=20)  # SIGTERM: sessions closed, records complete

    def load_report(self):
        if not os.path.exists(os.path.join(self.load_dir, "status.json")):
            raise SimError(f"no load has run on {self.name} (sim load start {self.name})")
        try:
            return _workload().report(self.dir)
        except SimError:
            raise
        except Exception as e:
            raise SimError(f"could not read back the workload's writes: {e!r}")

    def tls_ca(self):
        """A throwaway CA per sim (DC/OS Enterprise: its bootstrap CA), made once at `up`."""
        ca_key, ca_crt = (os.path.join(self.dir, "client", f) for f in ("ca.key", "ca.crt"))
        if not os.path.exists(ca_crt):
            run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", ca_key, "-out", ca_crt, "-days", "30",
                "-subj", f"/CN=emw-sim {self.name} bootstrap CA")
            os.chmod(ca_key, 0o600)
        return ca_key, ca_crt

    def write_tls(self, m):
        """What bootstrap_exhibitor_tls.py leaves on an Enterprise master: the entities'
        PEM files in /var/lib/dcos/exhibitor/.pki (root, 0600) and the three keystores in
        /var/lib/dcos/exhibitor-tls-artifacts (0640; PKCS#12, which Java reads as .jks too),
        server and client certificates for <ip>,localhost,127.0.0.1,exhibitor."""
        ca_key, ca_crt = self.tls_ca()
        md = self.mdir(m["ip"])
        pki, arts = os.path.join(md, "dcos/exhibitor/.pki"), \
            os.path.join(md, "dcos/exhibitor-tls-artifacts")
        for d in (pki, arts):
            os.makedirs(d, mode=0o700, exist_ok=True)
        shutil.copy(ca_crt, os.path.join(pki, "root-ca.crt"))
        sans = f"subjectAltName=IP:{m['ip']},DNS:localhost,IP:127.0.0.1,DNS:exhibitor"
        pw = "pass:not-relevant-for-security"
        for entity in ("server", "client"):
            key, csr, crt = (os.path.join(pki, f"{entity}.{x}") for x in ("key", "csr", "crt"))
            run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", key, "-out", csr, "-subj", f"/CN={m['ip']} {entity}")
            run("openssl", "x509", "-req", "-in", csr, "-CA", ca_crt, "-CAkey", ca_key,
                "-CAcreateserial", "-out", crt, "-days", "30", "-extfile", "/dev/stdin",
                input=sans + "\n")
            os.unlink(csr)
            run("openssl", "pkcs12", "-export", "-inkey", key, "-in", crt, "-certfile", ca_crt,
                "-name", entity, "-passout", pw,
                "-out", os.path.join(arts, f"{entity}store.jks"))
        run("openssl", "pkcs12", "-export", "-nokeys", "-in", ca_crt, "-passout", pw,
            "-out", os.path.join(arts, "truststore.jks"))
        for d, mode in ((pki, 0o600), (arts, 0o640)):
            for f in os.listdir(d):
                os.chmod(os.path.join(d, f), mode)

    def write_sudoers(self, m, refuse):
        path = os.path.join(self.mdir(m["ip"]), "sudoers")
        text = templates.sudoers(self.name, m["ip"], self.t, m["sudo_password"], refuse)
        tmp = path + ".new"
        write(tmp, text, 0o440)
        run("visudo", "-c", "-q", "-f", tmp)
        # Rewrite in place: the file is bind-mounted, a rename would not reach the namespace.
        with open(tmp) as src, open(path, "w") as dst:
            dst.write(src.read())
        os.chmod(path, 0o440)
        os.unlink(tmp)

    def start_sshd(self, ip):
        md = self.mdir(ip)
        # sshd_only masters: -r, no re-exec of sshd for every connection (~5 ms CPU each); the
        # client sees the same sshd, config and keys.
        pid = self.spawn(["nsenter", f"--mount={self.nsfile(ip)}", "--", "/usr/sbin/sshd", "-D"]
                         + (["-r"] if self.sshd_only else [])
                         + ["-f", f"{md}/ssh/sshd_config", "-E", f"{md}/ssh/sshd.log"],
                         f"{md}/ssh/sshd.log")
        write(os.path.join(md, "ssh", "pid"), f"{pid}\n")
        deadline = time.time() + 10
        while time.time() < deadline:
            if port_open(ip, self.t["ssh_port"]):
                return
            if not pid_alive(pid):
                break
            time.sleep(0.05)
        raise SimError(f"sshd on {ip}:{self.t['ssh_port']} did not start; see {md}/ssh/sshd.log")

    def sshd_pid(self, ip):
        try:
            pid = int(open(os.path.join(self.mdir(ip), "ssh", "pid")).read())
            return pid if pid_alive(pid) else 0
        except (OSError, ValueError):
            return 0

    def start_exhibitor(self, ip):
        md = self.mdir(ip)
        self.spawn(["nsenter", f"--mount={self.nsfile(ip)}", "--", "/usr/local/sbin/systemctl",
                    "start", "dcos-exhibitor"], os.path.join(md, "run", "boot.log"))
        # Until the unit is starting: its ZooKeeper joins only check-ms later (and from 2.2 on
        # `systemctl start` returns only then), so the masters start side by side.
        deadline = time.time() + 10
        while time.time() < deadline and unit_state(md) not in ("active", "activating"):
            time.sleep(0.05)

    def ensure_running(self):
        """`up` on a running sim: restart whatever is not running, keep all data."""
        if self.store:
            self.start_store(only_missing=True)
        elif not self.sshd_only:
            self.start_backend(only_missing=True)
        for m in self.t["masters"]:
            if not self.sshd_pid(m["ip"]):
                self.start_sshd(m["ip"])
            if not self.sshd_only and unit_state(self.mdir(m["ip"])) != "active":
                self.start_exhibitor(m["ip"])
        # (the workload, if any, is started again by up() once the ensemble is healthy)

    # --- health ---
    def modes(self):
        return {m["ip"]: zkclient.srvr(m["ip"], timeout=1) for m in self.t["masters"]}

    def sshd_healthy(self):
        return all(self.sshd_pid(m["ip"]) and port_open(m["ip"], self.t["ssh_port"])
                   for m in self.t["masters"])

    def wait_healthy(self, timeout):
        deadline, modes = time.time() + timeout, {}
        if self.sshd_only:  # healthy: every sshd listening
            while not self.sshd_healthy():
                if time.time() >= deadline:
                    raise SimError(f"not every sshd is up after {timeout:.0f} s")
                time.sleep(0.2)
            return
        while time.time() < deadline:
            modes = self.modes()
            ms = [v["mode"] for v in modes.values()]
            if ms.count("leader") == 1 and ms.count("follower") == len(ms) - 1:
                return
            time.sleep(0.2)
        detail = ", ".join(f"{ip} {v['mode']}" for ip, v in modes.items())
        raise SimError(f"ensemble not healthy after {timeout:.0f} s: {detail}")

    # --- down ---
    def down(self, owner=None):
        fd = lock_base()
        try:
            if owner is not None:
                # The keeper's cleanup after a killed `up`: only that run's, never a newer one.
                try:
                    state = json.load(open(self.state_path))
                except (OSError, ValueError):
                    return
                if state.get("owner_pid") != owner or state.get("complete"):
                    return
            self.down_locked()
        finally:
            os.close(fd)

    def down_locked(self):
        nsdir, mounted = os.path.join(self.dir, "ns"), mount_points()
        ns_files = [os.path.join(nsdir, f) for f in
                    (os.listdir(nsdir) if os.path.isdir(nsdir) else [])]
        # A bound namespace file's inode number is the namespace's id (/proc/PID/ns/mnt).
        ns_ids = {os.stat(f).st_ino for f in ns_files if f in mounted}
        keeper_pid = 0
        try:
            keeper_pid = json.load(open(self.state_path)).get("keeper_pid", 0)
        except (OSError, ValueError):
            pass
        recorded = set(recorded_pids(self.dir))
        # Everything but the keeper first, so it can reap them; then the keeper.
        kill_all(lambda: (sim_pids(self.name, ns_ids) | recorded) - {keeper_pid})
        kill_all(lambda: {keeper_pid})
        for f in ns_files:
            if f in mounted:
                umount(f)
        for _ in range(3):  # a bind on the same device: os.path.ismount() would miss it
            if self.dir in mount_points():
                umount(self.dir)
        if os.path.exists(self.sudoers_dropin()):
            os.unlink(self.sudoers_dropin())
        shutil.rmtree(self.dir, ignore_errors=True)
        others = [d for d in os.listdir(BASE) if os.path.isdir(os.path.join(BASE, d))]
        created_path = os.path.join(BASE, "host-dirs.json")
        if not others:
            # Last topology down: remove the host directories the sim had to create.
            if os.path.exists(created_path):
                for d in reversed(json.load(open(created_path))):
                    try:
                        os.rmdir(d)
                    except OSError:
                        pass
                os.unlink(created_path)
            for user in (self.t["key_user"], self.t["password_user"]):
                if os.path.isfile(f"/run/sudo/ts/{user}"):  # sudo's per-user timestamps
                    os.unlink(f"/run/sudo/ts/{user}")
            # The fixture password must not outlive the sims: the machine's own sshd may
            # accept passwords from a network.
            if run("id", self.t["password_user"], check=False).returncode == 0:
                run("usermod", "-p", "*", self.t["password_user"], check=False)
            try:
                os.rmdir(BASE)
            except OSError:
                pass

    # --- faults ---
    def fault(self, ip, kind, seconds):
        m, md = self.master(ip), self.mdir(ip)
        if kind == "sshd-down":
            pid = self.sshd_pid(ip)
            if pid:
                kill_all(lambda: {pid})
        elif kind == "sshd-up":
            if not self.sshd_pid(ip):
                self.start_sshd(ip)
        elif kind in ("zk-fail-start", "zk-ok"):
            set_fault(md, zk_fail_start=(kind == "zk-fail-start"))
        elif kind == "delay-restart":
            if seconds is None or seconds < 0:
                raise SimError("delay-restart needs a number of seconds (0 to clear)")
            set_fault(md, start_delay=seconds)
        elif kind == "kill-zk":
            try:
                os.kill(int(open(os.path.join(md, "run", "zk.pid")).read()), signal.SIGKILL)
            except (OSError, ValueError):
                raise SimError(f"no ZooKeeper process is running on {ip}")
        elif kind in ("sudo-refuse", "sudo-ok"):
            self.write_sudoers(m, refuse=(kind == "sudo-refuse"))

    # --- status ---
    def status(self):
        t = self.t
        out = {"name": self.name, "profile": self.profile, "state_dir": self.dir,
               "ssh_port": t["ssh_port"], "client_key": self.client_key,
               "known_hosts": os.path.join(self.dir, "client", "known_hosts"),
               "users": {"key_user": t["key_user"], "password_user": t["password_user"],
                         "password": t["password"]},
               "masters": [], "backend": []}
        out["sshd_only"] = self.sshd_only
        out["workload"] = {"running": bool(self.load_pid()), "records": self.load_dir}
        out["enterprise"] = bool(t.get("enterprise"))
        out["exhibitor_storage_backend"] = t.get("exhibitor_storage_backend", "zookeeper")
        if self.store:
            out["storage"] = self.store_status()
        for m in t["masters"]:
            ip, md = m["ip"], self.mdir(m["ip"])
            if self.sshd_only:  # nothing listens on 2181: no probes to wait for
                s, conf = {"mode": None, "zxid": None}, ""
            else:
                s = zkclient.srvr(ip, timeout=1)
                conf = zkclient.four_letter(ip, 2181, "conf", 1) or ""
            sid = next((int(line.split("=", 1)[1]) for line in conf.splitlines()
                        if line.startswith("serverId=")), None)
            out["masters"].append({
                "ip": ip, "id": m["id"], "hostname": m["hostname"],
                "sshd": bool(self.sshd_pid(ip)) and port_open(ip, t["ssh_port"]),
                "exhibitor": unit_state(md), "mode": s["mode"],
                "zxid": None if s["zxid"] is None else hex(s["zxid"]), "server_id": sid,
                "host_keys": [f"{md}/ssh/ssh_host_{k}_key.pub" for k in ("ed25519", "ecdsa")]})
        for ip in t["backend"]:
            out["backend"].append({"ip": ip, "mode": zkclient.srvr(ip, timeout=1)["mode"]})
        modes = [m["mode"] for m in out["masters"]]
        out["healthy"] = modes.count("leader") == 1 and modes.count("follower") == len(modes) - 1
        if self.sshd_only:
            out["healthy"] = all(m["sshd"] for m in out["masters"])
        return out


def _workload():
    """lib/workload.py, imported on demand: it needs python3-kazoo, the rest of the sim does not."""
    try:
        import workload
    except ImportError as e:
        raise SimError(f"the workload and enterprise options need python3-kazoo ({e})")
    return workload


def write_known_hosts(sim):
    lines = []
    for m in sim.t["masters"]:
        for k in ("ed25519", "ecdsa"):
            key = open(f"{sim.mdir(m['ip'])}/ssh/ssh_host_{k}_key.pub").read().split()[:2]
            # OpenSSH looks up a bare host for port 22 and [host]:port otherwise.
            host = m["ip"] if sim.t["ssh_port"] == 22 else f"[{m['ip']}]:{sim.t['ssh_port']}"
            lines.append(f"{host} {' '.join(key)}\n")
    write(os.path.join(sim.dir, "client", "known_hosts"), "".join(lines))


def unit_state(mdir):
    try:
        st = json.load(open(os.path.join(mdir, "run", "unit.json")))
    except (OSError, ValueError):
        return "inactive"
    if st["state"] in ("active", "activating") and not pid_alive(st.get("pid", 0)):
        return "failed"
    return st["state"]


def set_fault(mdir, **kv):
    path = os.path.join(mdir, "run", "faults.json")
    faults = json.load(open(path)) if os.path.exists(path) else {}
    faults.update(kv)
    write(path + ".tmp", json.dumps(faults))
    os.rename(path + ".tmp", path)


def print_status(st):
    print(f"topology {st['name']} (profile {st['profile']}), state {st['state_dir']}")
    u = st["users"]
    print(f"ssh port {st['ssh_port']}: {u['key_user']} with key {st['client_key']}; "
          f"{u['password_user']} with password {u['password']!r}")
    print(f"known_hosts {st['known_hosts']}")
    print(f"{'MASTER':<16}{'ID':>3}  {'SSHD':<5}{'EXHIBITOR':<10}{'MODE':<13}{'ZXID':<14}CONF-ID")
    for m in st["masters"]:
        print(f"{m['ip']:<16}{m['id']:>3}  {'up' if m['sshd'] else 'down':<5}{m['exhibitor']:<10}"
              f"{m['mode'] or '-':<13}{m['zxid'] or '-':<14}"
              f"{'-' if m['server_id'] is None else m['server_id']}")
    if st.get("sshd_only"):
        print("sshd only: no ZooKeeper, Exhibitor or backend")
    elif st.get("storage"):
        s = st["storage"]
        where = {"s3": lambda: f"s3rver {s['endpoint']} bucket {s['bucket']} key {s['prefix']}",
                 "azure": lambda: f"azurite {s['endpoint']}/{s['account_name']} container "
                                  f"{s['container']} blob {s['prefix']}",
                 "shared_fs": lambda: f"{s['config_dir']}/{s['config_name']} (host: "
                                      f"{s['host_dir']})"}[s["kind"]]()
        print(f"backend {s['backend']}: {where} {'up' if s['running'] else 'DOWN'}")
    else:
        print("backend: " + ", ".join(f"{b['ip']} {b['mode'] or 'down'}" for b in st["backend"]))
    print("healthy" if st["healthy"] else "NOT healthy")


def main(argv):
    ap = argparse.ArgumentParser(prog="sim", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("up")
    p.add_argument("topology")
    p.add_argument("--profile", choices=sorted(T.PROFILES),
                   help="fast (default; tests) or dcos (DC/OS's timing; benchmarks, demos)")
    p = sub.add_parser("down")
    p.add_argument("topology")
    p.add_argument("--owner", type=int, help=argparse.SUPPRESS)  # the keeper's cleanup
    p = sub.add_parser("status")
    p.add_argument("topology")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("wait-healthy")
    p.add_argument("topology")
    p.add_argument("--timeout", type=float, default=60)
    p = sub.add_parser("fault")
    p.add_argument("topology")
    p.add_argument("master_ip")
    p.add_argument("kind", choices=FAULTS)
    p.add_argument("seconds", type=float, nargs="?")
    sub.add_parser("config-yaml").add_argument("topology")
    p = sub.add_parser("dcos-render")
    p.add_argument("config_yaml")
    p.add_argument("--dcos-version", choices=("2.2", "1.13"), default="2.2")
    p.add_argument("--tls", action="store_true", help="Enterprise's exhibitor_tls_enabled")
    p.add_argument("--topology", help="the cluster whose DC/OS version and Exhibitor TLS apply")
    p = sub.add_parser("load", help="DC/OS-like ZooKeeper clients: start, stop, report")
    p.add_argument("action", choices=("start", "stop", "report"))
    p.add_argument("topology")
    p.add_argument("--json", action="store_true", help="report as JSON")
    args = ap.parse_args(argv)

    if args.cmd == "config-yaml":
        sys.stdout.write(T.config_yaml(T.load(args.topology)))
        return 0
    if args.cmd == "dcos-render":
        with open(args.config_yaml) as f:
            config = yaml.safe_load(f)
        problems = dcos.validate_config(config if isinstance(config, dict) else {})
        for problem in problems:
            print(f"{args.config_yaml}: {problem}", file=sys.stderr)
        if problems:
            return 1
        version, tls = args.dcos_version, args.tls
        if args.topology:
            topo = T.load(args.topology)
            version, tls = topo.get("dcos_version", "2.2"), bool(topo.get("exhibitor_tls"))
        sys.stdout.write(dcos.render_env(config, version, tls))
        return 0
    if os.geteuid() != 0:
        raise SimError("the sim needs root (namespaces, mounts, users, sudoers)")
    if args.cmd == "up":
        sim = Sim(T.load(args.topology), args.profile)
        try:
            fresh = not json.load(open(sim.state_path)).get("complete")
        except (OSError, ValueError):
            fresh = True

        def interrupted(signum, _frame):
            raise Interrupted(signal.Signals(signum).name)
        for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(s, interrupted)
        started = time.time()
        try:
            sim.up()
        except (Exception, Interrupted) as e:
            print(f"sim up {sim.name} failed: {e}", file=sys.stderr)
            if fresh:  # leave nothing behind that this run started
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                sim.down()
            return 1
        print(f"sim {sim.name} up in {time.time() - started:.1f} s")
        print_status(sim.status())
        return 0
    sim, state = Sim.from_state(args.topology)
    if args.cmd == "down":
        sim.down(args.owner)
        return 0
    if state is None:
        raise SimError(f"{sim.name} is not up")
    if args.cmd == "status":
        st = sim.status()
        print(json.dumps(st, indent=1)) if args.json else print_status(st)
        return 0
    if args.cmd == "wait-healthy":
        sim.wait_healthy(args.timeout)
        return 0
    if args.cmd == "fault":
        sim.fault(args.master_ip, args.kind, args.seconds)
        return 0
    if args.cmd == "load":
        if sim.sshd_only:
            raise SimError(f"{sim.name} is sshd_only: no ZooKeeper to load")
        if args.action == "start":
            sim.load_start()
        elif args.action == "stop":
            sim.load_stop()
        else:
            r = sim.load_report()
            print(json.dumps(r, indent=1)) if args.json else _workload().print_report(r)
            return 0 if r["ok"] else 3
        return 0
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (SimError, T.TopologyError) as e:
        print(f"sim: {e}", file=sys.stderr)
        sys.exit(1)
    except BrokenPipeError:  # `sim status x | head`: the reader had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
