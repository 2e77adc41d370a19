"""The files the sim writes: sshd and sudoers config, backend zoo.cfg (DC/OS's own: dcos.py)."""
import shlex


def wrapper(tool, ip, state_dir, mdir, hostname=None):
    if tool == "journalctl" and hostname is not None:
        # sshd_only masters: the same journalctl, started the cheap way (see journal.py's main).
        args = " ".join(shlex.quote(a) for a in (f"{state_dir}/lib/journal.py", f"{mdir}/run/journal",
                                                 hostname))
        return (f"#!/bin/sh\n# {tool} of cluster-sim master {ip}: only dcos-exhibitor exists here.\n"
                f"exec /usr/bin/python3 -S {args} \"$@\"\n")
    return (f"#!/bin/sh\n# {tool} of cluster-sim master {ip}: only dcos-exhibitor exists here.\n"
            f"exec /usr/bin/python3 {state_dir}/lib/service.py {mdir} {tool} \"$@\"\n")


def sudoers(name, ip, topo, sudo_password, refuse):
    key, pw = topo["key_user"], topo["password_user"]
    # No lecture and no cached credentials: nothing is left in /var/lib/sudo, and every sudo
    # asks again, so tests are deterministic.
    text = (f"# cluster-sim {name} master {ip}\n"
            f"Defaults:{key},{pw} lecture=never,timestamp_timeout=0\n")
    if not refuse:  # refused: the users are simply not in sudoers, as on a misconfigured master
        text += (f"{key} ALL=(ALL:ALL) NOPASSWD: ALL\n"
                 f"{pw} ALL=(ALL:ALL) {'' if sudo_password else 'NOPASSWD: '}ALL\n")
    return text


def pam_sudo(faillock_dir):
    """sudo's PAM stack on a master: Debian's, with pam_faillock counting every failed password
    in the master's own tally (`faillock --dir <mdir>/run/faillock --user emw-pass`). Operators'
    masters often run pam_faillock with deny=3, where every wrong sudo password the app sends
    counts towards a lockout; the tally lets tests count them. It never locks here (deny high)."""
    opts = f"dir={faillock_dir} deny=1000 unlock_time=1"
    return f"""\
#%PAM-1.0
# cluster-sim: sudo with pam_faillock's tally per master
session    required   pam_limits.so
auth       required   pam_faillock.so preauth {opts}
auth       [success=1 default=bad] pam_unix.so nullok
auth       [default=die] pam_faillock.so authfail {opts}
auth       sufficient pam_faillock.so authsucc {opts}
auth       required   pam_deny.so
@include common-account
@include common-session-noninteractive
"""


def pam_sshd(host_text):
    """sshd's PAM stack for sshd_only masters: the machine's own /etc/pam.d/sshd without
    pam_motd and pam_mail. Debian's pam_motd runs run-parts /etc/update-motd.d (sh, env,
    run-parts, uname) at every session opening, ~4 ms CPU per connection, and neither module's
    output reaches an exec channel; DC/OS's CentOS masters have neither in their sshd stack."""
    keep = [line for line in host_text.splitlines()
            if "pam_motd.so" not in line and "pam_mail.so" not in line]
    return "# cluster-sim: the machine's /etc/pam.d/sshd without pam_motd and pam_mail\n" + \
        "\n".join(keep) + "\n"


def sshd_config(master, topo, state_dir, mdir):
    key, pw = topo["key_user"], topo["password_user"]
    return f"""\
# sshd of cluster-sim master {master['ip']} ({master['hostname']})
ListenAddress {master['ip']}:{topo['ssh_port']}
HostKey {mdir}/ssh/ssh_host_ed25519_key
HostKey {mdir}/ssh/ssh_host_ecdsa_key
PidFile none
UsePAM yes
PermitRootLogin no
AllowUsers {key} {pw}
AuthorizedKeysFile {state_dir}/authorized_keys/%u
PasswordAuthentication yes
KbdInteractiveAuthentication yes
# The app tunnels to <master-ip>:2181 and :8181 through this sshd (direct-tcpip).
AllowTcpForwarding yes
X11Forwarding no
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp internal-sftp
Match User {key}
    AuthenticationMethods publickey
Match User {pw}
    AuthenticationMethods password keyboard-interactive
"""


def backend_zoo_cfg(profile, ip, data_dir, backend, version="3.8"):
    servers = "".join(f"server.{i}={sip}:2888:3888\n" for i, sip in enumerate(backend, 1))
    # 3.5+ only: 3.4 knows neither key (it would take them for system properties).
    only_35 = "" if version == "3.4" else "4lw.commands.whitelist=*\nadmin.enableServer=false\n"
    return (f"tickTime={profile['tickTime']}\ninitLimit={profile['initLimit']}\n"
            f"syncLimit={profile['syncLimit']}\ndataDir={data_dir}\nclientPort=2181\n"
            f"clientPortAddress={ip}\nquorumListenOnAllIPs=false\n"
            + only_35 + "preAllocSize=4096\n" + servers)


BACKEND_LOG4J = """log4j.rootLogger=INFO, C
log4j.appender.C=org.apache.log4j.ConsoleAppender
log4j.appender.C.layout=org.apache.log4j.PatternLayout
log4j.appender.C.layout.ConversionPattern=%d %-5p [%t] - %m%n
"""


ZK_SNAPSHOTS = "/var/lib/dcos/exhibitor/zookeeper/snapshot"
ZK_TRANSACTIONS = "/var/lib/dcos/exhibitor/zookeeper/transactions"


def zoo_cfg_extra(profile, dcos_version):
    """DC/OS's zoo-cfg-extra (start_exhibitor.py); autopurge.purgeInterval=1 from 2.1 on."""
    purge = ("maxClientCnxns=0&autopurge.purgeInterval=1" if dcos_version >= "2.1"
             else "maxClientCnxns=0&autopurge.snapRetainCount=5&autopurge.purgeInterval=6")
    return (f"tickTime={profile['tickTime']}&initLimit={profile['initLimit']}"
            f"&syncLimit={profile['syncLimit']}&quorumListenOnAllIPs=true&{purge}")


def check_ms(profile, master_count):
    return profile["check_ms_single"] if master_count == 1 else profile["check_ms"]


def defaults_conf(profile, master_count, dcos_version):
    """/run/dcos_exhibitor/exhibitor_defaults.conf byte for byte as start_exhibitor.py writes it
    at every start (dcos/dcos packages/exhibitor/extra/start_exhibitor.py); the fast profile
    changes only check-ms and the ZooKeeper timing in zoo-cfg-extra."""
    extra = zoo_cfg_extra(profile, dcos_version).replace("=", "\\=")
    return f"""
# These Exhibitor properties are used to first initialize the config stored in
# an empty shared storage location. Any subsequent invocations of Exhibitor will
# ignore these properties and use the config found in shared storage.
zookeeper-data-directory={ZK_SNAPSHOTS}
zookeeper-install-directory=/opt/mesosphere/active/exhibitor/usr/zookeeper
zookeeper-log-directory={ZK_TRANSACTIONS}
zookeeper-config-directory=/var/lib/dcos/exhibitor/conf
zookeeper-pid-path=/var/lib/dcos/exhibitor/zk.pid
log-index-directory={ZK_TRANSACTIONS}
# Exhibitor runs PurgeTxnLog every `cleanup-period-ms` ms.  With ZK 3.4+ this
# is no longer required if `autopurge` is configured for ZK.  Setting
# `cleanup-period-ms` to 0 prevents Exhibitor from running the purge.
cleanup-period-ms=0
check-ms={check_ms(profile, master_count)}
backup-period-ms=600000
client-port=2181
cleanup-max-files=20
backup-max-store-ms=21600000
connect-port=2888
observer-threshold=0
election-port=3888
zoo-cfg-extra={extra}
auto-manage-instances-settling-period-ms=0
auto-manage-instances=1
auto-manage-instances-fixed-ensemble-size={master_count}
"""


# PropertyBasedInstanceConfig's names: StringConfigs, then IntConfigs, in enum order.
STRING_CONFIGS = ("log-index-directory", "zookeeper-install-directory",
                  "zookeeper-config-directory", "zookeeper-data-directory",
                  "zookeeper-log-directory", "zookeeper-pid-path", "servers-spec", "backup-extra",
                  "zoo-cfg-extra", "java-environment", "log4j-properties")
INT_CONFIGS = ("client-port", "connect-port", "election-port", "check-ms", "cleanup-period-ms",
               "cleanup-max-files", "backup-max-store-ms", "backup-period-ms",
               "auto-manage-instances", "auto-manage-instances-settling-period-ms",
               "observer-threshold", "auto-manage-instances-fixed-ensemble-size",
               "auto-manage-instances-apply-all-at-once")
# Those whose change makes the instance monitor restart ZooKeeper (isRestartSignificant).
RESTART_SIGNIFICANT = ("zookeeper-install-directory", "zookeeper-config-directory",
                       "zookeeper-data-directory", "zookeeper-log-directory",
                       "zookeeper-pid-path", "zoo-cfg-extra", "java-environment",
                       "log4j-properties", "client-port", "connect-port", "election-port")


def shared_config(spec, defaults, overrides, hostname):
    """The ZK backend's znode <zk_path>/configs/config as Exhibitor stores it
    (ZookeeperConfigProvider.storeConfig: PropertyBasedInstanceConfig.getProperties().store(out,
    "Auto-generated by Exhibitor " + hostname)): every StringConfigs/IntConfigs value under
    com.netflix.exhibitor. and com.netflix.exhibitor-rolling., then the rolling host names.
    The values are those DC/OS's defaults file gave the first Exhibitor, the servers-spec its
    automatic instance management built, and the topology's `shared_config` overrides."""
    import javaprops
    values = dict(defaults)
    values.update(overrides)
    values["servers-spec"] = spec
    props = {}
    for prefix in ("com.netflix.exhibitor.", "com.netflix.exhibitor-rolling."):
        for name in STRING_CONFIGS:
            props[prefix + name] = values.get(name, "")
        for name in INT_CONFIGS:
            props[prefix + name] = str(_as_int(values.get(name, "0")))
    props["com.netflix.exhibitor-rolling-hostnames"] = ""
    props["com.netflix.exhibitor-rolling-hostnames-index"] = "0"
    return javaprops.store(javaprops.hash_order(props.items()),  # Java 8's order
                           "Auto-generated by Exhibitor " + hostname)


def _as_int(s):
    try:
        return int(s)
    except ValueError:
        return 0  # DefaultProperties.asInt


def exhibitor_web_xml():
    """/opt/mesosphere/etc/exhibitor_web.xml as gen/dcos-config.yaml renders it when
    exhibitor_admin_password is set: everything needs role admin but cluster/status."""
    return """<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://java.sun.com/xml/ns/javaee"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://java.sun.com/xml/ns/javaee http://java.sun.com/xml/ns/javaee/web-app_2_5.xsd"
  version="2.5">
  <security-constraint>
    <web-resource-collection>
      <web-resource-name>Protected</web-resource-name>
      <url-pattern>/*</url-pattern>
    </web-resource-collection>
    <auth-constraint>
      <role-name>admin</role-name>
    </auth-constraint>
  </security-constraint>
  <security-constraint>
    <web-resource-collection>
      <web-resource-name>Public</web-resource-name>
      <url-pattern>/exhibitor/v1/cluster/status</url-pattern>
    </web-resource-collection>
  </security-constraint>
  <security-role>
    <role-name>admin</role-name>
  </security-role>
  <login-config>
    <auth-method>BASIC</auth-method>
    <realm-name>DCOS</realm-name>
  </login-config>
</web-app>
"""


def exhibitor_realm(password):
    """/opt/mesosphere/etc/exhibitor_realm (Jetty HashLoginService: user: password,role)."""
    return f"admin: {password},admin\n"
