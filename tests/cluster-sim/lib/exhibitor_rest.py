"""The sim's Exhibitor REST API on <master-ip>:8181, shaped like dcos/exhibitor's
rest/ClusterResource.java and rest/ConfigResource.java (Jackson's compact JSON):

- cluster/status: one entry per server of the servers-spec; our own from the instance
  monitor's cached state (latent until its first check), the others' from their Exhibitor's
  cluster/state (down if that fails) - ClusterStatusTask.
- cluster/state, cluster/state/{host}; cluster/4ltr/{word}, cluster/4ltr/{word}/{host}
  ({host} variants wrap the answer in {"response":..,"errorMessage":..,"success":..}; the
  4ltr answer is a JSON string inside that string: double-encoded); cluster/list;
  cluster/start|stop|restart[/{host}] queue StartInstance / KillRunningInstance.
- config/get-state: camelCase config keys (ConfigResource.fixName over StringConfigs and
  IntConfigs), zooCfgExtra as an object, an ETag.
- With /opt/mesosphere/etc/exhibitor_web.xml and exhibitor_realm (DC/OS with
  exhibitor_admin_password): HTTP Basic admin:<pw> for everything but exactly
  /exhibitor/v1/cluster/status; remote calls authenticate as admin (--remoteauth basic:admin).
- With the TLS artifacts (Enterprise): HTTPS that requires a client certificate signed by the
  cluster's CA; remote calls present the master's client certificate.
"""
import base64
import hashlib
import json
import os
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import exhibitor_core as core
import templates

WORDS = ("stat", "ruok", "reqs", "dump", "conf", "cons", "srvr", "wchs", "wchc", "wchp", "mntr")
PUBLIC = "/exhibitor/v1/cluster/status"
BASE = "/exhibitor/v1/"


def dumps(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def camel(name):
    """ConfigResource.fixName: zookeeper-data-directory -> zookeeperDataDirectory."""
    parts = [p for p in name.split("-") if p]
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


class Rest:
    def __init__(self, ex):
        self.ex = ex

    # --- our own state ---
    def config(self):
        return self.ex.core.config

    def servers(self):
        return self.ex.core.servers()

    def get_status(self):
        """ClusterResource.getStatus (cluster/state)."""
        c = self.ex.core
        code = c.state_code()
        return {"switches": {"restarts": True, "cleanup": True, "backups": True},
                "state": code, "description": core.DESCRIPTIONS[code], "isLeader": c.is_leader}

    def cluster_status(self):
        servers = self.servers()
        out = [None] * len(servers)

        def one(n, ip):
            if ip == self.ex.ip:
                st = self.get_status()
            else:
                body, err = self.remote(ip, "cluster/state")
                try:
                    st = json.loads(body) if not err else {}
                except ValueError:
                    st = {}
            if not st:
                st = {"state": core.DOWN, "description": core.DESCRIPTIONS[core.DOWN],
                      "isLeader": False}
            out[n] = {"hostname": ip, "code": st["state"], "description": st["description"],
                      "isLeader": st["isLeader"]}
        threads = [threading.Thread(target=one, args=(n, ip)) for n, (_, ip, _) in
                   enumerate(servers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return out

    def get_state(self):
        c = self.config()
        us = self.ex.core.us()
        running = self.ex.four_letter("ruok") == "imok"
        conf = {"rollInProgress": False, "rollStatus": "n/a", "rollPercentDone": 0,
                "hostname": self.ex.ip, "serverId": us[0] if us else -1}
        for name in templates.STRING_CONFIGS:
            conf[camel(name)] = c.get(name)
        for name in templates.INT_CONFIGS:
            conf[camel(name)] = c.get_int(name)
        conf["zooCfgExtra"] = dict(core.decode_extra(c.get("zoo-cfg-extra")))
        conf["controlPanel"] = {}
        return {"version": "v1.5.6-SNAPSHOT", "running": running, "backupActive": False,
                "standaloneMode": False, "extraHeadingText": None, "nodeMutationsAllowed": True,
                "config": conf}

    def four_letter(self, word):
        """ClusterResource.getFourLetterWord: the answer as a JSON string."""
        if word.lower() not in WORDS:
            return dumps("* unknown *")
        return dumps(self.ex.four_letter(word.lower()) or "")

    def result_ok(self):
        return dumps({"message": "OK", "succeeded": True})

    # --- remote calls (RemoteInstanceRequest) ---
    def remote(self, host, path):
        scheme = "https" if self.ex.tls else "http"
        req = urllib.request.Request(f"{scheme}://{host}:8181{BASE}{path}",
                                     headers={"Accept": "application/json"})
        if self.ex.security:
            token = base64.b64encode(":".join(self.ex.security).encode()).decode()
            req.add_header("Authorization", "Basic " + token)
        try:
            with urllib.request.urlopen(req, timeout=3, context=client_context(self.ex)) as r:
                return r.read().decode(), ""
        except urllib.error.HTTPError as e:
            return "{}", f"HTTP {e.code}"
        except (OSError, ValueError) as e:
            return "{}", str(getattr(e, "reason", e)) or "Unknown"

    def remote_or_local(self, host, path, local, is_json):
        """ClusterResource.makeRemoteRequest."""
        if host in ("localhost", self.ex.ip):
            body, err = local(), ""
        else:
            body, err = self.remote(host, path)
        node = json.loads(body) if is_json else body
        return dumps({"response": node, "errorMessage": err, "success": err == ""})

    # --- routing ---
    def route(self, path):
        """(status, body) for a GET of path (no query), or None for 404."""
        ex = self.ex
        if not path.startswith(BASE):
            return None
        parts = path[len(BASE):].split("/")
        if parts[:2] == ["config", "get-state"] and len(parts) == 2:
            return dumps(self.get_state())
        if parts[0] != "cluster" or len(parts) < 2:
            return None
        verb, rest = parts[1], parts[2:]
        actions = {"start": lambda: ex.core.queue.add(ex.core.start_instance),
                   "stop": lambda: ex.core.queue.add(
                       lambda: ex.core.kill_running_instance(False)),
                   "restart": lambda: ex.core.queue.add(
                       lambda: ex.core.kill_running_instance(True))}
        if verb == "status" and not rest:
            return dumps(self.cluster_status())
        if verb == "list" and not rest:
            return dumps({"servers": [ip for _, ip, _ in self.servers()],
                          "port": self.config().get_int("client-port")})
        if verb == "state" and not rest:
            return dumps(self.get_status())
        if verb == "state" and len(rest) == 1:
            return self.remote_or_local(rest[0], "cluster/state",
                                        lambda: dumps(self.get_status()), True)
        if verb == "4ltr" and len(rest) == 1:
            return self.four_letter(rest[0])
        if verb == "4ltr" and len(rest) == 2:
            return self.remote_or_local(rest[1], "cluster/4ltr/" + rest[0],
                                        lambda: self.four_letter(rest[0]), False)
        if verb in actions and not rest:
            actions[verb]()
            return self.result_ok()
        if verb in actions and len(rest) == 1:
            def local():
                actions[verb]()
                return self.result_ok()
            return self.remote_or_local(rest[0], "cluster/" + verb, local, True)
        return None


def server_context(ex):
    """Jetty's SslContextFactory with needClientAuth: the server keystore, the truststore."""
    import exhibitor
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(exhibitor.PKI_DIR, "server.crt"),
                        os.path.join(exhibitor.PKI_DIR, "server.key"))
    ctx.load_verify_locations(os.path.join(exhibitor.PKI_DIR, "root-ca.crt"))
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def client_context(ex):
    if not ex.tls:
        return None
    import exhibitor
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(os.path.join(exhibitor.PKI_DIR, "root-ca.crt"))
    ctx.load_cert_chain(os.path.join(exhibitor.PKI_DIR, "client.crt"),
                        os.path.join(exhibitor.PKI_DIR, "client.key"))
    return ctx


def start(ex):
    threading.Thread(target=serve, args=(ex,), daemon=True).start()


def serve(ex):
    rest = Rest(ex)
    tls = server_context(ex) if ex.tls else None

    class Handler(BaseHTTPRequestHandler):
        server_version = "Jetty(9.4.z-SNAPSHOT)"
        sys_version = ""

        def setup(self):
            if tls is not None:
                # The handshake in the request's own thread: a client that never sends a
                # certificate must not hold up the others.
                self.request.settimeout(10)
                self.request = tls.wrap_socket(self.request, server_side=True)
            super().setup()

        def authorized(self, path):
            if ex.security is None or path == PUBLIC:
                return True
            want = base64.b64encode(":".join(ex.security).encode()).decode()
            return self.headers.get("Authorization", "").strip() == "Basic " + want

        def send(self, status, body, ctype, extra=()):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            for k, v in extra:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_GET(self):
            path = urllib.parse.unquote(self.path.split("?", 1)[0])
            if not self.authorized(path):
                self.send(401, "<html><head><title>Error 401 Unauthorized</title></head><body>"
                          "<h2>HTTP ERROR 401</h2><p>Problem accessing " + path
                          + ". Reason:<pre>    Unauthorized</pre></p></body></html>\n",
                          "text/html;charset=iso-8859-1",
                          [("WWW-Authenticate", 'basic realm="DCOS"')])
                return
            if ex.core is None:
                self.send(503, "", "text/plain")
                return
            body = rest.route(path)
            if body is None:
                self.send(404, "", "text/plain")
                return
            extra = []
            if path == BASE + "config/get-state":
                tag = '"' + hashlib.sha1(body.encode()).hexdigest() + '"'
                if self.headers.get("If-None-Match", "") == tag:
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.end_headers()
                    return
                extra.append(("ETag", tag))
            self.send(200, body, "application/json", extra)

        def log_message(self, *args):
            pass  # the journal carries Exhibitor's and ZooKeeper's log, not access logs

        def handle_one_request(self):
            try:
                super().handle_one_request()
            except (ssl.SSLError, ConnectionError, TimeoutError, OSError):
                self.close_connection = True

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # e.g. a TLS client without a certificate: its connection just ends

    while not ex.stopping:
        try:
            Server((ex.ip, 8181), Handler).serve_forever()
        except OSError as e:  # e.g. the previous instance's socket still closing
            ex.log(f"WARN REST port {ex.ip}:8181: {e}; retrying", "java")
            time.sleep(1)
