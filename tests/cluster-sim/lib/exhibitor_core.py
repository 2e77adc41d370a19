"""Exhibitor's own machinery, modelled on the dcos/exhibitor sources (file names below):

- ActivityQueue (activity/ActivityQueue.java): one MAIN queue, activities run one at a time,
  each after its delay; RepeatingActivityImpl re-queues itself after every run, so the first
  run of a repeating activity comes one period after start.
- ConfigManager (config/ConfigManager.java): re-reads the config provider every
  --configcheckms; a new version replaces the config and resets the monitor's period.
- Config providers: StaticConfigProvider (config/stat/) serves servers-spec and
  auto-manage-instances=0 over the defaults file, version 0 forever; ZookeeperConfigProvider
  (config/zookeeper/) serves the znode <zpath>/configs/config over the defaults; before its
  first re-read it has no data (PathChildrenCache not started yet), so the config is the
  defaults file alone.
- PropertyBasedInstanceConfig: a setting is com.netflix.exhibitor.<name> from the provider,
  else <name> from the defaults file, else "" (ints: 0).
- MonitorRunningInstance (state/): every check-ms, ruok+srvr on the local ZooKeeper
  (state/Checker.java) gives down / not serving / serving; a changed state, server list or
  restart-significant setting is handled at once (down: restart); an unchanged down or not
  serving state restarts ZooKeeper once it has lasted 2*tickTime*max(initLimit, syncLimit) ms
  (zoo-cfg-extra; check-ms*10 without them).
- KillRunningInstance / StartInstance (state/): what restarts and cluster/start|stop|restart
  queue.
Log lines are Exhibitor's ActivityLog wordings through its console log4j layout
(exhibitor-standalone/src/main/resources/log4j.properties: `%-5p %c %x %m [%t]%n`).
"""
import heapq
import itertools
import os
import threading
import time
import urllib.parse

import javaprops
import templates
import zkclient

PREFIX = "com.netflix.exhibitor."
LATENT, DOWN, NOT_SERVING, SERVING = 0, 1, 2, 3
DESCRIPTIONS = {LATENT: "latent", DOWN: "down", NOT_SERVING: "not serving", SERVING: "serving"}
DOWN_RECHECK_FACTOR = 10


def decode_extra(encoded):
    """EncodedConfigParser: 'a=1&b=2' (URL-encoded parts) -> [('a', '1'), ('b', '2')]."""
    out = []
    for part in (encoded or "").split("&"):
        sub = part.split("=")
        if len(sub) == 2:
            out.append((urllib.parse.unquote_plus(sub[0]), urllib.parse.unquote_plus(sub[1])))
    return out


class InstanceConfig:
    """PropertyBasedInstanceConfig's root config: provider properties over the defaults."""

    def __init__(self, properties, defaults, version):
        self.properties, self.defaults, self.version = properties, defaults, version

    def get(self, name):
        return self.properties.get(PREFIX + name, self.defaults.get(name, ""))

    def get_int(self, name):
        try:
            return int(self.properties.get(PREFIX + name, self.defaults.get(name, "0")))
        except ValueError:
            return 0

    def restart_significant(self):
        return tuple(self.get(n) for n in templates.RESTART_SIGNIFICANT)


class StaticConfigProvider:
    def __init__(self, ensemble, defaults):
        self.ensemble, self.defaults = ensemble, defaults

    def load(self, log):
        return InstanceConfig({PREFIX + "servers-spec": self.ensemble,
                               PREFIX + "auto-manage-instances": "0"}, self.defaults, 0)


class ZookeeperConfigProvider:
    def __init__(self, connect, zpath, defaults):
        self.connect, self.defaults = connect, defaults
        self.node = zpath.rstrip("/") + "/configs/config"
        self.last = None

    def initial(self):
        return InstanceConfig({}, self.defaults, -1)

    def load(self, log):
        try:
            with zkclient.connect_any(self.connect.split(",")) as zk:
                data, version = zk.get_with_version(self.node)
        except zkclient.ZkError as e:
            if e.code == zkclient.NONODE:
                return InstanceConfig({}, self.defaults, -1)
            log.error(f"Could not read the shared config {self.node} from {self.connect}: {e}",
                      "Curator-PathChildrenCache-0")
            return self.last  # the cache keeps what it had
        except OSError as e:
            log.error(f"Could not read the shared config {self.node} from {self.connect}: {e}",
                      "Curator-PathChildrenCache-0")
            return self.last
        self.last = InstanceConfig(javaprops.load(data.decode("utf-8", "replace")),
                                   self.defaults, version)
        return self.last


class _StoreConfigProvider:
    """What S3ConfigProvider, AzureConfigProvider and FileSystemConfigProvider have in common
    (dcos/exhibitor config/s3/, config/azure/, config/filesystem/): loadConfig reads the whole
    object as Java properties over the defaults, its last-modified time (ms) is the version; no
    object (or an empty one, or 403/404) is an empty config of version 0 (`new Date(0L)`). No
    cache of their own, so ConfigManager's constructor already has the stored config
    (ConfigManager: `config.set(provider.loadConfig())`): unlike the ZK backend, ZooKeeper
    starts at the first instance check, check-ms after Exhibitor. A failed read throws, and
    ConfigManager keeps the config it had (doWork is a repeating activity: the queue logs)."""

    where = ""

    def __init__(self, defaults):
        self.defaults = defaults
        self.last = None

    def fetch(self):
        raise NotImplementedError

    def load(self, log):
        try:
            data, version = self.fetch()
        except Exception as e:  # noqa: BLE001 - the SDKs' exceptions, OSError, StoreError
            log.error(f"Could not read the shared config {self.where}: {e}", "ActivityQueue-0")
            return self.last if self.last is not None else InstanceConfig({}, self.defaults, 0)
        if not data:
            self.last = InstanceConfig({}, self.defaults, 0)
        else:
            self.last = InstanceConfig(javaprops.load(data.decode("utf-8", "replace")),
                                       self.defaults, version)
        return self.last


class S3ConfigProvider(_StoreConfigProvider):
    """--configtype=s3 --s3config bucket:key --s3region R [--s3credentials FILE]: GET the object
    `key` of `bucket` (S3ConfigProvider.getConfigObject; contentLength 0 counts as none), signed
    with the keys of the credentials file (PropertyBasedS3Credential:
    com.netflix.exhibitor.s3.access-key-id / access-secret-key). The sim's S3 is s3rver at the
    topology's endpoint (master.json `store`), where Exhibitor's SDK would use the region's AWS
    endpoint."""

    def __init__(self, endpoint, bucket, key, region, credentials, defaults):
        super().__init__(defaults)
        cred = PREFIX + "s3.access-"
        self.store = {"endpoint": endpoint, "bucket": bucket, "region": region,
                      "access_key_id": credentials.get(cred + "key-id", ""),
                      "secret_access_key": credentials.get(cred + "secret-key", "")}
        self.key = key
        self.where = f"s3://{bucket}/{key}"

    def fetch(self):
        import objstore
        return objstore.s3_get(self.store, self.key)


class AzureConfigProvider(_StoreConfigProvider):
    """--configtype=azure --azureconfig container:blob --azurecredentials FILE: download the blob
    (AzureConfigProvider.getConfigObject, a blob of length 0 counts as none) with the account
    of the credentials file (PropertyBasedAzureCredential: com.netflix.exhibitor.azure.account-name
    / account-key). The sim's blob service is azurite at the topology's endpoint (path-style:
    http://ip:port/<account>/<container>/<blob>), where the SDK uses
    https://<account>.blob.<endpoint-suffix>."""

    def __init__(self, endpoint, container, blob, credentials, defaults):
        super().__init__(defaults)
        cred = PREFIX + "azure.account-"
        self.store = {"endpoint": endpoint, "account_name": credentials.get(cred + "name", ""),
                      "account_key": credentials.get(cred + "key", "")}
        self.container, self.blob = container, blob
        self.where = f"azure blob {container}/{blob}"

    def fetch(self):
        import objstore
        return objstore.azure_get(self.store, self.container, self.blob)


class FileSystemConfigProvider(_StoreConfigProvider):
    """--configtype=file --fsconfigdir DIR (DC/OS passes no --fsconfigname: the default
    exhibitor.properties, ExhibitorCLI DEFAULT_FILESYSTEMCONFIG_NAME): the file's properties
    (read under a FileLock), File.lastModified() the version (0 when it does not exist). The
    constructor creates the directory when it is missing."""

    def __init__(self, directory, name, defaults):
        super().__init__(defaults)
        self.path = os.path.join(directory, name)
        self.where = self.path
        os.makedirs(directory, exist_ok=True)

    def fetch(self):
        import fcntl
        try:
            with open(self.path, "rb") as f:
                fcntl.lockf(f, fcntl.LOCK_SH)  # Java's FileLock is an fcntl lock on Linux
                data = f.read()
                version = int(os.fstat(f.fileno()).st_mtime * 1000)
        except FileNotFoundError:
            return None, 0
        return data, version


class ActivityQueue:
    """The MAIN queue group: a DelayQueue served by one thread, activities run serially."""

    def __init__(self):
        self.heap, self.seq, self.cv = [], itertools.count(), threading.Condition()
        self.closed = False

    def add(self, activity, delay_ms=0):
        with self.cv:
            heapq.heappush(self.heap, (time.time() + delay_ms / 1000.0, next(self.seq), activity))
            self.cv.notify()

    def replace(self, activity, delay_ms):
        with self.cv:
            self.heap = [e for e in self.heap if e[2] is not activity]
            heapq.heapify(self.heap)
        self.add(activity, delay_ms)

    def close(self):
        with self.cv:
            self.closed = True
            self.cv.notify()

    def run(self, log):
        while True:
            with self.cv:
                while not self.closed and (not self.heap or self.heap[0][0] > time.time()):
                    self.cv.wait(None if not self.heap else max(0.0, self.heap[0][0] - time.time()))
                if self.closed:
                    return
                _, _, activity = heapq.heappop(self.heap)
            try:
                activity()
            except Exception as e:  # noqa: BLE001 - ActivityQueue logs and goes on
                log.error(f"Unhandled exception in background task ({e!r})", "ActivityQueue-0")


class Repeating:
    """RepeatingActivityImpl: runs, then re-queues itself one period later."""

    def __init__(self, queue, fn, period_ms):
        self.queue, self.fn, self.period_ms, self.started = queue, fn, max(5, period_ms), False

    def __call__(self):
        if self.started:
            self.fn()
            self.queue.add(self, self.period_ms)

    def start(self):
        self.started = True
        self.queue.add(self, self.period_ms)

    def set_period(self, period_ms):
        self.period_ms = max(5, period_ms)
        self.queue.replace(self, self.period_ms)


class InstanceState:
    def __init__(self, servers, state, config):
        self.servers, self.state, self.config = servers, state, config
        self.timestamp = time.time()

    def __eq__(self, other):
        return (isinstance(other, InstanceState) and self.servers == other.servers
                and self.state == other.state and self.config == other.config)


class ExhibitorCore:
    """Exhibitor.start(): the activity queue, the config manager and the instance monitor.

    `ex` (exhibitor.Exhibitor) provides: ip, log_exhibitor(level, msg, thread),
    zk_running(), start_zookeeper(config), kill_zookeeper(), four_letter(word)."""

    def __init__(self, ex, provider, config_check_ms):
        self.ex, self.provider = ex, provider
        self.queue = ActivityQueue()
        self.config = provider.initial() if hasattr(provider, "initial") else provider.load(self)
        self.current = None  # MonitorRunningInstance.currentInstanceState
        self.is_leader = False
        self.restart_count = 1
        self.config_check = Repeating(self.queue, self.check_config, config_check_ms)
        self.monitor = Repeating(self.queue, self.check_instance, self.config.get_int("check-ms"))
        self.info("Exhibitor started", "main")

    # --- ActivityLog ---
    def info(self, msg, thread="ActivityQueue-0"):
        self.ex.log_exhibitor("INFO", msg, thread)

    def error(self, msg, thread="ActivityQueue-0"):
        self.ex.log_exhibitor("ERROR", msg, thread)

    def start(self):
        threading.Thread(target=self.queue.run, args=(self,), daemon=True).start()
        self.config_check.start()  # ConfigManager.start() comes first: it runs first, too
        self.monitor.start()

    def close(self):
        self.queue.close()

    # --- ConfigManager.doWork ---
    def check_config(self):
        new = self.provider.load(self)
        if new is not None and new.version != self.config.version:
            self.config = new
            self.monitor.set_period(new.get_int("check-ms"))

    # --- MonitorRunningInstance ---
    def state_code(self):
        return self.current.state if self.current is not None else LATENT

    def servers(self, config=None):
        from exhibitor import parse_spec
        try:
            return tuple(parse_spec((config or self.config).get("servers-spec")))
        except ValueError:
            return ()

    def us(self, config=None):
        return next(((i, ip, o) for i, ip, o in self.servers(config) if ip == self.ex.ip), None)

    def calculate_state(self):
        """Checker.calculateState: ruok, then srvr."""
        if not self.config.get("zookeeper-data-directory").strip() or \
                not self.config.get("zookeeper-install-directory").strip():
            return LATENT, False
        if self.ex.four_letter("ruok") != "imok":
            return DOWN, False
        for line in (self.ex.four_letter("srvr") or "").splitlines():
            if "not currently serving" in line:
                return NOT_SERVING, False
            if line.lower().startswith("mode"):
                mode = line.split(":", 1)[1].strip().lower() if ":" in line else ""
                return SERVING, mode in ("leader", "standalone")
        return DOWN, False

    def check_instance(self):
        config = self.config
        state, leader = self.calculate_state()
        new = InstanceState(tuple((i, ip, o) for i, ip, o in self.servers(config)), state,
                            config.restart_significant())
        self.is_leader = leader
        old = self.current
        if old is not None and new == old:
            self.check_for_restart(config, old)
        else:
            self.handle_change(new, old)

    def handle_change(self, new, old):
        server_list_change = old is not None and (
            [s for s in new.servers if not s[2]] != [s for s in old.servers if not s[2]]
            or next((s for s in new.servers if s[1] == self.ex.ip), None) is None
            or next((s for s in new.servers if s[1] == self.ex.ip), None)
            != next((s for s in old.servers if s[1] == self.ex.ip), None))
        config_change = old is not None and old.config != new.config
        self.current = new
        self.info("State: " + DESCRIPTIONS[new.state])
        if server_list_change:
            self.info("Server list has changed")
            self.restart(old)
        elif config_change:
            self.info("ZooKeeper related configuration has changed")
            self.restart(old)
        elif new.state == DOWN:
            self.restart(old)

    def check_for_restart(self, config, old):
        if self.servers(config) and self.us(config) is None:
            return  # a server list without us: a restart would always fail
        if old.state in (DOWN, NOT_SERVING):
            elapsed = int((time.time() - old.timestamp) * 1000)
            limit = self.down_instance_restart_ms(config)
            if elapsed > limit:
                self.info(f"Restarting down/not-serving ZooKeeper after {elapsed} ms pause")
                self.restart(old)
            else:
                self.info(f"ZooKeeper down/not-serving waiting {elapsed} of {limit} ms before "
                          f"restarting")

    def down_instance_restart_ms(self, config):
        extra = dict(decode_extra(config.get("zoo-cfg-extra")))

        def num(key):
            try:
                return int(extra.get(key) or 0)
            except ValueError:
                return 0
        tick, init, sync = num("tickTime"), num("initLimit"), num("syncLimit")
        if tick > 0 and (init > 0 or sync > 0):
            # The fast profile scales tickTime down tenfold, but not a JVM's start or a 3.4
            # election: its 4 s would bounce servers that DC/OS's 40 s lets form an ensemble (a
            # Phase B new ensemble never formed on 3.4). The rule stays, with the profile's floor.
            return max(2 * tick * max(init, sync), self.ex.profile.get("monitor_floor_ms", 0))
        return config.get_int("check-ms") * DOWN_RECHECK_FACTOR

    def restart(self, state):
        if state is not None:
            state.timestamp = time.time()
        self.queue.add(lambda: self.kill_running_instance(True))
        self.restart_count += 1

    # --- KillRunningInstance / StartInstance ---
    def kill_running_instance(self, restart):
        self.info("Attempting to stop instance")
        self.info("Attempting to start/restart ZooKeeper")
        if not self.ex.zk_running():
            self.info("jps didn't find instance - assuming ZK is not running")
        else:
            self.ex.kill_zookeeper()
            self.info("Kill attempted result: 0")
        if restart:
            self.start_instance_now()

    def start_instance(self):
        self.info("Attempting to start instance")
        self.start_instance_now()

    def start_instance_now(self):
        self.ex.start_zookeeper(self.config)
        self.info("Process started via: "
                  + self.config.get("zookeeper-install-directory") + "/bin/zkServer.sh")
