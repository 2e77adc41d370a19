"""Processes and mounts of a sim, found and ended without process groups or cgroups."""
import json
import os
import signal
import socket
import subprocess
import time


def pid_alive(pid):
    """True if pid runs and is not a zombie (nobody may have reaped it yet)."""
    try:
        with open(f"/proc/{int(pid)}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, ValueError, IndexError):
        return False


def port_open(ip, port):
    try:
        with socket.create_connection((ip, port), timeout=0.5):
            return True
    except OSError:
        return False


def recorded_pids(state_dir):
    """The pids the sim wrote down: daemons' pid files and the units' main processes."""
    pids = []
    for root, _, files in os.walk(state_dir):
        for f in files:
            if f in ("pid", "zk.pid"):
                try:
                    pids.append(int(open(os.path.join(root, f)).read()))
                except (OSError, ValueError):
                    pass
            elif f == "unit.json":
                try:
                    pids.append(int(json.load(open(os.path.join(root, f))).get("pid", 0)))
                except (OSError, ValueError):
                    pass
    return [p for p in pids if p > 1 and pid_alive(p)]


def ancestors():
    pids, pid = set(), os.getpid()
    while pid > 1:
        pids.add(pid)
        try:
            pid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return pids


def sim_pids(name, ns_ids):
    """Live processes of this sim, found without process groups or cgroups: by the EMW_SIM
    marker in their environment (everything the sim spawns), or by living in one of the
    masters' mount namespaces (SSH sessions, sudo, whatever the app started there)."""
    marker, found, skip = f"EMW_SIM={name}".encode(), set(), ancestors()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in skip:
            continue
        pid = int(entry)
        try:
            if marker in open(f"/proc/{pid}/environ", "rb").read().split(b"\0"):
                found.add(pid)
                continue
            ns = os.readlink(f"/proc/{pid}/ns/mnt")
            if int(ns.split("[")[1].rstrip("]")) in ns_ids:
                found.add(pid)
        except (OSError, ValueError, IndexError):
            pass
    return {p for p in found if pid_alive(p)}


def kill_all(collect, grace=8.0):
    """SIGTERM, wait up to grace seconds, then SIGKILL until collect() finds nothing alive."""
    deadline, sig = time.time() + grace, signal.SIGTERM
    while True:
        pids = {p for p in collect() if p > 1 and pid_alive(p)}
        if not pids:
            return
        if time.time() > deadline:
            sig = signal.SIGKILL
        if time.time() > deadline + 5:
            raise RuntimeError(f"processes would not die: {sorted(pids)}")
        for p in pids:
            try:
                os.kill(p, sig)
            except OSError:
                pass
        time.sleep(0.1)


def mount_points():
    with open("/proc/self/mountinfo") as f:
        # Field 5 is the mount point, with spaces and the like escaped as octal (\040).
        return {line.split()[4].encode().decode("unicode_escape") for line in f}


def umount(path):
    if subprocess.run(["umount", path], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", path], capture_output=True)  # busy: detach it anyway
