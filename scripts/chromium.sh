#!/usr/bin/env bash
# Debian's Chromium, which the printable report's tests drive headless (tests/Api.Tests/Support/Chromium.cs):
# installed when missing, never a browser build downloaded by a tool. Source it and call `chromium_install`,
# or run it.
set -euo pipefail

chromium_present() { [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }

chromium_install() {
  chromium_present && return 0
  echo "Chromium is not installed; installing it (Debian package 'chromium')..."
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install Chromium (on Debian: apt-get install chromium) as root, then run this again." >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "No apt-get here: please install Chromium (a 'chromium' on PATH), then run this again." >&2
    return 1
  fi
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || { echo "Installing Chromium failed (apt-get install chromium); the printable report's browser tests need it." >&2; return 1; }
  chromium_present || { echo "Chromium was installed but is not on PATH." >&2; return 1; }
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  chromium_install
  if chromium_present; then echo "Chromium: $( (/usr/bin/chromium --version || chromium --version) 2>/dev/null | tail -n 1)"; fi
fi
