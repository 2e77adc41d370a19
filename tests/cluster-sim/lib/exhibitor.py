"""The sim's Exhibitor: the main process of the dcos-exhibitor unit on one master.

Like DC/OS's start_exhibitor.py + Exhibitor it reads /opt/mesosphere/etc/exhibitor, finds the
server list (backend ensemble for ZK, EXHIBITOR_STATICENSEMBLE for STATIC), rewrites myid and
zoo.cfg, runs a real ZooKeeper bound to the master's IP, restarts it when it dies (Exhibitor's
instance monitor), forwards its output to the journal and serves a slice of Exhibitor's REST
API on <ip>:8181. Runs inside the master's mount namespace, so the paths are the DC/OS ones.
"""
import json
import os
import signal
import subprocess
import time

import exhibitor_rest
import javaprops
import journal
import zkclient
import zookeeper

ENV_FILE = "/opt/mesosphere/etc/exhibitor"
EXHIBITOR_DIR = "/var/lib/dcos/exhibitor"
DATA_DIR = EXHIBITOR_DIR + "/zookeeper/snapshot"
LOG_DIR = EXHIBITOR_DIR + "/zookeeper/transactions"
ZOO_CFG = EXHIBITOR_DIR + "/conf/zoo.cfg"


def read_env_file(path):
    """systemd EnvironmentFile semantics: KEY=value lines, surrounding quotes removed."""
    env = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith(("#", ";")) or "=" not in line:
                continue
            key, value = line.split("=", 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            env[key.strip()] = value
    return env


def parse_spec(spec):
    """'1:a,S:2:b,O:3:c' -> [(1, 'a', False), (2, 'b', False), (3, 'c', True)]."""
    servers = []
    for item in spec.replace("\\:", ":").split(","):
        parts = item.strip().split(":")
        if not parts or parts == [""]:
            continue
        observer = parts[0] == "O"
        if parts[0] in ("S", "O"):
            parts = parts[1:]
        if len(parts) != 2 or not parts[0].isdigit():
            raise ValueError(f"bad servers-spec entry {item!r}")
        servers.append((int(parts[0]), parts[1], observer))
    return servers


def read_backend_spec(connect, zpath):
    """Read com.netflix.exhibitor.servers-spec from <zpath>/configs/config on the backend."""
    node = zpath.rstrip("/") + "/configs/config"
    with zkclient.connect_any(connect.split(",")) as zk:
        text = zk.get(node).decode()
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == "com.netflix.exhibitor.servers-spec":
            return value.strip().replace("\\:", ":")
    raise ValueError(f"{node} has no com.netflix.exhibitor.servers-spec")


class Exhibitor:
    def __init__(self, mdir, master):
        self.mdir, self.m = mdir, master
        self.ip, self.profile = master["ip"], master["profile"]
        self.journal = os.path.join(mdir, "run", "journal")
        self.pid = os.getpid()
        self.stopping = False
        self.java = None
        self.spec, self.server_id = "", -1
        self.zk_version = master.get("zookeeper", zookeeper.DEFAULT)
        self.zk_jars = master.get("zk_jars") or zookeeper.jars(self.zk_version)

    def log(self, msg, ident="start_exhibitor.py", pid=None):
        journal.append(self.journal, ident, pid or self.pid, msg)

    def faults(self):
        try:
            with open(os.path.join(self.mdir, "run", "faults.json")) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def fail(self, msg):
        self.log(msg)
        for line in ("dcos-exhibitor.service: main process exited, code=exited, status=1/FAILURE",
                     "Unit dcos-exhibitor.service entered failed state.",
                     "dcos-exhibitor.service failed."):
            journal.append(self.journal, "systemd", 1, line)
        raise SystemExit(1)

    def on_term(self, *_):
        self.stopping = True
        if self.java and self.java.poll() is None:
            self.java.terminate()

    def sleep(self, seconds):
        end = time.time() + seconds
        while not self.stopping and time.time() < end:
            time.sleep(0.1)

    def run(self):
        signal.signal(signal.SIGTERM, self.on_term)
        try:
            env = read_env_file(ENV_FILE)
        except OSError as e:
            self.fail(f"ERROR: cannot read {ENV_FILE}: {e.strerror}")
        backend = env.get("EXHIBITOR_BACKEND", "")
        if backend == "STATIC":
            self.log("Exhibitor configured for static ZK ensemble")
            try:
                servers = parse_spec(env.get("EXHIBITOR_STATICENSEMBLE", ""))
            except ValueError as e:
                self.fail(f"ERROR: EXHIBITOR_STATICENSEMBLE: {e}")
            # DC/OS >= 1.10.9 checks this in start_exhibitor.py (COPS-3485); before, Exhibitor
            # ran and started ZooKeeper "in standalone mode" (missing_host: standalone).
            if self.ip not in [ip for _, ip, _ in servers] and \
                    self.m.get("missing_host", "error") == "error":
                self.fail(f"ERROR: ip-detect returned {self.ip}. "
                          f"{self.ip} is not in the configured list of masters.")
            args = ["--configtype=static", "--staticensemble",
                    env.get("EXHIBITOR_STATICENSEMBLE", "")]
        elif backend == "ZK":
            connect, zpath = env.get("ZK_CONFIG_CONNECT", ""), env.get("ZK_CONFIG_ZPATH", "/")
            self.log(f"Exhibitor configured for ZooKeeper backend {connect} at {zpath}")
            args = ["--configtype=zookeeper", "--zkconfigconnect", connect,
                    "--zkconfigzpath", zpath]
        else:
            self.fail(f"ERROR: EXHIBITOR_BACKEND={backend!r} is not supported by the cluster-sim")
        self.log("Running exhibitor as command: " + str(
            ["java", "-jar", "/opt/mesosphere/active/exhibitor/usr/exhibitor/exhibitor.jar",
             "--port", "8181", "--hostname", self.ip] + args))
        exhibitor_rest.start(self)
        while not self.stopping:
            self.sleep(float(self.faults().get("start_delay", self.m.get("slow_start", 0))))
            if self.stopping:
                break
            if backend == "ZK":
                try:
                    spec = read_backend_spec(connect, zpath)
                except (OSError, ValueError, zkclient.ZkError) as e:
                    self.log(f"ERROR: could not read the shared config from {connect}: {e}", "java")
                    self.sleep(self.profile["monitor_s"])
                    continue
                servers = parse_spec(spec)
            self.spec = ",".join(f"{'O:' if o else ''}{i}:{ip}" for i, ip, o in servers)
            self.server_id = next((i for i, ip, _ in servers if ip == self.ip), -1)
            if self.faults().get("zk_fail_start"):
                self.log("ERROR [main:QuorumPeerMain@99] - Unexpected exception, exiting abnormally"
                         "\njava.io.IOException: simulated start failure (sim fault zk-fail-start)",
                         "java")
            else:
                self.write_config(servers)
                self.run_zookeeper()
            if not self.stopping:
                self.log(f"Instance monitor: ZooKeeper is not running; next attempt in "
                         f"{self.profile['monitor_s']} s", "java")
                self.sleep(self.profile["monitor_s"])
        raise SystemExit(143)

    def log_exhibitor(self, level, msg, thread="ActivityQueue-0"):
        """A line of Exhibitor's own log (its log4j.properties: `%-5p %c %x %m [%t]%n`)."""
        self.log(f"{level:<5} com.netflix.exhibitor.core.activity.ActivityLog  {msg} [{thread}]",
                 "java")

    def write_config(self, servers):
        """StandardProcessOperations.prepConfigFile: myid as "%d\\n" (deleted when this host
        is not in the servers list: "standalone mode"), zoo.cfg with Properties.store."""
        for d in (DATA_DIR, LOG_DIR, os.path.dirname(ZOO_CFG)):
            os.makedirs(d, exist_ok=True)
        myid = os.path.join(DATA_DIR, "myid")
        if self.server_id >= 0:
            with open(myid, "w") as f:
                f.write("%d\n" % self.server_id)
        else:
            self.log_exhibitor("INFO", "Starting in standalone mode")
            if os.path.exists(myid):
                os.unlink(myid)
        us = next((o for i, ip, o in servers if ip == self.ip), False)
        text = javaprops.exhibitor_zoo_cfg(
            zookeeper.zoo_cfg_extra(self.zk_version, self.profile, self.ip), DATA_DIR, LOG_DIR,
            2181, [(i, f"{ip}:2888:3888{':observer' if o else ''}") for i, ip, o in servers],
            observer=us)
        with open(ZOO_CFG, "w") as f:
            f.write(text)
        with open(os.path.join(self.mdir, "run", "log4j.properties"), "w") as f:
            f.write(zookeeper.LOG4J)

    def run_zookeeper(self):
        cmd = zookeeper.command(self.zk_version, self.zk_jars, ZOO_CFG,
                                os.path.join(self.mdir, "run", "log4j.properties"))
        cmd[1:1] = enterprise_jvm_flags(self.m)  # sim-load: Enterprise super user (one line)
        self.java = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, cwd=EXHIBITOR_DIR)
        pidfile = os.path.join(self.mdir, "run", "zk.pid")
        with open(pidfile, "w") as f:
            f.write(f"{self.java.pid}\n")
        if self.stopping:  # SIGTERM arrived while we were starting
            self.java.terminate()
        # One journal entry per log event, a stack trace included (DC/OS: the journal appender).
        for record in zookeeper.split_records(self.java.stdout):
            journal.append_entry(self.journal, "java", self.java.pid, record)
        rc = self.java.wait()
        os.unlink(pidfile)
        if not self.stopping:
            self.log(f"ZooKeeper process exited with code {rc}", "java")

    def zk_running(self):
        return self.java is not None and self.java.poll() is None


def enterprise_jvm_flags(master):
    """sim-load (README: Enterprise): DC/OS Enterprise starts ZooKeeper with its super user's
    digest, from config.yaml's zk_super_credentials; the sim puts it in master.json."""
    digest = master.get("zk_super_digest")
    return [f"-Dzookeeper.DigestAuthenticationProvider.superDigest={digest}"] if digest else []
