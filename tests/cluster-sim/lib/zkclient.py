"""A minimal ZooKeeper client (jute wire protocol) and four-letter words.

Python's stdlib has no ZooKeeper client, and starting zkCli.sh costs a JVM start per call.
The sim needs only a handful of synchronous operations without watches, so this speaks the
protocol directly: connect, create, get, set, exists, children, delete, close.
"""
import socket
import struct

OPEN_ACL_UNSAFE = [(31, "world", "anyone")]
NONODE, NODEEXISTS = -101, -110
OP_CREATE, OP_DELETE, OP_EXISTS, OP_GETDATA, OP_SETDATA, OP_CHILDREN, OP_CLOSE = 1, 2, 3, 4, 5, 8, -11


class ZkError(Exception):
    def __init__(self, code, path=""):
        super().__init__(f"ZooKeeper error {code} on {path}")
        self.code = code


def four_letter(host, port, word, timeout=2.0):
    """Send a four-letter word; return the reply text, or None if the port does not answer."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(word.encode())
            chunks = []
            while True:
                data = s.recv(65536)
                if not data:
                    break
                chunks.append(data)
        return b"".join(chunks).decode(errors="replace")
    except OSError:
        return None


def srvr(host, port=2181, timeout=2.0):
    """Parse srvr into {'mode': leader|follower|...|'not serving'|None, 'zxid': int|None}."""
    text = four_letter(host, port, "srvr", timeout)
    if text is None:
        return {"mode": None, "zxid": None}
    if "not currently serving" in text:
        return {"mode": "not serving", "zxid": None}
    out = {"mode": None, "zxid": None}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key == "Mode":
            out["mode"] = value.strip()
        elif key == "Zxid":
            out["zxid"] = int(value.strip(), 16)
    return out


def _string(s):
    if s is None:
        return struct.pack(">i", -1)
    b = s.encode() if isinstance(s, str) else s
    return struct.pack(">i", len(b)) + b


class _Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, fmt):
        value = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += struct.calcsize(fmt)
        return value[0] if len(value) == 1 else value

    def buffer(self):
        n = self.take(">i")
        if n < 0:
            return None
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b


class ZkClient:
    """One session on one server. Use as a context manager."""

    def __init__(self, host, port=2181, timeout=5.0, session_ms=10000):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.xid = 0
        req = struct.pack(">iqiq", 0, 0, session_ms, 0) + _string(b"\0" * 16) + b"\0"
        self._send(req)
        r = _Reader(self._recv())
        _proto, _timeout, self.session_id = r.take(">iiq")
        if self.session_id == 0:
            raise ZkError(-4, "connect (server not serving)")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _send(self, payload):
        self.sock.sendall(struct.pack(">i", len(payload)) + payload)

    def _recv_exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ZkError(-4, "connection closed")
            buf += chunk
        return buf

    def _recv(self):
        (n,) = struct.unpack(">i", self._recv_exact(4))
        return self._recv_exact(n)

    def _call(self, op, body, path=""):
        self.xid += 1
        self._send(struct.pack(">ii", self.xid, op) + body)
        while True:
            r = _Reader(self._recv())
            xid, _zxid, err = r.take(">iqi")
            if xid == self.xid:
                break  # anything else would be a ping reply or a watch event: not ours
        if err:
            raise ZkError(err, path)
        return r

    def create(self, path, data=b"", makepath=False):
        if makepath:
            parent = path.rsplit("/", 1)[0]
            if parent and not self.exists(parent):
                self.create(parent, b"", makepath=True)
        acl = struct.pack(">i", len(OPEN_ACL_UNSAFE)) + b"".join(
            struct.pack(">i", p) + _string(s) + _string(i) for p, s, i in OPEN_ACL_UNSAFE)
        try:
            self._call(OP_CREATE, _string(path) + _string(data) + acl + struct.pack(">i", 0), path)
        except ZkError as e:
            if not (makepath and e.code == NODEEXISTS):
                raise

    def get(self, path):
        return self._call(OP_GETDATA, _string(path) + b"\0", path).buffer() or b""

    def get_with_version(self, path):
        """(data, stat.version): what Exhibitor's config provider compares between reads."""
        r = self._call(OP_GETDATA, _string(path) + b"\0", path)
        data = r.buffer() or b""
        _czxid, _mzxid, _ctime, _mtime, version = r.take(">qqqqi")
        return data, version

    def set(self, path, data, version=-1):
        self._call(OP_SETDATA, _string(path) + _string(data) + struct.pack(">i", version), path)

    def exists(self, path):
        try:
            self._call(OP_EXISTS, _string(path) + b"\0", path)
            return True
        except ZkError as e:
            if e.code == NONODE:
                return False
            raise

    def children(self, path):
        r = self._call(OP_CHILDREN, _string(path) + b"\0", path)
        return [r.buffer().decode() for _ in range(r.take(">i"))]

    def delete(self, path, version=-1):
        self._call(OP_DELETE, _string(path) + struct.pack(">i", version), path)

    def close(self):
        try:
            self._call(OP_CLOSE, b"")
        except (OSError, ZkError):
            pass
        self.sock.close()


def connect_any(hosts, timeout=3.0):
    """Connect to the first of hosts ('ip' or 'ip:port') that accepts a session."""
    last = None
    for h in hosts:
        host, _, port = h.partition(":")
        try:
            return ZkClient(host, int(port or 2181), timeout=timeout)
        except (OSError, ZkError) as e:
            last = e
    raise ZkError(-4, f"no server of {','.join(hosts)} accepted a session ({last})")
