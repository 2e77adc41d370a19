"""The per-master journal: append records, and a journalctl that prints them like journald.

Records are stored as `epoch<TAB>ident<TAB>pid<TAB>message` so journalctl can render both the
short format (`Nov 21 04:10:51 host java[123]: message`) and `-o cat`. A message of several lines
(a log4j event with its stack trace: DC/OS's ZooKeeper logs through the journal appender, one
entry per event) is one record, its line breaks stored as NEWLINE_MARK; journalctl prints its
further lines indented under the first, as journald's short format does.
"""
import grp
import os
import sys
import time

UNIT = "dcos-exhibitor"
NEWLINE_MARK = "\x1f"


def append(path, ident, pid, message):
    """Append one record per message line (journald splits multi-line messages too)."""
    now = time.time()
    data = "".join(f"{now:.6f}\t{ident}\t{pid}\t{line}\n"
                   for line in str(message).rstrip("\n").split("\n"))
    # One write() on an O_APPEND descriptor keeps concurrent writers' lines whole.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, data.encode("utf-8", "replace"))
    finally:
        os.close(fd)


def append_entry(path, ident, pid, message):
    """Append one record of possibly several lines (a native journal entry, e.g. log4j's)."""
    data = f"{time.time():.6f}\t{ident}\t{pid}\t{str(message).replace(chr(10), NEWLINE_MARK)}\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, data.encode("utf-8", "replace"))
    finally:
        os.close(fd)


def _parse(line):
    parts = line.rstrip("\n").split("\t", 3)
    if len(parts) != 4:
        return None
    try:
        return float(parts[0]), parts[1], parts[2], parts[3].replace(NEWLINE_MARK, "\n")
    except ValueError:
        return None


def _short(rec, hostname):
    ts, ident, pid, msg = rec
    prefix = f"{time.strftime('%b %d %H:%M:%S', time.localtime(ts))} {hostname} {ident}[{pid}]: "
    if "\n" not in msg:
        return prefix + msg
    # journalctl's print_multiline: further lines indented to the message's column; a final
    # line break adds no empty line.
    lines = msg[:-1].split("\n") if msg.endswith("\n") else msg.split("\n")
    return prefix + ("\n" + " " * len(prefix)).join(lines)


def _render(rec, hostname, output):
    return rec[3] if output == "cat" else _short(rec, hostname)


def _usage_error(msg):
    print(f"journalctl: {msg}", file=sys.stderr)
    return 1


def _may_read():
    """journald shows system logs only to root and the adm/systemd-journal groups."""
    if os.geteuid() == 0:
        return True
    try:
        groups = {grp.getgrgid(g).gr_name for g in os.getgroups()}
    except KeyError:
        groups = set()
    return bool(groups & {"adm", "systemd-journal"})


# The fields a match (`journalctl FIELD=VALUE`) may name: the sim's records hold these.
MATCH_FIELDS = {"_PID": 2, "SYSLOG_IDENTIFIER": 1}


def _parse_since(text):
    """journalctl's --since in the forms systemd.time(7) gives for it and the sim needs:
    "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DD HH:MM", "YYYY-MM-DD" (local time, TZ honoured, as
    journalctl's mktime does) and "@EPOCH"."""
    if text.startswith("@"):
        return float(text[1:])
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return time.mktime(time.strptime(text, fmt))
        except ValueError:
            pass
    raise ValueError(text)


def journalctl(path, hostname, argv):
    unit, follow, lines, output, quiet, reverse = None, False, None, "short", False, False
    since, matches = None, {}
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("-S", "--since") or a.startswith("--since="):
            value = a.split("=", 1)[1] if "=" in a else (args.pop(0) if args else None)
            if value is None:
                return _usage_error("option requires an argument -- 'S'")
            try:
                since = _parse_since(value)
            except ValueError:
                return _usage_error(f'Failed to parse timestamp: {value}')
        elif "=" in a and not a.startswith("-"):
            # A match. Different fields AND, the same field's values OR (sd_journal_add_match).
            field, value = a.split("=", 1)
            if field not in MATCH_FIELDS:
                return _usage_error(f"match on {field} is not supported by the cluster-sim journal "
                                    f"(only {', '.join(MATCH_FIELDS)})")
            matches.setdefault(field, set()).add(value.encode())
        elif a in ("-u", "--unit"):
            if not args:
                return _usage_error("option requires an argument -- 'u'")
            unit = args.pop(0)
        elif a.startswith("--unit="):
            unit = a.split("=", 1)[1]
        elif a.startswith("-u") and len(a) > 2:
            unit = a[2:]
        elif a in ("-f", "--follow"):
            follow = True
        elif a in ("-n", "--lines"):
            if not args:
                return _usage_error("option requires an argument -- 'n'")
            lines = args.pop(0)
        elif a.startswith("--lines="):
            lines = a.split("=", 1)[1]
        elif a.startswith("-n") and len(a) > 2:
            lines = a[2:]
        elif a in ("-o", "--output"):
            output = args.pop(0) if args else ""
        elif a.startswith("--output="):
            output = a.split("=", 1)[1]
        elif a in ("-e", "--pager-end"):
            lines = lines or "1000"
        elif a in ("-q", "--quiet"):
            quiet = True
        elif a in ("-r", "--reverse"):
            reverse = True
        elif a in ("--no-pager", "-a", "--all", "-b", "--boot", "-l", "--full", "--no-hostname"):
            pass
        else:
            return _usage_error(f"unrecognized option '{a}'")
    if output not in ("short", "cat"):
        return _usage_error(f"output mode {output!r} is not supported by the cluster-sim journal")
    try:
        count = None if lines in (None, "all", "+all") else int(lines)
    except ValueError:
        return _usage_error(f"failed to parse lines '{lines}'")
    if count is None and follow:
        count = 10
    if reverse and follow:
        return _usage_error("Please specify either --reverse= or --follow=, not both.")
    keep = _filter(matches, since)
    if reverse and (unit is None or unit.removesuffix(".service") == UNIT) and _may_read():
        return _reverse(path, hostname, output, count, quiet, keep, since)
    if (since is not None or matches) and count is None and not follow and \
            (unit is None or unit.removesuffix(".service") == UNIT) and _may_read():
        return _forward(path, hostname, output, quiet, _filter(matches, None), since)
    if unit is not None and unit.removesuffix(".service") != UNIT:
        records = []
    elif not _may_read():
        if not quiet:
            print("Hint: You are currently not seeing messages from other users and the system.\n"
                  "      Users in groups 'adm', 'systemd-journal' can see all messages.\n"
                  "      Pass -q to turn off this notice.", file=sys.stderr)
        records = []
        follow = False
    else:
        records = [r for r in _read_all(path) if keep is None or keep(r[0], r[1].encode(), r[2].encode())]
    out = sys.stdout
    try:
        if records and not quiet:
            first, last = records[0][0], records[-1][0]
            fmt = "%a %Y-%m-%d %H:%M:%S %Z"
            out.write(f"-- Logs begin at {time.strftime(fmt, time.localtime(first))}, "
                      f"end at {time.strftime(fmt, time.localtime(last))}. --\n")
        if not records and not quiet:
            out.write("-- No entries --\n")
        shown = records if count is None else records[-count:] if count > 0 else []
        for rec in shown:
            out.write(_render(rec, hostname, output) + "\n")
        out.flush()
        if follow:
            _follow(path, hostname, output, out, keep)
    except (BrokenPipeError, KeyboardInterrupt):
        # Like `journalctl -f | head`: a closed pipe or Ctrl-C is a normal end.
        sys.stdout = None
        return 0
    return 0


def _reverse_lines(path, chunk=1 << 22):
    """The journal's lines newest first, a few MB at a time (lists of bytes, no newlines).

    Read from the end and never whole, so that `journalctl -r | grep -m 1` on a large journal
    costs what the real one does: the lines after the match, not the whole journal.
    """
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return
    with f:
        pos = f.seek(0, os.SEEK_END)
        carry = b""  # the start of a line whose beginning lies in the next chunk back
        while pos > 0:
            n = min(chunk, pos)
            pos -= n
            f.seek(pos)
            data = f.read(n) + carry
            if pos > 0:
                cut = data.find(b"\n") + 1
                carry, data = data[:cut], data[cut:]
            lines = data.rstrip(b"\n").split(b"\n") if data.strip(b"\n") else []
            lines.reverse()
            yield lines


def _header(path):
    """journald's first line, from the first and the last record alone."""
    first = last = None
    try:
        with open(path, "rb") as f:
            first = _parse(f.readline().decode("utf-8", "replace"))
            size = f.seek(0, os.SEEK_END)
            f.seek(max(0, size - 65536))
            tail = f.read().decode("utf-8", "replace").splitlines()
            last = _parse(tail[-1]) if tail else None
    except FileNotFoundError:
        pass
    if not first or not last:
        return ""
    fmt = "%a %Y-%m-%d %H:%M:%S %Z"
    return (f"-- Logs begin at {time.strftime(fmt, time.localtime(first[0]))}, "
            f"end at {time.strftime(fmt, time.localtime(last[0]))}. --\n")


def _reverse(path, hostname, output, count, quiet, keep, since):
    """journalctl -r: newest first; in bulk for -o cat (the message is what follows 3 tabs).
    Matches filter; --since ends the read at the first older entry (journalctl -r stops there)."""
    out = sys.stdout.buffer
    shown = 0
    try:
        if not quiet:
            out.write(_header(path).encode())
        for lines in _reverse_lines(path):
            done = False
            if keep is not None:
                fields = [f for f in (line.split(b"\t", 3) for line in lines) if len(f) == 4]
                if since is not None:
                    older = next((i for i, f in enumerate(fields) if _ts(f[0]) < since), None)
                    if older is not None:
                        fields, done = fields[:older], True
                lines = [b"\t".join(f) for f in fields if keep(_ts(f[0]), f[1], f[2])]
            if output == "cat":
                # The message is what follows the third tab (a list of bytes: ~4x faster on a
                # large journal than parsing each record).
                rows = [f[3].replace(NEWLINE_MARK.encode(), b"\n")
                        for f in (line.split(b"\t", 3) for line in lines) if len(f) == 4]
            else:
                rows = [_render(r, hostname, output).encode("utf-8", "replace")
                        for r in map(_parse, (line.decode("utf-8", "replace") for line in lines)) if r]
            if count is not None:
                rows = rows[:count - shown]
            if rows:
                out.write(b"\n".join(rows) + b"\n")
            shown += len(rows)
            if done or count is not None and shown >= count:
                break
        if not shown and not quiet:
            out.write(b"-- No entries --\n")
        out.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        # `journalctl -r | grep -m 1`: grep has what it wanted and closed the pipe.
        sys.stdout = None
        return 0
    return 0


def _ts(field):
    try:
        return float(field)
    except ValueError:
        return 0.0


def _filter(matches, since):
    """The entries a query keeps: (epoch, ident bytes, pid bytes) -> bool; None: all of them."""
    if not matches and since is None:
        return None
    pids, idents = matches.get("_PID"), matches.get("SYSLOG_IDENTIFIER")

    def keep(ts, ident, pid):
        return (since is None or ts >= since) and (pids is None or pid in pids) and \
            (idents is None or ident in idents)
    return keep


def _line_start_after(f, pos):
    """The offset of the first record that starts at or after pos."""
    if pos == 0:
        return 0
    f.seek(pos - 1)
    skipped = 0
    while True:
        chunk = f.read(65536)
        if not chunk:
            return pos - 1 + skipped
        nl = chunk.find(b"\n")
        if nl >= 0:
            return pos + skipped + nl
        skipped += len(chunk)


def _since_offset(f, size, since):
    """Where the first record at or after `since` may start: a bisection over the file by the
    records' times, as journald's sd_journal_seek_realtime_usec bisects its entry arrays
    (sd-journal.c, journal-file.c), so a --since query costs O(log n) reads of a few bytes
    whatever the journal's size. Records are appended in time order. The result is a record
    start at most 64 KiB before the first match; the reader skips older records from there."""
    lo, hi = 0, size
    while hi - lo > 65536:
        mid = _line_start_after(f, (lo + hi) // 2)
        if mid >= hi:
            break
        f.seek(mid)
        head = f.read(64).split(b"\t", 1)[0]
        if _ts(head) < since:
            lo = mid
        else:
            hi = mid
    return lo


def _forward(path, hostname, output, quiet, keep, since, chunk=1 << 18):
    # keep: the matches alone (None: every entry); since is handled here.
    """journalctl --since T / FIELD=VALUE, oldest first: from the bisected start, a chunk at a
    time (`| grep -m 1` stops it early, like the real one), each record filtered by the matches.
    Like journalctl, --since only seeks: once an entry at or after it is reached, later ones are
    not compared with it again."""
    out = sys.stdout.buffer
    shown = 0
    try:
        if not quiet:
            out.write(_header(path).encode())
        try:
            f = open(path, "rb")
        except FileNotFoundError:
            f = None
        if f is not None:
            with f:
                size = f.seek(0, os.SEEK_END)
                pos = _since_offset(f, size, since) if since is not None else 0
                f.seek(pos)
                carry, reached = b"", since is None
                while True:
                    data = f.read(chunk)
                    if not data:
                        break
                    data = carry + data
                    cut = data.rfind(b"\n") + 1
                    carry, data = data[cut:], data[:cut]
                    rows = []
                    for line in data.split(b"\n")[:-1]:
                        fields = line.split(b"\t", 3)
                        if len(fields) != 4:
                            continue
                        if not reached:
                            if _ts(fields[0]) < since:
                                continue
                            reached = True
                        if keep is None or keep(0.0, fields[1], fields[2]):
                            rows.append(fields[3].replace(NEWLINE_MARK.encode(), b"\n") if output == "cat"
                                        else _render(_parse(line.decode("utf-8", "replace")), hostname,
                                                     output).encode("utf-8", "replace"))
                    if rows:
                        out.write(b"\n".join(rows) + b"\n")
                        shown += len(rows)
        if not shown and not quiet:
            out.write(b"-- No entries --\n")
        out.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        sys.stdout = None
        return 0
    return 0


def _read_all(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return [r for r in map(_parse, f) if r]
    except FileNotFoundError:
        return []


def _follow(path, hostname, output, out, keep=None):
    pos = os.path.getsize(path) if os.path.exists(path) else 0
    pending = b""
    while True:
        time.sleep(0.2)
        try:
            size = os.path.getsize(path)
        except FileNotFoundError:
            continue
        if size < pos:  # rotated (truncated): start from the top again
            pos, pending = 0, b""
        if size == pos:
            continue
        with open(path, "rb") as f:
            f.seek(pos)
            data = f.read()
        pos += len(data)
        pending += data
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            rec = _parse(raw.decode("utf-8", "replace"))
            if rec and (keep is None or keep(rec[0], rec[1].encode(), rec[2].encode())):
                out.write(_render(rec, hostname, output) + "\n")
        out.flush()


if __name__ == "__main__":
    # journalctl of an sshd_only master (templates.wrapper): `python3 -S journal.py JOURNAL
    # HOSTNAME ARGS...` loads only this module (grp, os, sys, time) and no site packages, so a
    # call costs ~9 ms CPU instead of ~28 ms through service.py (json, subprocess, socket, ...).
    sys.exit(journalctl(sys.argv[1], sys.argv[2], sys.argv[3:]))
