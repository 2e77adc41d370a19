"""java.util.Properties as Exhibitor writes it on DC/OS: Java 8's Hashtable order and store() text.

DC/OS runs Exhibitor on its own Java 8 (dcos/dcos packages/java), where Properties extends
Hashtable and store() walks Hashtable's keys(): buckets from the last to the first, each bucket's
chain from the newest entry. So the order of zoo.cfg's keys depends on String.hashCode, the
table's capacity (11, doubled plus one at every rehash past a load factor of 0.75) and the order
the keys went in. Java 9+ Properties use a ConcurrentHashMap and store in another order, so this
module models Java 8's, which test-sim checks against a real java.util.Hashtable.
"""
import time


def string_hash(s):
    """java.lang.String.hashCode(): s[0]*31^(n-1) + ... over UTF-16 code units, as an int32."""
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] << 8 | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


class Hashtable:
    """java.util.Hashtable's put/rehash/keys() (identical in Java 8 and 17)."""

    def __init__(self, capacity=11, load_factor=0.75):
        self.table = [[] for _ in range(capacity)]  # each chain newest first
        self.load_factor = load_factor
        self.threshold = int(capacity * load_factor)
        self.count = 0

    def _index(self, h, capacity):
        return (h & 0x7FFFFFFF) % capacity

    def put(self, key, value):
        h = string_hash(key)
        chain = self.table[self._index(h, len(self.table))]
        for entry in chain:
            if entry[0] == h and entry[1] == key:
                entry[2] = value  # an existing key keeps its place
                return
        if self.count >= self.threshold:
            self._rehash()
        self.table[self._index(h, len(self.table))].insert(0, [h, key, value])
        self.count += 1

    def _rehash(self):
        old = self.table
        capacity = len(old) * 2 + 1
        self.table = [[] for _ in range(capacity)]
        self.threshold = int(capacity * self.load_factor)
        # Old buckets from the last one down, each chain from its head, every entry pushed on
        # the head of its new chain: chains that stay together come out reversed.
        for chain in reversed(old):
            for entry in chain:
                self.table[self._index(entry[0], capacity)].insert(0, entry)

    def items(self):
        """keys()/entrySet() order: the last bucket first, each chain from its head."""
        return [(e[1], e[2]) for chain in reversed(self.table) for e in chain]


def save_convert(s, escape_space):
    """Properties.saveConvert with escUnicode (store(OutputStream) always escapes)."""
    out = []
    for i, c in enumerate(s):
        o = ord(c)
        if 61 < o < 127:
            out.append("\\\\" if c == "\\" else c)
        elif c == " ":
            out.append("\\ " if i == 0 or escape_space else " ")
        elif c in "\t\n\r\f":
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f"}[c])
        elif c in "=:#!":
            out.append("\\" + c)
        elif o < 0x20 or o > 0x7E:
            out.append("\\u%04X" % o)
        else:
            out.append(c)
    return "".join(out)


def java_date(t=None):
    """java.util.Date.toString(): 'Mon Dec 07 03:28:39 UTC 2026' (locale-independent)."""
    lt = time.localtime(t)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (f"{days[lt.tm_wday]} {months[lt.tm_mon - 1]} {lt.tm_mday:02d} "
            f"{lt.tm_hour:02d}:{lt.tm_min:02d}:{lt.tm_sec:02d} {time.strftime('%Z', lt)} "
            f"{lt.tm_year}")


def store(items, comment, t=None):
    """Properties.store(out, comment) of the given (key, value) pairs, in that order."""
    lines = []
    if comment is not None:
        # writeComments: printable ASCII without line breaks goes out as it is.
        assert all(0x20 <= ord(c) <= 0x7E for c in comment), comment
        lines.append("#" + comment)
    lines.append("#" + java_date(t))
    lines += [save_convert(k, True) + "=" + save_convert(v, False) for k, v in items]
    return "\n".join(lines) + "\n"


def exhibitor_zoo_cfg(zoo_cfg_extra, data_dir, log_dir, client_port, servers, observer=False,
                      t=None):
    """zoo.cfg as StandardProcessOperations.prepConfigFile writes it.

    zoo_cfg_extra: [(key, value)] in the order of the encoded zoo-cfg-extra setting;
    servers: [(id, 'host:2888:3888[:observer]')] in servers-spec order.
    Details puts zoo-cfg-extra, dataDir and dataLogDir into one Properties; prepConfigFile
    copies it (putAll walks it in its own order) into a new one and adds clientPort and the
    server.N lines (and peerType for an observer)."""
    details = Hashtable()
    for k, v in zoo_cfg_extra:
        details.put(k, v)
    details.put("dataDir", data_dir)
    details.put("dataLogDir", log_dir)
    local = Hashtable()
    for k, v in details.items():
        local.put(k, v)
    local.put("clientPort", str(client_port))
    for sid, spec in servers:
        local.put(f"server.{sid}", spec)
    if observer:
        local.put("peerType", "observer")
    return store(local.items(), "Auto-generated by Exhibitor - " + java_date(t), t)


# --- reading, and whole Properties objects (the sim's Exhibitor and its shared config) ---

def load(text):
    """Parse Java properties text into an ordered dict (later keys win, as in Java)."""
    out, lines, i = {}, text.splitlines(), 0
    while i < len(lines):
        line = lines[i].lstrip(" \t\f")
        i += 1
        if not line or line[0] in "#!":
            continue
        # A logical line continues while it ends in an odd number of backslashes.
        while (len(line) - len(line.rstrip("\\"))) % 2 == 1 and i < len(lines):
            line = line[:-1] + lines[i].lstrip(" \t\f")
            i += 1
        key, j = _take_key(line)
        out[_unescape(key)] = _unescape(line[j:])
    return out


def _take_key(line):
    j, n = 0, len(line)
    while j < n and line[j] not in "=: \t\f":
        j += 2 if line[j] == "\\" else 1
    key = line[:j]
    while j < n and line[j] in " \t\f":
        j += 1
    if j < n and line[j] in "=:":
        j += 1
    while j < n and line[j] in " \t\f":
        j += 1
    return key, j


def _unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "u" and i + 6 <= len(s):
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def dump(props, comment=None, t=None):
    """Properties.store of a Properties filled with props (a dict) in that order: Java 8's
    Hashtable order, as Exhibitor's ZookeeperConfigProvider.storeConfig writes its znode."""
    table = Hashtable()
    for k, v in props.items():
        table.put(k, v)
    return store(table.items(), comment, t)
