#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, and only those that are missing.
#
# Without root (a developer laptop) it prints what is missing and carries on: the tests that
# need a package then skip with a reason. Under CI=true a missing package is an error, so that
# a green run never hides a skipped test.
set -euo pipefail

# The one list of system packages. virtuoso-opensource: the SPARQL server the remote-store
# tests start on loopback.
PACKAGES=(
    virtuoso-opensource
)

missing=()
for package in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

give_up() {
    echo "install-system-packages: cannot install ${missing[*]} ($1); the tests that need them will skip" >&2
    [[ "${CI:-}" == "true" ]] && exit 1
    exit 0
}

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || give_up "not root and no sudo"
    as_root=(sudo -n)
fi

echo "install-system-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# The package's own service is not wanted (tests start their own server on free ports); its
# postinst stops again a daemon it started with the default password.
"${as_root[@]}" apt-get update -qq || give_up "apt-get update failed"
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || give_up "apt-get install failed"
