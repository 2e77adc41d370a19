#!/usr/bin/python3
"""Stand-ins for systemctl and journalctl on one simulated master, and the unit's main process.

Usage (from the per-master wrapper scripts in /usr/local/sbin of the master's namespace):
    service.py MASTER_DIR systemctl ARGS...
    service.py MASTER_DIR journalctl ARGS...
    service.py MASTER_DIR supervise          (systemd's part: runs and restarts the unit)
    service.py MASTER_DIR main               (the unit's main process: Exhibitor)

The unit is modelled on dcos/dcos packages/exhibitor/extra/dcos-exhibitor.service:
Restart=always, RestartSec=5, StartLimitInterval=0 (a failing start loops for ever, `activating`
between tries), and from DC/OS 2.2 on an ExecStartPost that polls ruok on port 2181 for up to
60 s, so `systemctl start|restart` returns only once ZooKeeper listens. Journal lines are
CentOS 7 systemd's (219).

Unit state lives in MASTER_DIR/run/unit.json: {"state": active|activating|failed|inactive,
"sub", "pid" (the supervisor, systemd's stand-in), "main_pid", "since"}.
"""
import fcntl
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import journal  # noqa: E402
from procs import pid_alive, port_open  # noqa: E402

UNIT = "dcos-exhibitor"
POST_TIMEOUT_S = 60  # ExecStartPost=-/usr/bin/timeout 60 /bin/sh -c 'until echo ruok | ...'


def description(master):
    """2.2 renamed the unit's Description when it added the ExecStartPost."""
    return ("Exhibitor and ZooKeeper" if has_start_post(master)
            else "Exhibitor: Zookeeper supervisor service")


def has_start_post(master):
    return master.get("dcos_version", "2.2") >= "2.2"


def load_master(mdir):
    with open(os.path.join(mdir, "master.json")) as f:
        return json.load(f)


class Unit:
    def __init__(self, mdir):
        self.mdir = mdir
        self.master = load_master(mdir)
        self.desc = description(self.master)
        self.run = os.path.join(mdir, "run")
        self.path = os.path.join(self.run, "unit.json")
        self.journal = os.path.join(self.run, "journal")

    def read(self):
        try:
            with open(self.path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {"state": "inactive"}

    def write(self, **state):
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(state, f)
        os.chmod(tmp, 0o644)  # non-root `systemctl is-active` must be able to read it
        os.rename(tmp, self.path)

    def active_state(self):
        st = self.read()
        if st["state"] in ("active", "activating") and not pid_alive(st.get("pid", 0)):
            return "failed"  # killed behind our back
        return st["state"]

    def lock(self):
        fd = os.open(os.path.join(self.run, "unit.lock"), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    def syslog(self, msg):
        journal.append(self.journal, "systemd", 1, msg)

    def start(self, no_block=False):
        if self.active_state() in ("active", "activating"):
            return 0
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
               "EMW_SIM": self.master["topology"]}
        proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), self.mdir, "supervise"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, close_fds=True, env=env, cwd="/")
        # The start job: done once the main process runs (Type=simple) or, from 2.2 on, once
        # ExecStartPost is done; a main process that fails meanwhile ends it too. --no-block
        # only queues the job (here: until the unit is starting).
        deadline = time.time() + POST_TIMEOUT_S + 30
        while time.time() < deadline and pid_alive(proc.pid):
            st = self.read()
            if st.get("pid") == proc.pid and (no_block or st["state"] != "activating"
                                               or st.get("sub") == "auto-restart"):
                break
            time.sleep(0.02)
        return 0

    def stop(self):
        st = self.read()
        pid = st.get("pid", 0)
        if st["state"] in ("active", "activating") and pid_alive(pid):
            self.syslog(f"Stopping {self.desc}...")
            os.kill(pid, signal.SIGTERM)  # the supervisor passes it on to the main process
            deadline = time.time() + 25  # systemd's TimeoutStopSec is longer; tests are not
            while pid_alive(pid) and time.time() < deadline:
                time.sleep(0.05)
            for p in (pid, st.get("main_pid", 0), self._zk_pid()):
                if p and pid_alive(p):  # what is left in the unit's cgroup
                    os.kill(p, signal.SIGKILL)
            self.syslog(f"Stopped {self.desc}.")
        elif st["state"] == "inactive":
            return 0
        # DC/OS's unit does not list 143 as a success status: a stopped Exhibitor is "failed".
        self.write(state="failed", sub="failed", pid=pid, since=time.time(), status=143)
        return 0

    def _zk_pid(self):
        try:
            with open(os.path.join(self.run, "zk.pid")) as f:
                return int(f.read())
        except (OSError, ValueError):
            return 0

    def status_text(self, show_journal):
        st, state = self.read(), self.active_state()
        since = time.strftime("%a %Y-%m-%d %H:%M:%S %Z", time.localtime(st.get("since", 0)))
        sub = {"active": "active (running)", "failed": "failed (Result: exit-code)",
               "activating": f"activating ({st.get('sub', 'start')})",
               "inactive": "inactive (dead)"}[state]
        lines = [f"\u25cf {UNIT}.service - {self.desc}",
                 f"   Loaded: loaded (/opt/mesosphere/active/exhibitor/{UNIT}.service; enabled)",
                 f"   Active: {sub}" + (f" since {since}" if state != "inactive" else "")]
        if state in ("active", "activating") and st.get("main_pid"):
            lines.append(f" Main PID: {st['main_pid']} (java)")
        out = "\n".join(lines) + "\n"
        if show_journal:
            tail = journal._read_all(self.journal)[-10:]
            out += "\n" + "".join(journal._short(r, self.master["hostname"]) + "\n" for r in tail)
        return out


def systemctl(mdir, argv):
    quiet = any(a in ("-q", "--quiet") for a in argv)
    props, value_only = None, "--value" in argv
    words = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("-p", "--property"):
            props = args.pop(0) if args else ""
        elif a.startswith("--property="):
            props = a.split("=", 1)[1]
        elif not a.startswith("-"):
            words.append(a)
    if not words:
        print("systemctl (cluster-sim): only unit verbs are simulated", file=sys.stderr)
        return 1
    verb, units = words[0], [u.removesuffix(".service") for u in words[1:]]
    if verb in ("daemon-reload", "reset-failed"):
        return 0
    if not units:
        print("Too few arguments.", file=sys.stderr)
        return 1
    unit = Unit(mdir)
    if units[0] != UNIT:
        if verb in ("is-active", "is-failed"):
            if not quiet:
                print("inactive")
            return 3
        print(f"Failed to {verb} {units[0]}.service: Unit {units[0]}.service not found.",
              file=sys.stderr)
        return 5
    if verb in ("start", "stop", "restart", "try-restart", "reload-or-restart"):
        if os.geteuid() != 0:
            print(f"Failed to {verb} {UNIT}.service: Interactive authentication required.\n"
                  f"See system logs and 'systemctl status {UNIT}.service' for details.",
                  file=sys.stderr)
            return 1
        fd = unit.lock()
        try:
            if verb != "start":
                if verb == "try-restart" and unit.active_state() != "active":
                    return 0
                unit.stop()
            return 0 if verb == "stop" else unit.start("--no-block" in argv)
        finally:
            os.close(fd)
    state = unit.active_state()
    if verb == "is-active":
        if not quiet:
            print(state)
        return 0 if state == "active" else 3
    if verb == "is-failed":
        if not quiet:
            print(state)
        return 0 if state == "failed" else 1
    if verb == "status":
        sys.stdout.write(unit.status_text(os.geteuid() == 0))
        return 0 if state == "active" else 3
    if verb == "show":
        st = unit.read()
        sub = {"active": "running", "failed": "failed"}.get(state, "dead")
        if state == "activating":
            sub = st.get("sub", "start")
        values = {"ActiveState": state, "SubState": sub,
                  "MainPID": str(st.get("main_pid", 0) if state in ("active", "activating")
                                 else 0),
                  "Result": "exit-code" if state == "failed" else "success",
                  "Id": f"{UNIT}.service", "Description": unit.desc, "LoadState": "loaded"}
        for key in (props.split(",") if props else values):
            if key in values:
                print(values[key] if value_only else f"{key}={values[key]}")
        return 0
    print(f"systemctl (cluster-sim): verb {verb!r} is not simulated", file=sys.stderr)
    return 1


EXIT_NAMES = {0: "SUCCESS", 1: "FAILURE", 2: "INVALIDARGUMENT"}


def exit_lines(rc):
    """What systemd 219 logs when the main process ends (rc < 0: killed by signal -rc)."""
    if rc < 0:
        what = f"code=killed, status={-rc}/{signal.Signals(-rc).name.removeprefix('SIG')}"
    else:
        what = f"code=exited, status={rc}/{EXIT_NAMES.get(rc, 'n/a')}"
    lines = [f"{UNIT}.service: main process exited, {what}"]
    if rc != 0:
        lines += [f"Unit {UNIT}.service entered failed state.", f"{UNIT}.service failed."]
    return lines


def supervise(mdir):
    """systemd's part for the unit: start the main process, run 2.2's ExecStartPost, and
    (Restart=always, RestartSec, StartLimitInterval=0) start it again whenever it ends, until
    `systemctl stop` sends SIGTERM."""
    unit, me = Unit(mdir), os.getpid()
    profile, ip = unit.master["profile"], unit.master["ip"]
    stopping, child = [], [None]

    def on_term(*_):
        stopping.append(1)
        if child[0] is not None and child[0].poll() is None:
            child[0].send_signal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, on_term)

    def pause(seconds, until=lambda: False):
        end = time.time() + seconds
        while not stopping and time.time() < end and not until():
            time.sleep(0.05)

    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
           "EMW_SIM": unit.master["topology"]}
    while True:
        unit.syslog(f"Starting {unit.desc}...")
        proc = child[0] = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), mdir, "main"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=True, env=env, cwd="/")
        if stopping:
            proc.send_signal(signal.SIGTERM)
        post = has_start_post(unit.master)
        unit.write(state="activating" if post else "active",
                   sub="start-post" if post else "running", pid=me, main_pid=proc.pid,
                   since=time.time())
        if post:
            # until echo ruok | curl --connect-timeout 5 telnet://localhost:2181; do sleep 5;
            # done - curl succeeds as soon as the port accepts a connection.
            deadline = time.time() + POST_TIMEOUT_S
            while not stopping and proc.poll() is None and time.time() < deadline:
                if port_open(ip, 2181):
                    break
                pause(min(profile["post_poll_s"], max(0.0, deadline - time.time())),
                      lambda: proc.poll() is not None)
        if not post or (not stopping and proc.poll() is None):
            unit.syslog(f"Started {unit.desc}.")
            if post:
                unit.write(state="active", sub="running", pid=me, main_pid=proc.pid,
                           since=time.time())
        rc = proc.wait()
        zk = unit._zk_pid()
        if zk and pid_alive(zk):
            os.kill(zk, signal.SIGKILL)  # the rest of the unit's cgroup
        if stopping:
            for line in exit_lines(143 if rc in (143, -signal.SIGTERM) else rc):
                unit.syslog(line.replace("143/FAILURE", "143/n/a"))
            unit.write(state="failed", sub="failed", pid=me, since=time.time(), status=143)
            return 0
        for line in exit_lines(rc):
            unit.syslog(line)
        unit.write(state="activating", sub="auto-restart", pid=me, main_pid=0,
                   since=time.time(), status=rc)
        pause(profile["restart_sec"])
        if stopping:
            unit.write(state="failed", sub="failed", pid=me, since=time.time(), status=rc)
            return 0
        unit.syslog(f"{UNIT}.service holdoff time over, scheduling restart.")
        unit.syslog(f"Stopped {unit.desc}.")


def main_process(mdir):
    """The unit's ExecStart: start_exhibitor.py, which execs Exhibitor (same PID)."""
    import exhibitor  # imported here: systemctl/journalctl calls stay fast
    unit = Unit(mdir)
    try:
        exhibitor.Exhibitor(mdir, unit.master).run()
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 1
    except Exception as e:  # a bug in the sim must still look like a failed process
        journal.append(unit.journal, "start_exhibitor.py", os.getpid(), f"ERROR: {e!r}")
        return 1
    return 0


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    mdir, tool, rest = argv[1], argv[2], argv[3:]
    if tool == "systemctl":
        return systemctl(mdir, rest)
    if tool == "journalctl":
        master = load_master(mdir)
        return journal.journalctl(os.path.join(mdir, "run", "journal"), master["hostname"], rest)
    if tool == "supervise":
        return supervise(mdir)
    if tool == "main":
        return main_process(mdir)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
