#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, only those missing.
# `make test` calls it; every Debian package the project needs is listed here and nowhere else.
set -euo pipefail

PACKAGES=(
    chromium            # the real browser the map tests drive through Playwright
    fonts-liberation    # legible text in the browser's screenshots
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "install-system-packages: cannot install ${missing[*]} (needs root);" \
         "tests that need them will be skipped" >&2
    # CI must install everything: a skipped browser test there would hide a broken setup.
    [ "${CI:-}" = "true" ] && exit 1
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "install-system-packages: no apt-get; install ${missing[*]} by hand" >&2
    [ "${CI:-}" = "true" ] && exit 1
    exit 0
fi

echo "install-system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
