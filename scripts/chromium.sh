#!/usr/bin/env bash
# Debian's Chromium and its WebDriver (chromium-driver), which the printable report's tests and the console's
# browser tests drive headless (tests/Api.Tests/Support/Chromium.cs, tests/Api.Tests/Console/Browser), and axe-core
# from npm, which those tests run in the pages: installed when missing, never a browser build downloaded by a tool.
# Source it and call `chromium_install`, or run it.
set -euo pipefail

chromium_present() {
  { [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; } \
    && { [ -x /usr/bin/chromedriver ] || command -v chromedriver >/dev/null 2>&1; }
}

# axe-core, the accessibility engine the browser tests inject into every page, at the version they were written for.
axe_version=4.14.1
axe_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.data/axe-core"
axe_install() {
  [ -s "$axe_dir/node_modules/axe-core/axe.min.js" ] && grep -q "\"version\": \"$axe_version\"" "$axe_dir/node_modules/axe-core/package.json" && return 0
  command -v npm >/dev/null 2>&1 || { echo "npm is missing: install it (on Debian: apt-get install npm), then run this again." >&2; return 1; }
  mkdir -p "$axe_dir"
  npm install --prefix "$axe_dir" --no-audit --no-fund --silent "axe-core@$axe_version" >/dev/null \
    || { echo "Installing axe-core $axe_version from npm failed; the console's accessibility checks need it." >&2; return 1; }
}

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
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null \
    || { echo "Installing Chromium failed (apt-get install chromium chromium-driver); the browser tests need it." >&2; return 1; }
  chromium_present || { echo "Chromium was installed but is not on PATH." >&2; return 1; }
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  chromium_install
  axe_install
  if chromium_present; then echo "Chromium: $( (/usr/bin/chromium --version || chromium --version) 2>/dev/null | tail -n 1)"; fi
fi
