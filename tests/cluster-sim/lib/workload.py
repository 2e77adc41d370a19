#!/usr/bin/python3
"""A live DC/OS cluster's ZooKeeper clients, and the Enterprise tree (README: "A live cluster").

    workload.py run STATE_DIR                 the clients, until SIGTERM (`sim up`/`sim load start`)
    workload.py report STATE_DIR [--json]     what the clients' records say (`sim load report`)
    workload.py zkget [--source IP] [--auth USER:PW] HOSTS PATH
                                              read one znode as a client from IP would (tests)

The clients, all with the ensemble's full host list (DC/OS gives zk-1.zk..zk-N.zk; the sim the
masters' IP:2181), each from its own master's address (so ZooKeeper's `ip:127.0.0.1` ACL does not
apply to them, as on a real cluster) and, on Enterprise, with the digest credentials DC/OS's
bootstrap gives that service:
- one Mesos master per master: a member of Mesos' leader group (`/mesos/json.info_<seq>`, an
  ephemeral sequential znode holding MasterInfo as JSON; the lowest sequence leads) and of the
  replicated log's group (`/mesos/log_replicas/<seq>`), 10 s session timeout;
- Marathon: creates, updates and deletes znodes under /marathon/state about 20 times a second;
- Metronome: the same under /metronome/state, twice a second.
Records (JSON, documented in README.md "sim load") go to STATE_DIR/load/.
"""
import argparse
import base64
import hashlib
import json
import logging
import os
import random
import secrets
import signal
import socket
import sys
import threading
import time

from kazoo.client import KazooClient, KazooState
from kazoo.exceptions import (BadVersionError, InvalidACLError, KazooException, NoAuthError,
                              NodeExistsError, NoNodeError, NotEmptyError)
from kazoo.handlers.threading import SequentialThreadingHandler
from kazoo.handlers import utils as kazoo_utils
from kazoo.retry import KazooRetry
from kazoo.security import (ACL, ANYONE_ID_UNSAFE, OPEN_ACL_UNSAFE, Permissions, make_acl,
                            make_digest_acl)

SESSION_TIMEOUT_S = 10.0  # Mesos' ZOOKEEPER_SESSION_TIMEOUT, Marathon's --zk_session_timeout
MESOS_LABEL = "json.info"  # Mesos' MASTER_INFO_JSON_LABEL (since 0.23)
WRITERS = (  # name, service account, base path, operations per second, slots, master index
    ("marathon", "dcos_marathon", "/marathon/state/instance", 20.0, 120, 0),
    ("metronome", "dcos_metronome", "/metronome/state/job-runs", 2.0, 30, 1),
)
ZK_ACCOUNTS = ("dcos_bouncer", "dcos_ca", "dcos_cockroach", "dcos_cosmos", "dcos_marathon",
               "dcos_mesos_master", "dcos_metronome", "dcos_secrets", "dcos_vault_default")
# When a record file grows past this, it is rewritten as one checkpoint line: a demo may run
# for hours and the state dir is on tmpfs.
COMPACT_BYTES = 4 << 20
# Errors after which the server certainly did not apply the request; any other failure
# (connection loss, timeout, session expiry) leaves the outcome unknown.
DEFINITE = (NodeExistsError, NoNodeError, BadVersionError, NoAuthError, NotEmptyError,
            InvalidACLError)

# ACLs as DC/OS Enterprise's bootstrap sets them (dcos/dcos
# packages/bootstrap/extra/dcos_internal_utils/bootstrap.py).
ANYONE_CR = [ACL(Permissions.CREATE | Permissions.READ, ANYONE_ID_UNSAFE)]
ANYONE_READ = [ACL(Permissions.READ, ANYONE_ID_UNSAFE)]
LOCALHOST_ALL = [make_acl("ip", "127.0.0.1", all=True)]

log = logging.getLogger("workload")


# --- credentials and files ---
def super_digest(credentials):
    """ZooKeeper's DigestAuthenticationProvider.generateDigest: user:base64(sha1(user:pw))."""
    user = credentials.split(":", 1)[0]
    return user + ":" + base64.b64encode(hashlib.sha1(credentials.encode()).digest()).decode()


def new_credentials(user):
    return f"{user}:{secrets.token_urlsafe(18)}"


def read_line(path):
    with open(path) as f:
        return f.read().strip()


def write_json(path, obj):
    tmp = f"{path}.tmp{threading.get_ident()}"
    with open(tmp, "w") as f:
        json.dump(obj, f, indent=1)
    os.rename(tmp, path)


def load_json(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


class Sim:
    """What the workload needs to know of a running sim, from its state dir."""

    def __init__(self, state_dir):
        self.dir = state_dir
        state = load_json(os.path.join(state_dir, "state.json"), {})
        self.t = state["topology"]
        self.profile = state.get("profile", "fast")
        self.ips = [m["ip"] for m in self.t["masters"]]
        self.hosts = ",".join(ip + ":2181" for ip in self.ips)
        self.enterprise = bool(self.t.get("enterprise"))
        self.load = os.path.join(state_dir, "load")

    def etc(self, ip, name):
        """A file of /opt/mesosphere/etc on master ip (the host side of its bind mount)."""
        return os.path.join(self.dir, "masters", ip, "opt", "etc", name)

    def super_credentials(self):
        return read_line(self.etc(self.ips[0], "zk_super_credentials")) if self.enterprise else None


# --- clients ---
class _SourceSocket:
    """The socket module, but every connection leaves from a given address."""

    def __init__(self, source):
        self.source = source

    def __getattr__(self, name):
        return getattr(socket, name)

    def create_connection(self, address, timeout=None):
        return socket.create_connection(address, timeout, source_address=(self.source, 0))


class SourceHandler(SequentialThreadingHandler):
    """Kazoo's handler, connecting from the client's master's address: all masters share one
    network namespace, where every connection would otherwise come from 127.0.0.1, which
    DC/OS's ACLs treat as localhost."""

    def __init__(self, source):
        super().__init__()
        self.source = source

    def create_connection(self, *args, **kwargs):
        return kazoo_utils.create_tcp_connection(_SourceSocket(self.source), *args, **kwargs)


def client(hosts, source=None, auth=None, timeout=SESSION_TIMEOUT_S):
    kw = {"handler": SourceHandler(source)} if source else {}
    c = KazooClient(hosts=hosts, timeout=timeout, auth_data=[("digest", auth)] if auth else None,
                    connection_retry=KazooRetry(max_tries=-1, delay=0.2, max_delay=1.0), **kw)
    return c


class Control:
    """Pause/resume of the writers, so that `report` reads back a tree nobody changes."""

    def __init__(self):
        self.lock = threading.Condition()
        self.paused_until = 0.0
        self.idle = set()

    def paused(self):
        return time.time() < self.paused_until

    def wait_while_paused(self, name, stop):
        with self.lock:
            while self.paused() and not stop.is_set():
                self.idle.add(name)
                self.lock.notify_all()
                self.lock.wait(0.2)
            self.idle.discard(name)

    def pause(self, names, seconds=60):
        """Stop the writers after their current request (resumed after `seconds` anyway)."""
        with self.lock:
            self.paused_until = time.time() + seconds
            deadline = time.time() + 30
            while not set(names) <= self.idle and time.time() < deadline:
                self.lock.wait(0.2)
            return set(names) <= self.idle

    def resume(self):
        with self.lock:
            self.paused_until = 0.0
            self.lock.notify_all()


class Writer(threading.Thread):
    """A Marathon-like client: creates, updates and deletes znodes under base at `rate` per
    second, and records every request's outcome in load/<name>.jsonl."""

    def __init__(self, sim, name, account, base, rate, slots, source, auth, acl, control, stop):
        super().__init__(name=name, daemon=True)
        self.sim, self.base, self.rate, self.slots = sim, base, rate, slots
        self.source, self.auth, self.acl, self.control, self.stop = source, auth, acl, control, stop
        self.records = os.path.join(sim.load, name + ".jsonl")
        self.status_path = os.path.join(sim.load, name + ".json")
        self.present = {}  # slot path -> True / False / None (unknown: read before the next write)
        self.expected = {}  # path -> possible contents (None: absent), for compaction
        self.seq = 0
        self.st = {"client": name, "kind": "writer", "account": account, "source": source,
                   "base": base, "rate": rate, "writes": 0, "reads": 0, "failed_requests": 0,
                   "unknown_outcomes": 0, "longest_gap_s": 0.0, "current_gap_s": 0.0,
                   "sessions_expired": 0, "disconnections": 0, "started": time.time(),
                   "state": "starting", "last_error": None}
        self.last_ok = time.time()
        self.zk = None

    def listener(self, state):
        if state == KazooState.LOST and not self.stop.is_set():
            self.st["sessions_expired"] += 1
        elif state == KazooState.SUSPENDED:
            self.st["disconnections"] += 1
        self.st["state"] = str(state)

    def record(self, op, path, outcome, data=None, version=None, error=None):
        rec = {"t": round(time.time(), 3), "op": op, "path": path, "outcome": outcome,
               "data": data, "version": version}
        if error:
            rec["error"] = error
        line = json.dumps(rec) + "\n"
        with open(self.records, "a") as f:
            f.write(line)
        exp = self.expected.get(path, [None])
        if outcome == "ack":
            self.expected[path] = [data]
        elif outcome == "unknown":
            self.expected[path] = exp + [data] if data not in exp else exp
        if os.path.getsize(self.records) > COMPACT_BYTES:
            self.compact()

    def compact(self):
        cp = {"t": round(time.time(), 3), "op": "checkpoint", "expected": self.expected}
        tmp = self.records + ".tmp"
        with open(tmp, "w") as f:
            f.write(json.dumps(cp) + "\n")
        os.rename(tmp, self.records)

    def call(self, fn, *args):
        return fn(*args).get(timeout=SESSION_TIMEOUT_S)

    def op(self, path):
        state = self.present.get(path)
        self.seq += 1
        data = json.dumps({"seq": self.seq, "by": self.name, "t": round(time.time(), 3),
                           "pad": "x" * 80})
        if state is None:
            kind = "read"
        elif not state:
            kind = "create"
        else:
            kind = "delete" if random.random() < 0.15 else "set"
        try:
            if kind == "read":
                # sync first: a request whose answer was lost may still be on its way
                self.call(self.zk.sync_async, path)
                try:
                    raw, stat = self.call(self.zk.get_async, path)
                    found, version = raw.decode(), stat.version
                except NoNodeError:
                    found, version = None, None
                self.record("read", path, "ack", found, version)
                self.present[path] = found is not None
                self.st["reads"] += 1
                return True
            if kind == "create":
                self.call(self.zk.create_async, path, data.encode(), self.acl)
                version = 0
            elif kind == "set":
                version = self.call(self.zk.set_async, path, data.encode(), -1).version
            else:
                self.call(self.zk.delete_async, path, -1)
                data, version = None, None
            self.record(kind, path, "ack", data, version)
            self.present[path] = data is not None
            self.st["writes"] += 1
            return True
        except Exception as e:  # noqa: BLE001 - every failure is counted, none ends the client
            definite = isinstance(e, DEFINITE)
            self.record(kind, path, "failed" if definite or kind == "read" else "unknown",
                        None if kind == "delete" else data, None, type(e).__name__)
            self.present[path] = None
            self.st["failed_requests"] += 1
            self.st["last_error"] = type(e).__name__
            if not definite and kind != "read":
                self.st["unknown_outcomes"] += 1
            return False

    def run(self):
        self.zk = client(self.sim.hosts, self.source, self.auth)
        self.zk.add_listener(self.listener)
        while not self.stop.is_set():
            try:
                self.zk.start(timeout=SESSION_TIMEOUT_S)
                break
            except Exception as e:  # noqa: BLE001
                self.st["last_error"] = type(e).__name__
                self.stop.wait(1)
        self.last_ok = time.time()
        last_status, nxt = 0.0, time.time()
        paths = [f"{self.base}/load.{self.name}-{i:03d}" for i in range(self.slots)]
        while not self.stop.is_set():
            if self.control.paused():
                self.write_status()
                self.control.wait_while_paused(self.name, self.stop)
                self.last_ok = nxt = time.time()  # a paused writer has no gap
                continue
            ok = self.op(random.choice(paths))
            now = time.time()
            if ok:
                self.st["longest_gap_s"] = round(max(self.st["longest_gap_s"], now - self.last_ok), 3)
                self.last_ok = now
            self.st["current_gap_s"] = round(now - self.last_ok, 3)
            if now - last_status >= 1.0:
                self.write_status()
                last_status = now
            nxt = max(nxt + 1.0 / self.rate, now)
            self.stop.wait(max(0.0, nxt - time.time()))
        self.zk.stop()
        self.zk.close()
        self.st["state"] = "stopped"
        self.write_status()

    def write_status(self):
        self.st["updated"] = round(time.time(), 3)
        write_json(self.status_path, self.st)


class MesosMaster(threading.Thread):
    """A Mesos master's ZooKeeper side: contends for leadership in /mesos and joins the
    replicated log's group, and watches who leads. After its session expires it joins again
    with a new one, as a Mesos master restarted by systemd would."""

    def __init__(self, sim, index, ip, auth, acl, stop):
        super().__init__(name=f"mesos@{ip}", daemon=True)
        self.sim, self.ip, self.auth, self.acl, self.stop = sim, ip, auth, acl, stop
        self.wake = threading.Event()
        self.need_join = True
        self.down_since = None
        self.path = os.path.join(sim.load, f"mesos-{ip}.json")
        self.info = {"id": f"emw-sim-{index}", "ip": int.from_bytes(socket.inet_aton(ip), "little"),
                     "port": 5050, "pid": f"master@{ip}:5050", "hostname": ip,
                     "version": "1.13.0", "address": {"ip": ip, "port": 5050, "hostname": ip}}
        self.st = {"client": self.name, "kind": "leader-election", "source": ip,
                   "account": "dcos_mesos_master", "member": None, "log_replica": None,
                   "leader": None, "leader_ip": None, "is_leader": False, "leader_changes": 0,
                   "sessions_expired": 0, "disconnections": 0, "longest_disconnected_s": 0.0,
                   "failed_requests": 0, "members": 0, "state": "starting", "last_error": None,
                   "started": time.time()}
        self.zk = None

    def listener(self, state):
        self.st["state"] = str(state)
        if state == KazooState.LOST and not self.stop.is_set():
            self.st["sessions_expired"] += 1
            self.st["member"] = self.st["log_replica"] = None
            self.need_join = True
        if state == KazooState.CONNECTED:
            if self.down_since is not None:
                self.st["longest_disconnected_s"] = round(
                    max(self.st["longest_disconnected_s"], time.time() - self.down_since), 3)
            self.down_since = None
        else:
            self.down_since = self.down_since or time.time()
            if state == KazooState.SUSPENDED:
                self.st["disconnections"] += 1
        self.wake.set()

    def contend(self):
        self.st["member"] = self.zk.create(f"/mesos/{MESOS_LABEL}_", json.dumps(self.info).encode(),
                                           self.acl, ephemeral=True, sequence=True)
        self.st["log_replica"] = self.zk.create("/mesos/log_replicas/", f"log-replica(1)@{self.ip}:5050"
                                                .encode(), self.acl, ephemeral=True, sequence=True,
                                                makepath=True)
        self.need_join = False

    def refresh(self):
        children = self.zk.get_children("/mesos", watch=lambda _e: self.wake.set())
        members = sorted(c for c in children if c.startswith(MESOS_LABEL + "_"))
        self.st["members"] = len(members)
        leader = f"/mesos/{members[0]}" if members else None
        if leader != self.st["leader"]:
            if self.st["leader"] is not None:
                self.st["leader_changes"] += 1
            self.st["leader"] = leader
            try:
                self.st["leader_ip"] = json.loads(self.zk.get(leader)[0])["hostname"] if leader else None
            except NoNodeError:  # it left meanwhile: the watch has fired already
                self.st["leader_ip"] = None
        self.st["is_leader"] = leader is not None and leader == self.st["member"]

    def run(self):
        self.zk = client(self.sim.hosts, self.ip, self.auth)
        self.zk.add_listener(self.listener)
        while not self.stop.is_set():
            try:
                self.zk.start(timeout=SESSION_TIMEOUT_S)
                break
            except Exception as e:  # noqa: BLE001
                self.st["last_error"] = type(e).__name__
                self.stop.wait(1)
        while not self.stop.is_set():
            if self.zk.state == KazooState.CONNECTED:
                try:
                    if self.need_join:
                        self.contend()
                    self.refresh()
                except Exception as e:  # noqa: BLE001
                    self.st["failed_requests"] += 1
                    self.st["last_error"] = type(e).__name__
                    self.wake.set()  # try again soon
                    self.stop.wait(0.5)
            self.write_status()
            self.wake.wait(5.0)
            self.wake.clear()
        self.zk.stop()
        self.zk.close()
        self.st.update(state="stopped", is_leader=False, member=None, log_replica=None)
        self.write_status()

    def write_status(self):
        self.st["updated"] = round(time.time(), 3)
        write_json(self.path, self.st)


# --- the tree ---
def _acls(sim, passwords):
    """name -> ACL list as DC/OS's bootstrap sets it (Enterprise); all open otherwise."""
    if not sim.enterprise:
        return dict.fromkeys(("root", "cosmos", "dcos", "master_secrets", "agent_secrets",
                              "mesos", "marathon", "marathon_state", "metronome",
                              "metronome_state", "private") +
                             tuple(f"svc:{a}" for a in ZK_ACCOUNTS), OPEN_ACL_UNSAFE)

    def svc(account, **perm):
        return make_digest_acl(account, passwords[account], **perm)
    master_user, master_pw = read_line(sim.etc(sim.ips[0], "zk_master_credentials")).split(":", 1)
    agent_user, agent_pw = passwords["_agent"].split(":", 1)
    acl = {
        "root": ANYONE_CR + LOCALHOST_ALL,
        "dcos": ANYONE_READ,
        "master_secrets": [make_digest_acl(master_user, master_pw, read=True)],
        "agent_secrets": [make_digest_acl(agent_user, agent_pw, read=True)],
        "mesos": ANYONE_READ + LOCALHOST_ALL + [svc("dcos_mesos_master", all=True)],
        "marathon": ANYONE_READ + LOCALHOST_ALL + [svc("dcos_marathon", all=True)],
        # Marathon with credentials creates its state with CREATOR_ALL_ACL (ZookeeperConf)
        "marathon_state": [svc("dcos_marathon", all=True)],
        "metronome": ANYONE_READ + LOCALHOST_ALL + [svc("dcos_metronome", all=True)],
        "metronome_state": [svc("dcos_metronome", all=True)],
        "cosmos": ANYONE_READ + LOCALHOST_ALL + [svc("dcos_cosmos", all=True)],
    }
    for account in ZK_ACCOUNTS:
        acl[f"svc:{account}"] = LOCALHOST_ALL + [svc(account, all=True)]
    return acl


def tree(sim, passwords):
    """(path, data, acl) of a DC/OS master's ZooKeeper tree, parents first: ~3000 znodes."""
    acl, rnd = _acls(sim, passwords), random.Random(7)

    def blob(size, **kw):
        return json.dumps(dict(kw, pad=rnd.randbytes(size // 2).hex())).encode()
    out = [("/dcos", b"", acl["dcos"])]
    if sim.enterprise:
        ms = acl["master_secrets"]
        out += [("/dcos/master", b"", acl["dcos"]), ("/dcos/master/secrets", b"", ms),
                ("/dcos/master/secrets/zk", b"", ms)]
        out += [(f"/dcos/master/secrets/zk/{a}", json.dumps(
            {"scheme": "digest", "username": a, "password": passwords[a]}).encode(), ms)
                for a in ZK_ACCOUNTS]
        out += [("/dcos/master/secrets/services", b"", ms)]
        out += [(f"/dcos/master/secrets/services/{a}", blob(900, scheme="RS256", uid=a), ms)
                for a in ("dcos_adminrouter", "dcos_marathon", "dcos_mesos_master", "dcos_metronome",
                          "dcos_backup_master", "dcos_history_service", "dcos_mesos_dns")]
        out += [("/dcos/master/secrets/CA", b"", ms),
                ("/dcos/master/secrets/CA/RootCA", blob(1200, key="-", certificate="-"), ms),
                ("/dcos/agent", b"", acl["dcos"]), ("/dcos/agent/secrets", b"", acl["agent_secrets"]),
                ("/dcos/agent/secrets/services", b"", acl["agent_secrets"])]
        out += [(f"/dcos/agent/secrets/services/{a}", blob(900, uid=a), acl["agent_secrets"])
                for a in ("dcos_agent", "dcos_mesos_agent", "dcos_mesos_agent_public")]
        for path, account, n in (("/bouncer", "dcos_bouncer", 20), ("/cockroach", "dcos_cockroach", 0),
                                 ("/dcos/ca", "dcos_ca", 20), ("/dcos/secrets", "dcos_secrets", 60)):
            out.append((path, b"", acl[f"svc:{account}"]))
            out += [(f"{path}/entry-{i:03d}", blob(200, n=i), acl[f"svc:{account}"]) for i in range(n)]
        out += [("/cockroach/nodes", b"", acl["svc:dcos_cockroach"]),
                ("/cockroach/locking", b"", acl["svc:dcos_cockroach"])]
        out += [(f"/cockroach/nodes/{ip}", ip.encode(), acl["svc:dcos_cockroach"]) for ip in sim.ips]
        v = acl["svc:dcos_vault_default"]
        out += [("/dcos/vault", b"", acl["dcos"]), ("/dcos/vault/default", b"", v),
                ("/dcos/vault/default/core", b"", v), ("/dcos/vault/default/sys", b"", v),
                ("/dcos/vault/default/logical", b"", v)]
        out += [(f"/dcos/vault/default/logical/k{i:03d}", blob(300), v) for i in range(80)]
    out += [("/dcos/RootCA", blob(900), ANYONE_READ if sim.enterprise else acl["dcos"]),
            ("/dcos/CAChain", b"", ANYONE_READ if sim.enterprise else acl["dcos"])]
    m, ms = acl["marathon"], acl["marathon_state"]
    out += [("/marathon", b"", m), ("/marathon/leader-curator", b"", m),
            ("/marathon/state", b"", ms)]
    for kind in ("app", "group", "instance", "deployment", "taskFailure", "framework-id"):
        out.append((f"/marathon/state/{kind}", b"", ms))
    for a in range(300):
        app = f"/marathon/state/app/prod_team{a % 12}_service-{a:03d}"
        out.append((app, b"", ms))
        out += [(f"{app}/2026-11-{d:02d}T04:10:{a % 60:02d}.000Z",
                 blob(300, id=f"/prod/team{a % 12}/service-{a:03d}", instances=a % 5 + 1), ms)
                for d in (1, 8, 15)]
    out += [(f"/marathon/state/group/root/2026-11-{d % 28 + 1:02d}T{d % 24:02d}:00:00.000Z", blob(400), ms)
            for d in range(100)]
    out.insert(len(out) - 100, ("/marathon/state/group/root", b"", ms))
    out += [(f"/marathon/state/instance/prod_team{i % 12}_service-{i % 300:03d}.instance-{i:05d}",
             blob(250, state="Running"), ms) for i in range(800)]
    mt, mts = acl["metronome"], acl["metronome_state"]
    out += [("/metronome", b"", mt), ("/metronome/state", b"", mts), ("/metronome/state/jobs", b"", mts),
            ("/metronome/state/job-runs", b"", mts)]
    for j in range(150):
        job = f"/metronome/state/jobs/nightly.job-{j:03d}"
        out += [(job, blob(200, id=j), mts), (f"{job}/schedules", blob(100), mts),
                (f"{job}/history", blob(200), mts)]
    c = acl["cosmos"]
    out += [("/cosmos", b"", c), ("/cosmos/package", b"", c), ("/cosmos/package/repo", b"", c)]
    out += [(f"/cosmos/package/repo/pkg-{i:03d}", blob(200, i=i), c) for i in range(100)]
    out += [("/mesos", b"", acl["mesos"]), ("/mesos/log_replicas", b"", acl["mesos"])]
    # Last: its presence says the tree is complete (DC/OS's bootstrap writes it first, but then
    # a half-built tree from a killed `up` would look complete).
    out.append(("/cluster-id", str(secrets.token_hex(16)).encode(), ANYONE_READ))
    return out


def seed(state_dir):
    """Build the tree once (idempotent): what DC/OS's bootstrap and services left in ZooKeeper.
    On Enterprise with the super credentials, as the bootstrap does; returns the znode count."""
    sim = Sim(state_dir)
    os.makedirs(sim.load, mode=0o700, exist_ok=True)
    zk = client(sim.hosts, auth=sim.super_credentials())
    zk.start(timeout=30)
    try:
        if zk.exists("/cluster-id"):
            return load_json(os.path.join(sim.load, "tree.json"), {}).get("znodes", 0)
        passwords = {a: secrets.token_urlsafe(24) for a in ZK_ACCOUNTS}
        passwords["_agent"] = new_credentials("dcos_agent")
        nodes = tree(sim, passwords)
        for i in range(0, len(nodes), 200):  # a few transactions, not 3000 round trips
            tx = zk.transaction()
            for path, data, acl in nodes[i:i + 200]:
                tx.create(path, data, acl)
            if any(isinstance(r, Exception) for r in tx.commit()):
                for path, data, acl in nodes[i:i + 200]:  # some exist already: one by one
                    try:
                        zk.create(path, data, acl)
                    except NodeExistsError:
                        pass
        if sim.enterprise:
            zk.set_acls("/", ANYONE_CR + LOCALHOST_ALL)
        write_json(os.path.join(sim.load, "tree.json"),
                   {"znodes": len(nodes), "enterprise": sim.enterprise, "created": time.time()})
        return len(nodes)
    finally:
        zk.stop()
        zk.close()


def service_passwords(sim):
    """What a DC/OS service finds in /dcos/master/secrets/zk, read with the master credentials
    of /opt/mesosphere/etc/zk_master_credentials (Enterprise only)."""
    zk = client(sim.hosts, source=sim.ips[0], auth=read_line(sim.etc(sim.ips[0], "zk_master_credentials")))
    zk.start(timeout=30)
    try:
        return {a: json.loads(zk.get(f"/dcos/master/secrets/zk/{a}")[0])["password"]
                for a in ZK_ACCOUNTS}
    finally:
        zk.stop()
        zk.close()


# --- the long-running process ---
def serve_control(sim, control, writers, stop):
    path = os.path.join(sim.load, "control.sock")
    if os.path.exists(path):
        os.unlink(path)
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    os.chmod(path, 0o600)
    srv.listen(4)
    srv.settimeout(0.5)
    names = [w.name for w in writers]
    while not stop.is_set():
        try:
            conn, _ = srv.accept()
        except socket.timeout:
            continue
        with conn:
            try:
                conn.settimeout(40)
                cmd = conn.recv(64).decode().strip()
                if cmd == "pause":
                    reply = "paused" if control.pause(names) else "busy"
                elif cmd == "resume":
                    control.resume()
                    reply = "resumed"
                else:
                    reply = "unknown command"
                conn.sendall(reply.encode() + b"\n")
            except OSError:
                pass
    srv.close()


def run(state_dir):
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    sim = Sim(state_dir)
    os.makedirs(sim.load, mode=0o700, exist_ok=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    status_path = os.path.join(sim.load, "status.json")
    status = {"state": "starting", "pid": os.getpid(), "started": time.time(), "hosts": sim.hosts,
              "enterprise": sim.enterprise}
    write_json(status_path, status)
    passwords = service_passwords(sim) if sim.enterprise else {}

    def auth(account):
        return f"{account}:{passwords[account]}" if sim.enterprise else None
    mesos_acl = (ANYONE_READ + [ACL(Permissions.ALL, make_acl("auth", "").id)]
                 if sim.enterprise else OPEN_ACL_UNSAFE)  # Mesos' EVERYONE_READ_CREATOR_ALL
    control = Control()
    threads = [MesosMaster(sim, i, ip, auth("dcos_mesos_master"), mesos_acl, stop)
               for i, ip in enumerate(sim.ips)]
    writers = []
    for name, account, base, rate, slots, idx in WRITERS:
        acl = [ACL(Permissions.ALL, make_acl("auth", "").id)] if sim.enterprise else OPEN_ACL_UNSAFE
        writers.append(Writer(sim, name, account, base, rate, slots, sim.ips[idx % len(sim.ips)],
                              auth(account), acl, control, stop))
    for t in threads + writers:
        t.start()
    threading.Thread(target=serve_control, args=(sim, control, writers, stop), daemon=True).start()
    deadline = time.time() + 60
    while not stop.is_set() and time.time() < deadline:
        if all(t.st["member"] for t in threads) and all(w.st["writes"] for w in writers):
            break
        stop.wait(0.1)
    status["state"] = "running" if not stop.is_set() else "stopping"
    write_json(status_path, status)
    stop.wait()
    for t in threads + writers:
        t.join(15)
    status.update(state="stopped", stopped=time.time())
    write_json(status_path, status)
    return 0


# --- report ---
def control_request(sim, cmd):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(40)
            s.connect(os.path.join(sim.load, "control.sock"))
            s.sendall(cmd.encode() + b"\n")
            return s.recv(64).decode().strip()
    except OSError:
        return None


def expected_states(records_path):
    """Fold a writer's records into {path: possible contents} and the mismatches its own reads
    saw (a read after an unknown outcome that found neither the acknowledged state nor any
    unknown one)."""
    expected, lost = {}, []
    try:
        f = open(records_path)
    except OSError:
        return expected, lost
    with f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue  # a line being written while we read
            path, exp = r.get("path"), expected.get(r.get("path"), [None])
            if r["op"] == "checkpoint":
                expected = r["expected"]
            elif r["op"] == "read" and r["outcome"] == "ack":
                if r["data"] not in exp:
                    lost.append({"path": path, "expected": exp, "found": r["data"], "t": r["t"]})
                expected[path] = [r["data"]]
            elif r["outcome"] == "ack":
                expected[path] = [r["data"]]
            elif r["outcome"] == "unknown" and r["data"] not in exp:
                expected[path] = exp + [r["data"]]
    return expected, lost


def report(state_dir):
    sim = Sim(state_dir)
    status = load_json(os.path.join(sim.load, "status.json"), {})
    running = status.get("state") == "running" and os.path.exists(f"/proc/{status.get('pid', 0)}")
    paused = running and control_request(sim, "pause") == "paused"
    try:
        clients = []
        for name, *_ in WRITERS:
            st = load_json(os.path.join(sim.load, name + ".json"))
            if st:
                clients.append(st)
        for ip in sim.ips:
            st = load_json(os.path.join(sim.load, f"mesos-{ip}.json"))
            if st:
                clients.append(st)
        lost, checked = [], 0
        zk = client(sim.hosts, auth=sim.super_credentials())
        zk.start(timeout=30)
        try:
            zk.sync("/")
            for name, *_ in WRITERS:
                expected, seen = expected_states(os.path.join(sim.load, name + ".jsonl"))
                for e in seen:
                    e["client"] = name
                lost += seen
                pending = {p: zk.get_async(p) for p in expected}
                for path, res in pending.items():
                    try:
                        found = res.get(timeout=30)[0].decode()
                    except NoNodeError:
                        found = None
                    checked += 1
                    if found not in expected[path]:
                        lost.append({"client": name, "path": path, "expected": expected[path],
                                     "found": found, "t": None})
            members = sorted(c for c in zk.get_children("/mesos") if c.startswith(MESOS_LABEL + "_")) \
                if zk.exists("/mesos") else []
            zk_leader = json.loads(zk.get("/mesos/" + members[0])[0])["hostname"] if members else None
        finally:
            zk.stop()
            zk.close()
    finally:
        if paused:
            control_request(sim, "resume")
    election = [c for c in clients if c["kind"] == "leader-election"]
    writers = [c for c in clients if c["kind"] == "writer"]
    believed = [c["source"] for c in election if c.get("is_leader")]
    live = [c for c in election if c.get("state") != "stopped"]
    tick = {"fast": 200, "dcos": 2000}.get(sim.profile, 2000)
    out = {
        "topology": sim.t["name"], "running": running, "enterprise": sim.enterprise,
        "hosts": sim.hosts, "since": status.get("started"),
        "session_timeout_ms": {"requested": int(SESSION_TIMEOUT_S * 1000),
                               # ZooKeeper caps sessions at 20 ticks (maxSessionTimeout default)
                               "negotiated": min(int(SESSION_TIMEOUT_S * 1000), 20 * tick)},
        "tree_znodes": load_json(os.path.join(sim.load, "tree.json"), {}).get("znodes", 0),
        "writes": sum(c["writes"] for c in writers),
        "acknowledged_writes_checked": checked,
        "lost_writes": len(lost), "lost": lost[:50],
        "failed_requests": sum(c["failed_requests"] for c in clients),
        "unknown_outcomes": sum(c.get("unknown_outcomes", 0) for c in writers),
        "sessions_expired": sum(c["sessions_expired"] for c in clients),
        "leader_changes": max((c["leader_changes"] for c in election), default=0),
        "leaders": believed, "zk_leader": zk_leader, "mesos_members": len(members),
        "one_leader": (not live and not members) or (
            len(believed) == 1 and believed[0] == zk_leader and len(members) == len(live)),
        "clients": clients,
    }
    out["ok"] = out["lost_writes"] == 0 and out["one_leader"]
    return out


def print_report(r):
    print(f"load on {r['topology']} ({'running' if r['running'] else 'stopped'}"
          f"{', Enterprise' if r['enterprise'] else ''}); tree {r['tree_znodes']} znodes; "
          f"session timeout {r['session_timeout_ms']['requested']} ms requested, "
          f"{r['session_timeout_ms']['negotiated']} ms granted")
    print(f"writes acknowledged: {r['writes']}; lost: {r['lost_writes']} "
          f"(of {r['acknowledged_writes_checked']} znodes read back)")
    for e in r["lost"][:10]:
        print(f"  LOST {e['client']} {e['path']}: expected {e['expected']}, found {e['found']!r}")
    print(f"failed requests: {r['failed_requests']} ({r['unknown_outcomes']} with unknown outcome); "
          f"sessions expired: {r['sessions_expired']}; leader changes: {r['leader_changes']}")
    print(f"Mesos leader: {r['zk_leader'] or '-'} ({r['mesos_members']} members); "
          f"believed by: {', '.join(r['leaders']) or 'nobody'}")
    print(f"{'CLIENT':<22}{'WRITES':>7}{'FAILED':>7}{'GAP-S':>7}{'EXPIRED':>8}{'DISCONN':>8}  STATE")
    for c in r["clients"]:
        gap = c.get("longest_gap_s", c.get("longest_disconnected_s", 0.0))
        print(f"{c['client']:<22}{c.get('writes', '-'):>7}{c['failed_requests']:>7}{gap:>7.1f}"
              f"{c['sessions_expired']:>8}{c['disconnections']:>8}  {c['state']}"
              f"{' leader' if c.get('is_leader') else ''}")
    print("ok" if r["ok"] else "NOT ok")


def zkget(args):
    zk = client(args.hosts, source=args.source, auth=args.auth, timeout=5)
    zk.start(timeout=10)
    try:
        sys.stdout.write(zk.get(args.path)[0].decode(errors="replace") + "\n")
        return 0
    except KazooException as e:
        print(type(e).__name__, file=sys.stderr)
        return 1
    finally:
        zk.stop()
        zk.close()


def main(argv):
    ap = argparse.ArgumentParser(prog="workload.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("run").add_argument("state_dir")
    p = sub.add_parser("report")
    p.add_argument("state_dir")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("zkget")
    p.add_argument("--source")
    p.add_argument("--auth")
    p.add_argument("hosts")
    p.add_argument("path")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        return run(args.state_dir)
    if args.cmd == "report":
        r = report(args.state_dir)
        print(json.dumps(r, indent=1)) if args.json else print_report(r)
        return 0 if r["ok"] else 3
    return zkget(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
