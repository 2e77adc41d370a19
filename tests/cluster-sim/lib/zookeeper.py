"""The ZooKeeper servers the sim runs: versions, class paths, JVM command, zoo.cfg settings, log4j.

DC/OS ships ZooKeeper 3.4 (3.4.8 to 3.4.14) in every release; the sim's default is Debian 11's
3.4.13, unpacked (never installed) by scripts/lib/common.sh's emw_provide_zookeeper34 under
$EMW_SIM_CACHE (default /var/cache/emw-sim)/zookeeper-3.4. It runs on Debian 12's Java 17 with
Debian 12's log4j 1.2 and slf4j jars. 3.8 is Debian 12's own `zookeeper` package.
"""
import os

VERSIONS = ("3.4", "3.8")
DEFAULT = "3.4"
JAVA = "/usr/bin/java"
DEBIAN_JARS = "/usr/share/java/"
# One log event per journal entry: log4j writes this after each event, the Exhibitor shim splits
# ZooKeeper's output on it (a stack trace is one entry of several lines, as in journald).
RECORD_END = "\x1e"

# DC/OS's start_exhibitor.py (1.13 to 2.2) writes this log4j.properties for ZooKeeper: the
# systemd journal appender with DC/OS's layout. The sim has no journald: the same layout goes to
# the console, each event ended by RECORD_END, and the shim stores it as one journal entry.
LOG4J = """\
log4j.rootLogger=INFO, journal
log4j.appender.journal=org.apache.log4j.ConsoleAppender
log4j.appender.journal.layout=org.apache.log4j.EnhancedPatternLayout
log4j.appender.journal.layout.ConversionPattern=[myid:%X{myid}] %-5p [%t:%C{1}@%L] - %m %throwable\\u001e%n
"""

# DC/OS's zoo-cfg-extra in exhibitor_defaults.conf (1.13 to 2.2), in its order; the profile
# sets the three tick values (fast: tickTime 200).
DCOS_ZOO_CFG_EXTRA = [("tickTime", "2000"), ("initLimit", "10"), ("syncLimit", "5"),
                      ("quorumListenOnAllIPs", "true"), ("maxClientCnxns", "0"),
                      ("autopurge.purgeInterval", "1")]


def cache_dir():
    return os.environ.get("EMW_SIM_CACHE") or "/var/cache/emw-sim"


def jars(version):
    if version == "3.4":
        return [os.path.join(cache_dir(), "zookeeper-3.4/usr/share/java/zookeeper.jar")] + \
            [DEBIAN_JARS + j for j in ("log4j-1.2.jar", "slf4j-api.jar", "slf4j-log4j12.jar")]
    return [DEBIAN_JARS + j for j in ("zookeeper.jar", "slf4j-log4j12.jar", "log4j-1.2.jar")]


def missing(version):
    """What is missing to run this version, with the hint to get it; '' if nothing."""
    gone = [j for j in jars(version) if not os.path.exists(j)]
    if not gone:
        return ""
    if version == "3.4" and gone[0] == jars("3.4")[0]:
        return (f"ZooKeeper 3.4 is not provisioned ({gone[0]} is missing): run scripts/test or "
                f"`source scripts/lib/common.sh && emw_provide_zookeeper34` (EMW_SIM_CACHE "
                f"chooses the directory); the sim does not fall back to 3.8")
    return f"{', '.join(gone)} missing (Debian packages: zookeeper liblog4j1.2-java libslf4j-java)"


def zoo_cfg_extra(version, profile, ip):
    """zoo-cfg-extra as the sim's Exhibitor uses it: DC/OS's, with the profile's tick values and
    the sim's one deliberate difference: every master shares one network namespace, so each
    server binds to its own IP only (clientPortAddress, quorumListenOnAllIPs=false)."""
    extra = []
    for key, value in DCOS_ZOO_CFG_EXTRA:
        if key in ("tickTime", "initLimit", "syncLimit"):
            value = str(profile[key])
        elif key == "quorumListenOnAllIPs":
            value = "false"
        extra.append((key, value))
    extra.append(("clientPortAddress", ip))
    if version != "3.4":
        # 3.5+ answer only srvr unless whitelisted (3.4 answered every word); their admin
        # server would take port 8080 on every master at once.
        extra += [("4lw.commands.whitelist", "*"), ("admin.enableServer", "false")]
    return extra


def command(version, jar_list, zoo_cfg, log4j_path, heap="96m", system_properties=()):
    """The JVM command line (zkServer.sh's, minus JMX, with a small heap: many servers share two
    cores). jar_list: jars(version) as `sim up` resolved them (EMW_SIM_CACHE is not passed on
    to the masters' units)."""
    cmd = [JAVA, f"-Xmx{heap}", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
           "-XX:-UsePerfData",  # no /tmp/hsperfdata files left behind after a kill
           "-Dlog4j.configuration=file:" + log4j_path]
    if version != "3.4":
        cmd.append("-Dzookeeper.jmx.log4j.disable=true")
    cmd += list(system_properties)
    return cmd + ["-cp", ":".join(jar_list),
                  "org.apache.zookeeper.server.quorum.QuorumPeerMain", zoo_cfg]


def split_records(stream):
    """ZooKeeper's output as log events: yields each event's text (several lines for a stack
    trace), as the journal appender would send it. Lines from outside log4j (the JVM's own
    warnings) come one by one."""
    pending = []
    for raw in stream:
        line = raw.decode("utf-8", "replace")
        if line.endswith(RECORD_END + "\n") or line.endswith(RECORD_END):
            pending.append(line.rstrip("\n")[:-1])
            yield "".join(pending)
            pending = []
        elif pending or line.startswith("[myid:"):
            pending.append(line)
        else:
            yield line.rstrip("\n")
    if pending:
        yield "".join(pending)
