"""The sim's Exhibitor REST API on <master-ip>:8181 (the calls the wizard makes).

Kept apart from exhibitor.py (the process and its ZooKeeper) so the two can change separately.
`start(ex)` serves the API of one Exhibitor instance in a daemon thread.
"""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import zkclient

CODES = {0: "latent", 1: "down", 2: "not serving", 3: "serving"}


def cluster_status(ex):
    from exhibitor import parse_spec
    out = []
    for _sid, ip, _ in parse_spec(ex.spec) if ex.spec else []:
        mode = zkclient.srvr(ip, timeout=1.0)["mode"]
        code = 1 if mode is None else 2 if mode == "not serving" else 3
        out.append({"hostname": ip, "code": code, "description": CODES[code],
                    "isLeader": mode == "leader"})
    return out


def get_state(ex):
    from exhibitor import DATA_DIR, LOG_DIR
    running = ex.zk_running() and zkclient.four_letter(ex.ip, 2181, "ruok", 1.0) == "imok"
    p = ex.profile
    return {
        "version": "v1.5.6 (cluster-sim)", "running": running, "backupActive": False,
        "standaloneMode": False, "extraHeadingText": None, "nodeMutationsAllowed": True,
        "config": {
            "rollInProgress": False, "rollStatus": "n/a", "rollPercentDone": 0,
            "hostname": ex.ip, "serverId": ex.server_id, "servers-spec": ex.spec,
            "client-port": 2181, "connect-port": 2888, "election-port": 3888,
            "check-ms": p["monitor_s"] * 1000, "observer-threshold": 0,
            "auto-manage-instances": 0, "zookeeper-data-directory": DATA_DIR,
            "zookeeper-log-directory": LOG_DIR, "log-index-directory": LOG_DIR,
            "zookeeper-install-directory": "/opt/mesosphere/active/exhibitor/usr/zookeeper",
            "zoo-cfg-extra": {"tickTime": str(p["tickTime"]), "initLimit": str(p["initLimit"]),
                              "syncLimit": str(p["syncLimit"])},
        },
    }


def start(ex):
    threading.Thread(target=serve, args=(ex,), daemon=True).start()


def serve(ex):
    from exhibitor import parse_spec

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            path = self.path.split("?", 1)[0].rstrip("/")
            if path == "/exhibitor/v1/cluster/status":
                body = cluster_status(ex)
            elif path == "/exhibitor/v1/config/get-state":
                body = get_state(ex)
            elif path == "/exhibitor/v1/cluster/list":
                body = {"servers": [ip for _, ip, _ in parse_spec(ex.spec)] if ex.spec else [],
                        "port": 2181}
            else:
                self.send_error(404)
                return
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass  # the journal carries ZooKeeper's log, not access logs

    while not ex.stopping:
        try:
            ThreadingHTTPServer((ex.ip, 8181), Handler).serve_forever()
        except OSError as e:  # e.g. the previous instance's socket still closing
            ex.log(f"WARN REST port {ex.ip}:8181: {e}; retrying", "java")
            time.sleep(1)
