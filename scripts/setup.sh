#!/usr/bin/env bash
# Installs what Client Fit's build and tests need. Each tool is version-checked first, so a
# second run installs nothing. Only the package registries are used: crates.io, npm, Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# The WebDriver server for Firefox (make test-engines); Debian has none, the crate registry does.
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must match the wasm-bindgen library exactly; Cargo.lock pins it.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { echo "setup: $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: the published lock file of wasm-bindgen-cli pins a yanked dependency.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Debian's browsers and their WebDriver servers: Chromium for every browser tier; Firefox ESR
# and WebKitGTK (WebKitWebDriver and MiniBrowser, which needs an X server: xvfb) for
# make test-engines. One apt-get run for whatever is missing.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian's ${missing[*]} (about 2 minutes)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$(geckodriver --version 2>/dev/null | head -n1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

# npm ci only when node_modules is missing or older than the committed lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, $(chromium --version 2>/dev/null | head -n1)," \
  "$(firefox-esr --version 2>/dev/null), geckodriver $GECKODRIVER_VERSION," \
  "WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null | cut -d- -f1))"
