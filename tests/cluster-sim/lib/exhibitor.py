"""The sim's Exhibitor: the main process of the dcos-exhibitor unit on one master.

Like DC/OS's start_exhibitor.py it reads /opt/mesosphere/etc/exhibitor and master_count, writes
/run/dcos_exhibitor/exhibitor_defaults.conf and picks the config provider (STATIC, single master,
ZK); then, like Exhibitor (exhibitor_core.py: activity queue, config manager, instance monitor),
it starts ZooKeeper at its first instance check, check-ms after start, rewrites myid and zoo.cfg
from its config at every start, runs a real ZooKeeper bound to the master's IP, forwards its
output to the journal and serves Exhibitor's REST API on <ip>:8181 (exhibitor_rest.py). Runs
inside the master's mount namespace, so the paths are the DC/OS ones.
"""
import json
import os
import signal
import subprocess
import threading
import time

import exhibitor_core
import exhibitor_rest
import javaprops
import journal
import templates
import zkclient
import zookeeper

ENV_FILE = "/opt/mesosphere/etc/exhibitor"
EXHIBITOR_DIR = "/var/lib/dcos/exhibitor"
DATA_DIR = EXHIBITOR_DIR + "/zookeeper/snapshot"
LOG_DIR = EXHIBITOR_DIR + "/zookeeper/transactions"
ZOO_CFG = EXHIBITOR_DIR + "/conf/zoo.cfg"
DEFAULTS_FILE = "/run/dcos_exhibitor/exhibitor_defaults.conf"
MASTER_COUNT = "/opt/mesosphere/etc/master_count"
# S3's explicit keys and Azure's account (gen/dcos-config.yaml /etc/exhibitor.properties).
PROPERTIES_FILE = "/opt/mesosphere/etc/exhibitor.properties"
WEB_XML, REALM = "/opt/mesosphere/etc/exhibitor_web.xml", "/opt/mesosphere/etc/exhibitor_realm"
TLS_DIR = "/var/lib/dcos/exhibitor-tls-artifacts"
PKI_DIR = EXHIBITOR_DIR + "/.pki"


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


def read_realm(path):
    """Jetty's realm file `user: password[,role...]`: the admin's credentials."""
    with open(path) as f:
        for line in f:
            user, sep, rest = line.partition(":")
            if sep and user.strip() == "admin":
                return "admin", rest.strip().split(",")[0].strip()
    return None


class Exhibitor:
    def __init__(self, mdir, master):
        self.mdir, self.m = mdir, master
        self.ip, self.profile = master["ip"], master["profile"]
        self.journal = os.path.join(mdir, "run", "journal")
        self.pid = os.getpid()
        self.stopping = False
        self.java = None
        self.server_id = -1
        self.zk_version = master.get("zookeeper", zookeeper.DEFAULT)
        self.zk_jars = master.get("zk_jars") or zookeeper.jars(self.zk_version)
        self.core = None        # exhibitor_core.ExhibitorCore once the "JVM" is up
        self.zk_config = None   # the InstanceConfig ZooKeeper was last started with
        self.zk_lock = threading.Lock()
        self.launch = 0         # generation of ZooKeeper starts; a kill cancels a pending one
        self.launching = False
        self.security = None    # (user, password) when exhibitor_web.xml and the realm exist
        self.tls = False        # HTTPS with required client certificates (Enterprise)

    def log(self, msg, ident="start_exhibitor.py", pid=None):
        journal.append(self.journal, ident, pid or self.pid, msg)

    def log_exhibitor(self, level, msg, thread):
        """Exhibitor's own log: log4j's console layout `%-5p %c %x %m [%t]%n` on the stdout
        that systemd gave start_exhibitor.py, which exec'd the JVM (same PID, same stream)."""
        self.log(f"{level:<5} com.netflix.exhibitor.core.activity.ActivityLog  {msg} [{thread}]")

    def faults(self):
        try:
            with open(os.path.join(self.mdir, "run", "faults.json")) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def fail(self, msg):
        # start_exhibitor.py prints and exits 1; systemd (service.py) logs the failure and,
        # Restart=always, starts it again after RestartSec.
        self.log(msg)
        raise SystemExit(1)

    def on_term(self, *_):
        self.stopping = True
        if self.java and self.java.poll() is None:
            self.java.terminate()

    def sleep(self, seconds):
        end = time.time() + seconds
        while not self.stopping and time.time() < end:
            time.sleep(0.1)

    def write_defaults(self, master_count):
        """start_exhibitor.py writes the defaults file at every start (RuntimeDirectory)."""
        text = templates.defaults_conf(self.profile, master_count,
                                       self.m.get("dcos_version", "2.2"))
        os.makedirs(os.path.dirname(DEFAULTS_FILE), exist_ok=True)
        with open(DEFAULTS_FILE, "w") as f:
            f.write(text)
        return javaprops.load(text)

    def run(self):
        signal.signal(signal.SIGTERM, self.on_term)
        try:
            env = read_env_file(ENV_FILE)
        except OSError as e:
            self.fail(f"ERROR: cannot read {ENV_FILE}: {e.strerror}")
        try:
            with open(MASTER_COUNT) as f:
                master_count = int(f.read().strip())
        except (OSError, ValueError) as e:
            self.fail(f"ERROR: cannot read {MASTER_COUNT}: {e}")
        defaults = self.write_defaults(master_count)
        backend = env.get("EXHIBITOR_BACKEND", "")
        if backend == "STATIC":
            self.log("Exhibitor configured for static ZK ensemble")
            ensemble = env.get("EXHIBITOR_STATICENSEMBLE", "")
            try:
                servers = parse_spec(ensemble)
            except ValueError as e:
                self.fail(f"ERROR: EXHIBITOR_STATICENSEMBLE: {e}")
            # DC/OS >= 1.10.9 checks this in start_exhibitor.py (COPS-3485); before, Exhibitor
            # ran and started ZooKeeper "in standalone mode" (missing_host: standalone).
            if self.ip not in [ip for _, ip, _ in servers] and \
                    self.m.get("missing_host", "error") == "error":
                self.fail(f"ERROR: ip-detect returned {self.ip}. "
                          f"{self.ip} is not in the configured list of masters.")
            args = ["--configtype=static", "--staticensemble", ensemble]
            provider = exhibitor_core.StaticConfigProvider(ensemble, defaults)
        elif master_count == 1:
            # start_exhibitor.py: a single master always runs static (DCOS-6147).
            self.log("Exhibitor configured for single master/static backend")
            args = ["--configtype=static", "--staticensemble=1:" + self.ip]
            provider = exhibitor_core.StaticConfigProvider("1:" + self.ip, defaults)
        elif backend == "ZK":
            connect, zpath = env.get("ZK_CONFIG_CONNECT", ""), env.get("ZK_CONFIG_ZPATH", "/")
            self.log("Exhibitor configured for Zookeeper")
            args = ["--configtype=zookeeper", "--zkconfigconnect=" + connect,
                    "--zkconfigzpath=" + zpath]
            provider = exhibitor_core.ZookeeperConfigProvider(connect, zpath, defaults)
        elif backend in ("AWS_S3", "AZURE", "SHARED_FS"):
            args, provider = self.store_provider(env, backend, defaults)
        else:
            self.fail(f"ERROR: No known exhibitor backend: {backend}")
        security = []
        if os.path.exists(WEB_XML) and os.path.exists(REALM):
            security = ["--security", WEB_XML, "--realm", "DCOS:" + REALM,
                        "--remoteauth", "basic:admin"]
            self.security = read_realm(REALM)
        self.tls = all(os.path.exists(os.path.join(TLS_DIR, f)) for f in
                       ("truststore.jks", "clientstore.jks", "serverstore.jks"))
        self.log("Running exhibitor as command: " + str(
            ["java", "-jar", "/opt/mesosphere/active/exhibitor/usr/exhibitor/exhibitor.jar",
             "--port", "8181", "--defaultconfig", DEFAULTS_FILE, "--hostname", self.ip]
            + security + args))
        # The JVM and Jetty take a while before anything answers.
        self.sleep(self.profile["jvm_start_s"])
        if not self.stopping:
            self.core = exhibitor_core.ExhibitorCore(self, provider,
                                                     self.profile["config_check_ms"])
            self.core.start()
            exhibitor_rest.start(self)
        while not self.stopping:
            time.sleep(0.1)
        if self.core:
            self.core.close()
        self.kill_zookeeper()
        raise SystemExit(143)

    def need(self, env, name):
        """start_exhibitor.py get_var_assert_set."""
        if name not in env:
            self.fail(f'ERROR: "{name}" must be set')
        return env[name]

    def store_provider(self, env, backend, defaults):
        """start_exhibitor.py's AWS_S3 / AZURE / SHARED_FS branches (dcos/dcos
        packages/exhibitor/extra/start_exhibitor.py) and the provider Exhibitor makes of their
        arguments (dcos/exhibitor ExhibitorCreator.makeConfigProvider). Where a real master's
        Exhibitor talks to AWS or Azure, the sim's talks to the topology's emulator: its
        endpoint is in master.json (`store`), never in a DC/OS file."""
        endpoint = (self.m.get("store") or {}).get("endpoint", "")
        if backend == "AWS_S3":
            self.log("Exhibitor configured for AWS S3")
            bucket, prefix = self.need(env, "AWS_S3_BUCKET"), self.need(env, "AWS_S3_PREFIX")
            region = self.need(env, "AWS_REGION")
            args = ["--configtype=s3", "--s3config", f"{bucket}:{prefix}", "--s3region", region,
                    "--s3backup", "false"]
            credentials = {}
            # Explicit keys only when the file exists (exhibitor_explicit_keys); else the AWS
            # SDK's default chain (an instance role), which the sim does not have.
            if os.path.exists(PROPERTIES_FILE):
                args += ["--s3credentials", PROPERTIES_FILE]
                credentials = self.read_properties(PROPERTIES_FILE)
            return args, exhibitor_core.S3ConfigProvider(endpoint, bucket, prefix, region,
                                                         credentials, defaults)
        if backend == "AZURE":
            self.log("Exhibitor configured for Azure")
            container, prefix = self.need(env, "AZURE_CONTAINER"), self.need(env, "AZURE_PREFIX")
            args = ["--configtype=azure", "--azureconfig", f"{container}:{prefix}",
                    "--azurecredentials", PROPERTIES_FILE]
            return args, exhibitor_core.AzureConfigProvider(
                endpoint, container, prefix, self.read_properties(PROPERTIES_FILE), defaults)
        self.log("Exhibitor configured for shared filesystem")
        directory = self.need(env, "EXHIBITOR_FSCONFIGDIR")
        return (["--configtype=file", "--fsconfigdir", directory],
                exhibitor_core.FileSystemConfigProvider(directory, "exhibitor.properties",
                                                        defaults))

    def read_properties(self, path):
        """PropertyBasedS3Credential / PropertyBasedAzureCredential: Properties.load of the
        file; a missing file is an exception that stops Exhibitor's start."""
        try:
            with open(path) as f:
                return javaprops.load(f.read())
        except OSError as e:
            self.fail(f"ERROR: cannot read {path}: {e.strerror}")

    # --- what Exhibitor's process operations do (StandardProcessOperations) ---
    def four_letter(self, word):
        return zkclient.four_letter(self.ip, 2181, word, 2.0)

    def start_zookeeper(self, config):
        """startInstance: prepConfigFile (myid, zoo.cfg), then zkServer.sh start, which does
        nothing if ZooKeeper already runs. Returns at once; the JVM runs in a thread."""
        with self.zk_lock:
            if self.launching:  # starting or running: zkServer.sh finds its pid file
                return
            self.launching, self.launch = True, self.launch + 1
            gen = self.launch
        threading.Thread(target=self._launch, args=(config, gen), daemon=True).start()

    def _launch(self, config, gen):
        try:
            # A slow JVM start (sim faults delay-restart / slow_start).
            self.sleep(float(self.faults().get("start_delay", self.m.get("slow_start", 0))))
            with self.zk_lock:
                if self.stopping or gen != self.launch:
                    return
            self.zk_config = config
            servers = parse_spec(config.get("servers-spec"))
            us = next((s for s in servers if s[1] == self.ip), None)
            self.server_id = us[0] if us else -1
            if self.faults().get("zk_fail_start"):
                self.log("ERROR [main:QuorumPeerMain@99] - Unexpected exception, exiting abnormally"
                         "\njava.io.IOException: simulated start failure (sim fault zk-fail-start)",
                         "java")
                return
            self.write_config(servers)
            self.run_zookeeper()  # until ZooKeeper exits
        finally:
            with self.zk_lock:
                if gen == self.launch:
                    self.launching = False

    def kill_zookeeper(self):
        """killInstance: zkServer.sh stop (SIGTERM), then kill -9; waits until it is gone."""
        with self.zk_lock:
            self.launch += 1  # a start still waiting will not happen
            self.launching = False
            java = self.java
        if java is None or java.poll() is not None:
            return
        java.terminate()
        try:
            java.wait(timeout=2)
        except subprocess.TimeoutExpired:
            java.kill()
            java.wait()
        # zkServer.sh stop removes its pid file once the process is gone.
        zk_pid_path = self.zk_config.get("zookeeper-pid-path").strip() if self.zk_config else ""
        if zk_pid_path:
            try:
                os.unlink(zk_pid_path)
            except OSError:
                pass

    def zoo_cfg_values(self, servers):
        """What Exhibitor puts in zoo.cfg (processes/Details.java, prepConfigFile): the
        zoo-cfg-extra fields, dataDir, dataLogDir, clientPort, server.N, in that order."""
        c = self.zk_config
        values = dict(exhibitor_core.decode_extra(c.get("zoo-cfg-extra")))
        data_dir = c.get("zookeeper-data-directory")
        values["dataDir"] = data_dir
        values["dataLogDir"] = c.get("zookeeper-log-directory").strip() or data_dir
        values["clientPort"] = str(c.get_int("client-port"))
        ports = f":{c.get_int('connect-port')}:{c.get_int('election-port')}"
        for i, ip, o in servers:
            values[f"server.{i}"] = ip + ports + (":observer" if o else "")
        return values

    def write_config(self, servers):
        """StandardProcessOperations.prepConfigFile: myid as "%d\\n" (deleted when this host
        is not in the servers list: "standalone mode"), zoo.cfg with Properties.store of what
        Exhibitor's config says (zoo_cfg_values), plus the sim's own overrides."""
        values = self.zoo_cfg_values(servers)
        data_dir, log_dir = values.pop("dataDir"), values.pop("dataLogDir")
        client_port = values.pop("clientPort")
        ids = dict.fromkeys(i for i, _, _ in servers)  # servers-spec order, once each
        server_lines = [(i, values.pop(f"server.{i}")) for i in ids]
        extra = values  # what is left: the zoo-cfg-extra fields, in their order
        for d in (data_dir, log_dir, os.path.dirname(ZOO_CFG)):
            os.makedirs(d, exist_ok=True)
        myid = os.path.join(data_dir, "myid")
        if self.server_id >= 0:
            with open(myid, "w") as f:
                f.write("%d\n" % self.server_id)
        else:
            self.log_exhibitor("INFO", "Starting in standalone mode", "ActivityQueue-0")
            if os.path.exists(myid):
                os.unlink(myid)
        # The sim's own overrides. All masters share one network namespace: each binds to its
        # own IP only, whatever zoo-cfg-extra says (DC/OS: quorumListenOnAllIPs=true).
        extra["quorumListenOnAllIPs"] = "false"
        extra["clientPortAddress"] = self.ip
        if self.zk_version != "3.4":
            # 3.5+ answer only srvr unless whitelisted (3.4 answered every word); their admin
            # server would take port 8080 on every master at once.
            extra["4lw.commands.whitelist"] = "*"
            extra["admin.enableServer"] = "false"
        us = next((o for i, ip, o in servers if ip == self.ip), False)
        text = javaprops.exhibitor_zoo_cfg(list(extra.items()), data_dir, log_dir, client_port,
                                           server_lines, observer=us)
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
        # zkServer.sh start: `nohup java ... &` then `echo -n $! > "$ZOOPIDFILE"`, which Exhibitor
        # sets to the config's zookeeper-pid-path (StandardProcessOperations.buildZkServerScript;
        # DC/OS's defaults: /var/lib/dcos/exhibitor/zk.pid). No newline. A crash leaves it.
        zk_pid_path = self.zk_config.get("zookeeper-pid-path").strip()
        if zk_pid_path:
            try:
                os.makedirs(os.path.dirname(zk_pid_path), exist_ok=True)
                with open(zk_pid_path, "w") as f:
                    f.write(str(self.java.pid))
            except OSError as e:
                self.log(f"FAILED TO WRITE PID: {e}", "java")
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
