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
import journal
import zkclient

ENV_FILE = "/opt/mesosphere/etc/exhibitor"
EXHIBITOR_DIR = "/var/lib/dcos/exhibitor"
DATA_DIR = EXHIBITOR_DIR + "/zookeeper/snapshot"
LOG_DIR = EXHIBITOR_DIR + "/zookeeper/transactions"
ZOO_CFG = EXHIBITOR_DIR + "/conf/zoo.cfg"
JAVA_CP = ":".join("/usr/share/java/" + j for j in
                   ("zookeeper.jar", "slf4j-log4j12.jar", "log4j-1.2.jar"))
LOG4J = """log4j.rootLogger=INFO, CONSOLE
log4j.appender.CONSOLE=org.apache.log4j.ConsoleAppender
log4j.appender.CONSOLE.layout=org.apache.log4j.PatternLayout
log4j.appender.CONSOLE.layout.ConversionPattern=%-5p [%t:%C{1}@%L] - %m%n
"""


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
            if self.ip not in [ip for _, ip, _ in servers]:
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
            if self.server_id < 0:
                self.log(f"ERROR: {self.ip} is not in servers-spec {self.spec}; "
                         f"not starting ZooKeeper", "java")
            elif self.faults().get("zk_fail_start"):
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

    def write_config(self, servers):
        for d in (DATA_DIR, LOG_DIR, os.path.dirname(ZOO_CFG)):
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(DATA_DIR, "myid"), "w") as f:
            f.write(f"{self.server_id}\n")
        p = self.profile
        lines = ["# Written by Exhibitor (cluster-sim) at every ZooKeeper start",
                 f"tickTime={p['tickTime']}", f"initLimit={p['initLimit']}",
                 f"syncLimit={p['syncLimit']}", f"dataDir={DATA_DIR}", f"dataLogDir={LOG_DIR}",
                 "clientPort=2181", f"clientPortAddress={self.ip}",
                 # All masters share one network namespace: bind to our own IP only.
                 "quorumListenOnAllIPs=false",
                 # 3.5+ allows only srvr by default; DC/OS's 3.4 answered every word.
                 "4lw.commands.whitelist=*", "admin.enableServer=false",
                 # Small transaction-log preallocation: 8 servers on one disk.
                 "preAllocSize=4096"]
        lines += [f"server.{i}={ip}:2888:3888{':observer' if o else ''}"
                  for i, ip, o in sorted(servers)]
        with open(ZOO_CFG, "w") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.join(self.mdir, "run", "log4j.properties"), "w") as f:
            f.write(LOG4J)

    def run_zookeeper(self):
        cmd = ["/usr/bin/java", "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
               "-XX:-UsePerfData",  # no /tmp/hsperfdata files left behind after a kill
               "-Dlog4j.configuration=file:" + os.path.join(self.mdir, "run", "log4j.properties"),
               "-Dzookeeper.jmx.log4j.disable=true", "-cp", JAVA_CP,
               "org.apache.zookeeper.server.quorum.QuorumPeerMain", ZOO_CFG]
        self.java = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, cwd=EXHIBITOR_DIR)
        pidfile = os.path.join(self.mdir, "run", "zk.pid")
        with open(pidfile, "w") as f:
            f.write(f"{self.java.pid}\n")
        if self.stopping:  # SIGTERM arrived while we were starting
            self.java.terminate()
        for raw in self.java.stdout:
            self.log(raw.decode("utf-8", "replace").rstrip("\n"), "java", self.java.pid)
        rc = self.java.wait()
        os.unlink(pidfile)
        if not self.stopping:
            self.log(f"ZooKeeper process exited with code {rc}", "java")

    def zk_running(self):
        return self.java is not None and self.java.poll() is None
