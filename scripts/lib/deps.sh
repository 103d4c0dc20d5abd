#!/usr/bin/env bash
# Installs what HR Desk needs to build, run and test on Debian 12 (or Ubuntu 24.04).
# Quick and silent when everything is already there.
set -euo pipefail

hrdesk_packages=(
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev libqt6sql6-sqlite libqt6sql6-psql
  libgl-dev libxkbcommon-dev
  qtkeychain-qt6-dev libsodium-dev libssl-dev libxlsxwriter-dev zlib1g-dev libicu-dev
  qt6-pdf-dev poppler-utils
  fonts-wqy-microhei xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
)
# SQLCipher 4 comes from bookworm-backports on Debian 12; Ubuntu 24.04 ships 4.5 in its main archive.
hrdesk_sqlcipher_packages=(libsqlcipher-dev sqlcipher)

# clang and its runtime (libFuzzer and the sanitizers) for scripts/fuzz: the archive's default
# clang is 14 on Debian 12 and 18 on Ubuntu 24.04.
hrdesk_fuzz_packages() {
  case "$1" in
    noble) echo clang libclang-rt-18-dev ;;
    *) echo clang libclang-rt-14-dev ;;
  esac
}

hrdesk_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

hrdesk_missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

hrdesk_sqlcipher_is_4() {
  local v
  v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
  [ -n "$v" ] && dpkg --compare-versions "$v" ge 4
}

hrdesk_install_deps() {
  local codename=""
  [ -r /etc/os-release ] && codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  local missing
  # shellcheck disable=SC2046
  missing=$(hrdesk_missing_packages "${hrdesk_packages[@]}" $(hrdesk_fuzz_packages "$codename"))
  if [ -z "$missing" ] && hrdesk_sqlcipher_is_4; then
    return 0
  fi
  echo "Installing build dependencies: $(echo $missing) ${hrdesk_sqlcipher_packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  local target=()
  if [ "$codename" = "bookworm" ]; then
    if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
      echo 'deb http://deb.debian.org/debian bookworm-backports main' |
        hrdesk_sudo tee /etc/apt/sources.list.d/hrdesk-bookworm-backports.list >/dev/null
    fi
    target=(-t bookworm-backports)
  fi
  hrdesk_sudo apt-get update -qq
  # shellcheck disable=SC2086
  [ -n "$missing" ] && hrdesk_sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  hrdesk_sudo apt-get install -y -qq --no-install-recommends "${target[@]}" "${hrdesk_sqlcipher_packages[@]}" >/dev/null
  if ! hrdesk_sqlcipher_is_4; then
    echo "error: SQLCipher 4 is required (found $(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null))" >&2
    return 1
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  hrdesk_install_deps
fi
