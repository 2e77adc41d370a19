"""java.util.Properties text: load() as Properties.load reads it, dump() as store() writes it
(escapes, header and date comment; entries in the order given, not Java's hash order)."""
import time


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


def escape(s, is_key):
    """Properties.saveConvert: what store() writes for a key or a value."""
    out = []
    for n, c in enumerate(s):
        if c == " " and (n == 0 or is_key):
            out.append("\\ ")
        elif c in "\\=:#!":
            out.append("\\" + c)
        elif c in "\t\n\r\f":
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f"}[c])
        elif ord(c) < 0x20 or ord(c) > 0x7e:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return "".join(out)


def dump(props, comment=None, when=None):
    """Properties.store(out, comment): '#comment', '#<Date.toString()>', then key=value lines."""
    stamp = time.strftime("%a %b %d %H:%M:%S %Z %Y", time.localtime(when))
    head = (f"#{comment}\n" if comment is not None else "") + f"#{stamp}\n"
    return head + "".join(f"{escape(k, True)}={escape(v, False)}\n" for k, v in props.items())
