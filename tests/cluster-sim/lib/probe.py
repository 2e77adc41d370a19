#!/usr/bin/python3
"""Small probes for test-sim and demos (no JVM per call):

    probe.py mode IP                 srvr Mode (leader|follower|not serving|down)
    probe.py zxid IP                 srvr Zxid in hex, or '-'
    probe.py http IP PATH            GET http://IP:8181PATH, print the JSON body; on an HTTP
                                     error print "HTTP <code>" and exit 1. Environment:
                                     EMW_REST_AUTH=user:password (HTTP Basic),
                                     EMW_REST_TLS=PKI_DIR (https; root-ca.crt, and client.crt
                                     and client.key unless EMW_REST_NOCERT=1)
    probe.py http-wait IP PATH S     like http, polling every 20 ms for up to S seconds until
                                     the port answers (HTTP errors are answers too)
    probe.py first IP S PATH...      wait up to S seconds for the first PATH to answer, then GET
                                     every PATH at once; one body per line
    probe.py zkget HOST,HOST PATH    print a znode's data
    probe.py zkset HOST,HOST PATH    set a znode's data from stdin
    probe.py watch OUT IP...         until SIGTERM: sample srvr of all IPs every 0.1 s and write
                                     a counter through the ensemble; then write a JSON summary
"""
import json
import signal
import sys
import time
import urllib.error
import urllib.request

import zkclient


def watch(out, ips):
    """Measure what an operator cares about during a rolling restart: how long no majority
    was serving, and how long writes through the ensemble failed."""
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    majority = len(ips) // 2 + 1
    s = {"samples": 0, "no_majority_samples": 0, "longest_no_majority_s": 0.0, "writes": 0,
         "write_failures": 0, "longest_write_gap_s": 0.0, "last_value": None}
    lost_since, last_write, zk, n = None, time.time(), None, 0
    node = "/emw-sim-watch"
    while not stop:
        now = time.time()
        serving = sum(zkclient.srvr(ip, timeout=0.5)["mode"] in ("leader", "follower")
                      for ip in ips)
        s["samples"] += 1
        if serving < majority:
            s["no_majority_samples"] += 1
            lost_since = lost_since or now
            s["longest_no_majority_s"] = max(s["longest_no_majority_s"], now - lost_since)
        else:
            lost_since = None
        try:
            if zk is None:
                zk = zkclient.connect_any(ips, timeout=0.5)
                if not zk.exists(node):
                    zk.create(node, b"0")
            n += 1
            zk.set(node, str(n).encode())
            s["writes"], s["last_value"], last_write = s["writes"] + 1, n, time.time()
        except (OSError, zkclient.ZkError):
            s["write_failures"] += 1
            if zk is not None:
                zk.sock.close()
            zk = None
        s["longest_write_gap_s"] = max(s["longest_write_gap_s"], time.time() - last_write)
        time.sleep(0.1)
    if zk is not None:
        zk.close()
    with open(out, "w") as f:
        json.dump({k: round(v, 2) if isinstance(v, float) else v for k, v in s.items()}, f)


def http(ip, path):
    import base64
    import os
    import ssl
    pki, ctx = os.environ.get("EMW_REST_TLS"), None
    if pki:
        ctx = ssl.create_default_context(cafile=os.path.join(pki, "root-ca.crt"))
        if not os.environ.get("EMW_REST_NOCERT"):
            ctx.load_cert_chain(os.path.join(pki, "client.crt"), os.path.join(pki, "client.key"))
    req = urllib.request.Request(f"{'https' if pki else 'http'}://{ip}:8181{path}")
    if os.environ.get("EMW_REST_AUTH"):
        token = base64.b64encode(os.environ["EMW_REST_AUTH"].encode()).decode()
        req.add_header("Authorization", "Basic " + token)
    try:
        with urllib.request.urlopen(req, timeout=5, context=ctx) as r:
            print(r.read().decode())
    except urllib.error.HTTPError as e:
        print(f"HTTP {e.code} {e.headers.get('WWW-Authenticate', '')}".rstrip())
        return 1
    return 0


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "mode":
        print(zkclient.srvr(args[0])["mode"] or "down")
    elif cmd == "zxid":
        z = zkclient.srvr(args[0])["zxid"]
        print("-" if z is None else hex(z))
    elif cmd == "http":
        return http(args[0], args[1])
    elif cmd == "http-wait":
        end = time.time() + float(args[2])
        while time.time() < end:
            try:
                return http(args[0], args[1])
            except OSError:
                time.sleep(0.02)
        print("no answer", file=sys.stderr)
        return 1
    elif cmd == "first":
        end = time.time() + float(args[1])
        while True:
            try:
                with urllib.request.urlopen(f"http://{args[0]}:8181{args[2]}", timeout=2) as r:
                    bodies = [r.read().decode()]
                break
            except OSError:
                if time.time() > end:
                    print("no answer", file=sys.stderr)
                    return 1
                time.sleep(0.02)
        for path in args[3:]:
            with urllib.request.urlopen(f"http://{args[0]}:8181{path}", timeout=2) as r:
                bodies.append(r.read().decode())
        print("\n".join(bodies))
    elif cmd == "zkset":
        with zkclient.connect_any(args[0].split(",")) as zk:
            zk.set(args[1], sys.stdin.buffer.read())
    elif cmd == "zkget":
        with zkclient.connect_any(args[0].split(",")) as zk:
            sys.stdout.write(zk.get(args[1]).decode())
    elif cmd == "watch":
        watch(args[0], args[1:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
