#!/usr/bin/python3
"""The topology's keeper: parent and reaper of every long-lived process the sim starts.

`sim` is short-lived, and daemons it forks would be orphaned to PID 1. In containers PID 1 often
never reaps, so dead daemons would stay as zombies that look alive to kill(pid, 0). The keeper
marks itself a child subreaper, spawns daemons on request (so they are its children) and adopts
whatever they orphan, e.g. the Exhibitor main process that `systemctl start` forks inside an SSH
session. It reaps them all.

Protocol: one JSON request per connection on STATE/keeper.sock:
    {"argv": [...], "log": "/path"}  ->  {"pid": N}     or {"error": "..."}

    keeper.py STATE_DIR [OWNER_PID CLEANUP_ARGV...]

With an owner (the `sim up` that is building the sim): if the owner dies before state.json says
"complete", the keeper runs CLEANUP_ARGV once. A SIGKILLed `up` cannot clean up after itself,
and the keeper is the one thing it started that outlives it.
"""
import ctypes
import json
import os
import socket
import sys

from procs import pid_alive

PR_SET_CHILD_SUBREAPER = 36


def spawn(argv, log, env):
    out = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()  # own session: no signal meant for the keeper reaches it
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(out, 1)
            os.dup2(out, 2)
            os.closerange(3, 1024)
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    os.close(out)
    return pid


def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def complete(state_dir):
    try:
        with open(os.path.join(state_dir, "state.json")) as f:
            return bool(json.load(f).get("complete"))
    except (OSError, ValueError):
        return False


def main(state_dir, owner=0, cleanup=None):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("keeper: prctl(PR_SET_CHILD_SUBREAPER) failed", file=sys.stderr)
        return 1
    path = os.path.join(state_dir, "keeper.sock")
    if os.path.exists(path):
        os.unlink(path)
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    os.chmod(path, 0o600)
    srv.listen(16)
    srv.settimeout(0.2)
    env = dict(os.environ)
    # Without the marker: `down` must not count its own helpers (umount, usermod) as the sim's.
    cleanup_env = {k: v for k, v in env.items() if k != "EMW_SIM"}
    while True:
        reap()
        if owner and not pid_alive(owner):
            # Read after the owner's death: an `up` that finished and exited is not a failure.
            if not complete(state_dir) and cleanup:
                print(f"keeper: sim up (pid {owner}) died before the sim was complete; "
                      f"cleaning up: {' '.join(cleanup)}", file=sys.stderr, flush=True)
                spawn(cleanup, os.path.join(state_dir, "keeper.log"), cleanup_env)
            owner = 0
        try:
            conn, _ = srv.accept()
        except socket.timeout:
            continue
        with conn:
            conn.settimeout(5)
            try:
                data = b""
                while not data.endswith(b"\n"):
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                req = json.loads(data)
                reply = {"pid": spawn(req["argv"], req["log"], env)}
            except Exception as e:  # a bad request must not take the keeper down
                reply = {"error": repr(e)}
            try:
                conn.sendall(json.dumps(reply).encode() + b"\n")
            except OSError:
                pass


def request(state_dir, argv, log):
    """Client side: ask the keeper to start argv with output appended to log; return its pid."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(os.path.join(state_dir, "keeper.sock"))
        s.sendall(json.dumps({"argv": argv, "log": log}).encode() + b"\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    reply = json.loads(data)
    if "error" in reply:
        raise RuntimeError(f"keeper could not start {argv[0]}: {reply['error']}")
    return reply["pid"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0, sys.argv[3:]))
