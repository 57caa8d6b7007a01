#!/usr/bin/env bash
# Installs every Debian 12 package nastavdoc needs to build, run, test and benchmark.
# This is the single list of dependencies. Idempotent; quiet when everything is present.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    # libraries
    libicu-dev libpugixml-dev libzip-dev zlib1g-dev libxlsxwriter-dev libpodofo-dev libfreetype-dev
    libhyphen-dev hyphen-ru
    # fonts bundled into fonts/ at build time (Liberation 2, PT Serif)
    fonts-liberation2 fonts-paratype
    # tests: GoogleTest, real readers of our output
    libgtest-dev libgmock-dev googletest
    poppler-utils qpdf python3 python3-docx python3-openpyxl python3-jsonschema
    libreoffice-writer-nogui libreoffice-calc-nogui
    # benchmarks
    libbenchmark-dev hyperfine time
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
