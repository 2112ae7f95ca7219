#!/usr/bin/env bash
# The Debian packages the test suite needs, listed here and nowhere else. Installs only the
# missing ones, so `make test` costs nothing once they are there.
set -euo pipefail

PACKAGES=(
    chromium            # the real browser the page and map tests drive through Playwright
    fonts-liberation    # legible text in the browser's screenshots
    libcairo2           # the PNG export of maps (CairoSVG draws with it)
    virtuoso-opensource # the SPARQL server the remote-store tests start on loopback
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

give_up() {
    echo "install-system-packages: cannot install ${missing[*]}: $1" >&2
    # In CI the tests that need them must fail, so the install failing is already an error.
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    echo "install-system-packages: the tests that need them will be skipped" >&2
    exit 0
}

command -v apt-get >/dev/null 2>&1 || give_up "this is not a Debian system"
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || give_up "not root and no password-less sudo"
    run_as_root=(sudo -n)
fi
echo "install-system-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq || give_up "apt-get update failed"
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || give_up "apt-get install failed"
