#!/usr/bin/env bash
# Installs what Comptoir needs to build, run and test on Debian 12 (run as root).
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: run as root (or through sudo)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
packages=(
    build-essential cmake ninja-build pkgconf
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev libxkbcommon-dev
    qtkeychain-qt6-dev libqt6svg6
    postgresql postgresql-client libpq-dev tzdata
    xvfb xauth poppler-utils fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
