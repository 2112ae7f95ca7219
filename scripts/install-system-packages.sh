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

if [[ $(id -u) -ne 0 ]] && ! command -v sudo >/dev/null; then
    echo "install-system-packages: missing ${missing[*]} and not root; the tests that need them will skip" >&2
    [[ "${CI:-}" == "true" ]] && exit 1
    exit 0
fi
as_root=()
[[ $(id -u) -ne 0 ]] && as_root=(sudo -n)

echo "install-system-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
# The package's own service is not wanted (tests start their own server on free ports); its
# postinst stops a daemon it started whose password is the default one.
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
