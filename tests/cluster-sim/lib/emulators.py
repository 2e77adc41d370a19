"""The storage emulators behind the aws_s3 and azure topologies: s3rver and azurite (blob only).

Both are npm packages, run with Debian's `nodejs` (Debian 12: node 18). scripts/lib/common.sh
`emw_provide_sim_emulators` installs them once with `npm ci` from tests/cluster-sim/emulators/
(package.json and package-lock.json pin every version; azurite 3.33.0 is the last release
without telemetry code, later ones phone home unless told not to) into
$EMW_SIM_CACHE/npm (default /var/cache/emw-sim/npm); EMW_SIM_NPM names another directory,
EMW_SIM_NODE another node binary. Neither listens anywhere but the topology's 127.x address.
"""
import os
import shutil

import zookeeper


def npm_dir():
    return os.environ.get("EMW_SIM_NPM") or os.path.join(zookeeper.cache_dir(), "npm")


def node():
    return os.environ.get("EMW_SIM_NODE") or shutil.which("node") or shutil.which("nodejs") or ""


SCRIPTS = {
    "s3": "node_modules/s3rver/bin/s3rver.js",
    "azure": "node_modules/azurite/dist/src/blob/main.js",  # azurite-blob
}
PACKAGES = {"s3": "s3rver", "azure": "azurite"}


def script(kind):
    return os.path.join(npm_dir(), SCRIPTS[kind])


def missing(kind):
    """What is missing to run the emulator of this store kind, with the hint; '' if nothing."""
    if kind not in SCRIPTS:
        return ""
    if not node():
        return "node is missing (Debian packages: nodejs npm); EMW_SIM_NODE names another binary"
    if not os.path.exists(script(kind)):
        return (f"{PACKAGES[kind]} is not installed ({script(kind)} is missing): run scripts/test "
                f"or `source scripts/lib/common.sh && emw_provide_sim_emulators` (EMW_SIM_CACHE "
                f"or EMW_SIM_NPM choose the directory)")
    return ""


def command(store, data_dir):
    """argv of the emulator serving `store` (a topology's validated store) from data_dir."""
    if store["kind"] == "s3":
        # --configure-bucket creates the bucket at start (an existing one is kept). Path-style
        # requests only: the endpoint is an IP address.
        return [node(), script("s3"), "--directory", data_dir, "--address", store["ip"],
                "--port", str(store["port"]), "--silent", "--no-vhost-buckets",
                "--configure-bucket", store["bucket"]]
    # azurite reads its accounts from AZURITE_ACCOUNTS ("name:base64key"; the default
    # devstoreaccount1 is then off). The caller passes it through the environment, never argv.
    return [node(), script("azure"), "--blobHost", store["ip"], "--blobPort", str(store["port"]),
            "--location", data_dir, "--silent", "--skipApiVersionCheck"]
