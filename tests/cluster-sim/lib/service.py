#!/usr/bin/python3
"""Stand-ins for systemctl and journalctl on one simulated master, and the unit's main process.

Usage (from the per-master wrapper scripts in /usr/local/sbin of the master's namespace):
    service.py MASTER_DIR systemctl ARGS...
    service.py MASTER_DIR journalctl ARGS...
    service.py MASTER_DIR supervise          (the dcos-exhibitor main process)

Unit state lives in MASTER_DIR/run/unit.json: {"state": active|failed|inactive, "pid", "since"}.
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
from procs import pid_alive  # noqa: E402

UNIT = "dcos-exhibitor"
DESCRIPTION = "Exhibitor: Zookeeper Supervisor Service"


def load_master(mdir):
    with open(os.path.join(mdir, "master.json")) as f:
        return json.load(f)


class Unit:
    def __init__(self, mdir):
        self.mdir = mdir
        self.master = load_master(mdir)
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
        if st["state"] == "active" and not pid_alive(st.get("pid", 0)):
            return "failed"  # killed behind our back
        return st["state"]

    def lock(self):
        fd = os.open(os.path.join(self.run, "unit.lock"), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    def syslog(self, msg):
        journal.append(self.journal, "systemd", 1, msg)

    def start(self):
        if self.active_state() == "active":
            return 0
        self.syslog(f"Starting {DESCRIPTION}...")
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
               "EMW_SIM": self.master["topology"]}
        proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), self.mdir, "supervise"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, close_fds=True, env=env, cwd="/")
        self.write(state="active", pid=proc.pid, since=time.time())
        self.syslog(f"Started {DESCRIPTION}.")
        return 0

    def stop(self):
        st = self.read()
        pid = st.get("pid", 0)
        if st["state"] == "active" and pid_alive(pid):
            self.syslog(f"Stopping {DESCRIPTION}...")
            os.kill(pid, signal.SIGTERM)
            deadline = time.time() + 20  # systemd's TimeoutStopSec is longer; tests are not
            while pid_alive(pid) and time.time() < deadline:
                time.sleep(0.05)
            if pid_alive(pid):
                os.kill(pid, signal.SIGKILL)
            zk = self._zk_pid()
            if zk and pid_alive(zk):
                os.kill(zk, signal.SIGKILL)
            self.syslog(f"Stopped {DESCRIPTION}.")
        elif st["state"] == "inactive":
            return 0
        # DC/OS's unit does not list 143 as a success status: a stopped Exhibitor is "failed".
        self.write(state="failed", pid=pid, since=time.time(), status=143)
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
               "inactive": "inactive (dead)"}[state]
        lines = [f"\u25cf {UNIT}.service - {DESCRIPTION}",
                 f"   Loaded: loaded (/opt/mesosphere/active/exhibitor/{UNIT}.service; enabled)",
                 f"   Active: {sub}" + (f" since {since}" if state != "inactive" else "")]
        if state == "active":
            lines.append(f" Main PID: {st['pid']} (python3)")
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
            return 0 if verb == "stop" else unit.start()
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
        values = {"ActiveState": state,
                  "SubState": {"active": "running", "failed": "failed"}.get(state, "dead"),
                  "MainPID": str(st.get("pid", 0) if state == "active" else 0),
                  "Result": "exit-code" if state == "failed" else "success",
                  "Id": f"{UNIT}.service", "Description": DESCRIPTION, "LoadState": "loaded"}
        for key in (props.split(",") if props else values):
            if key in values:
                print(values[key] if value_only else f"{key}={values[key]}")
        return 0
    print(f"systemctl (cluster-sim): verb {verb!r} is not simulated", file=sys.stderr)
    return 1


def supervise(mdir):
    import exhibitor  # imported here: systemctl/journalctl calls stay fast
    unit = Unit(mdir)
    code = 0
    try:
        exhibitor.Exhibitor(mdir, unit.master).run()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except Exception as e:  # a bug in the sim must still look like a failed unit
        journal.append(unit.journal, "start_exhibitor.py", os.getpid(), f"ERROR: {e!r}")
        code = 1
    if code == 143:
        unit.syslog(f"{UNIT}.service: main process exited, code=exited, status=143/n/a")
        unit.syslog(f"Unit {UNIT}.service entered failed state.")
        unit.syslog(f"{UNIT}.service failed.")
    if unit.read().get("pid") == os.getpid():
        unit.write(state="failed", pid=os.getpid(), since=time.time(), status=code)
    return code


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
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
