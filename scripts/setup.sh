#!/usr/bin/env bash
# Installs what is missing, with every version pinned, only from the package registries
# (crates.io, npm, Debian apt). Safe to run again: present tools are kept.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130     # must equal wasm-bindgen in Cargo.lock (pinned with `=` in Cargo.toml)
CHROMIUM_VERSION=156.0.8078.79-1~deb12u1
NGINX_VERSION=1.22.1-9+deb12u11
NGINX_BROTLI_VERSION=1.0.0~rc-3
FONTS_DEJAVU_VERSION=2.37-6
FONTS_KHMEROS_VERSION=5.0-9      # Khmer for the Khmer pages' screenshot test (phones have their own)
POPPLER_VERSION=22.12.0-2+deb12u3
WEBKIT_DRIVER_VERSION=2.50.6-1~deb12u2   # WebKitWebDriver and MiniBrowser: the iPhone engine smoke test
XVFB_VERSION=2:21.1.7-3+deb12u13
JRE_VERSION=17.0.21.1+2-1~deb12u1       # Java for the W3C Nu Html Checker (npm vnu-jar)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

# Debian packages: the browser and driver for the tests, nginx for the deploy test and `serve`,
# the fonts of the share picture.
apt_wanted=()
[ -x /usr/bin/chromium ] || apt_wanted+=("chromium=$CHROMIUM_VERSION")
[ -x /usr/bin/chromedriver ] || apt_wanted+=("chromium-driver=$CHROMIUM_VERSION")
[ -x /usr/sbin/nginx ] || apt_wanted+=("nginx=$NGINX_VERSION")
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || apt_wanted+=("libnginx-mod-http-brotli-static=$NGINX_BROTLI_VERSION")
# The share picture is drawn with DejaVu at build time (crates/share-image).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || apt_wanted+=("fonts-dejavu-core=$FONTS_DEJAVU_VERSION")
[ -f /usr/share/fonts/truetype/khmeros/KhmerOS.ttf ] || apt_wanted+=("fonts-khmeros=$FONTS_KHMEROS_VERSION")
# pdfinfo and pdftoppm read the printed handout and poster in the printables test.
[ -x /usr/bin/pdftoppm ] && [ -x /usr/bin/pdfinfo ] || apt_wanted+=("poppler-utils=$POPPLER_VERSION")
[ -x /usr/bin/WebKitWebDriver ] || apt_wanted+=("webkit2gtk-driver=$WEBKIT_DRIVER_VERSION")
[ -x /usr/bin/Xvfb ] || apt_wanted+=("xvfb=$XVFB_VERSION")
# The HTML validity test runs vnu.jar on Debian's Java (installed before npm: vnu-jar's install
# script then finds it and downloads no Java of its own).
command -v java >/dev/null || apt_wanted+=("openjdk-17-jre-headless=$JRE_VERSION")
if [ ${#apt_wanted[@]} -gt 0 ]; then
  say "apt-get install ${apt_wanted[*]}"
  as_root apt-get update -q
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${apt_wanted[@]}"; then
    # Debian's security archive keeps only the newest Chromium build; take it, and say so.
    say "WARNING: pinned versions are no longer served; installing the current Debian build instead"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${apt_wanted[@]%%=*}"
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  # A lighter release profile for the tool itself: same trunk, built in a third of the time.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=2 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a webpki-roots release the registry mirror does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm: wasm-opt (binaryen) for trunk, axe-core for the browser tests, open-graph-scraper for
# the share-tag check and vnu-jar (the W3C Nu Html Checker), from tools/package-lock.json.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -f tools/node_modules/axe-core/axe.min.js ] \
   || [ ! -f tools/node_modules/open-graph-scraper/package.json ] \
   || [ ! -f tools/node_modules/vnu-jar/build/dist/vnu.jar ] \
   || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  say "npm ci (tools/)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi
