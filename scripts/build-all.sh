#!/usr/bin/env bash
# ./run build-all CONTENT_DIR OUT_DIR: every locality of a province in one build. Each folder of
# CONTENT_DIR with a site.toml is built into OUT_DIR/<folder>/. trunk builds the WebAssembly, the
# styles and the scripts once; every locality gets them byte for byte, and the pre-renderer
# writes its pages, one locality per core at a time. A mistake in one locality's files stops the
# build with the locality's name and the file, line and field; OUT_DIR is only replaced once
# every locality has built, so nothing is half-published.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
content="${1:?cách dùng: ./run build-all THƯ-MỤC-NỘI-DUNG THƯ-MỤC-ĐÍCH}"
out="${2:?cách dùng: ./run build-all THƯ-MỤC-NỘI-DUNG THƯ-MỤC-ĐÍCH}"
content="$(cd "$content" && pwd)"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
staging="$out.dang-dung"
rm -rf "$staging"
mkdir -p "$staging"

localities=$(for site in "$content"/*/site.toml; do basename "$(dirname "$site")"; done)
[ -n "$localities" ] || { echo "LỖI: $content không có thư mục địa phương nào (thư mục có site.toml)" >&2; exit 1; }

started=$(date +%s.%N)
# The shared part: trunk without its pre-rendering hook (Trunk.toml), then the pre-renderer itself.
cargo fetch --quiet
BHYT_PRERENDER=off trunk build --release --offline --skip-version-check --dist "$staging/.chung" >"$staging/.trunk.log" 2>&1 \
  || { cat "$staging/.trunk.log" >&2; exit 1; }
cargo build --quiet --features ssr --bin prerender
built=$(date +%s.%N)

export staging content
# After the first locality that fails, the others are skipped; xargs still waits for those
# already running, so nothing writes into the folder once it is removed.
build_one() {
  local id="$1"
  [ -e "$staging/.loi" ] && return 0
  cp -r "$staging/.chung" "$staging/$id"
  # The modules are the same bytes in every locality: one file on disk, linked into each folder
  # (the pre-renderer renames them and never writes into them).
  for module in "$staging/.chung"/*.wasm; do ln -f "$module" "$staging/$id/"; done
  if ! BHYT_CONTENT_DIR="$content" BHYT_DIA_PHUONG="$id" target/debug/prerender "$staging/$id" >"$staging/.$id.log" 2>&1; then
    touch "$staging/.loi"
    echo "LỖI ở địa phương \`$id\`:" >&2
    grep -v '^prerender: ' "$staging/.$id.log" >&2 || true
    return 1
  fi
}
export -f build_one
# A build that stops leaves the published folder as it was.
abandon() {
  echo "Chưa đăng gì: $out giữ nguyên như trước." >&2
  rm -rf "$staging"
  exit 1
}
printf '%s\n' $localities | xargs -P "$(nproc)" -I{} bash -c 'build_one "$@"' _ {} || abandon
# The province's overview of its communes at the root, when the content folder has a tinh.toml.
if [ -e "$content/tinh.toml" ]; then
  cp -r "$staging/.chung" "$staging/.tinh"
  if ! BHYT_CONTENT_DIR="$content" target/debug/prerender --tinh "$staging/.tinh" >"$staging/.tinh.log" 2>&1; then
    echo "LỖI khi dựng trang tổng hợp của tỉnh:" >&2
    grep -v '^prerender: ' "$staging/.tinh.log" >&2 || true
    abandon
  fi
  cp -r "$staging/.tinh/." "$staging/"
fi
rm -rf "$staging"/.chung "$staging"/.tinh "$staging"/.*.log
# Crawlers read robots.txt at the root of a host only: for communes under paths of one host,
# the host's own file holds every commune's lines (each commune's names its own paths).
{
  echo "User-agent: *"
  for id in $localities; do grep -E '^(Allow|Disallow):' "$staging/$id/robots.txt"; done | sort -u
  echo
  for id in $localities; do grep -E '^Sitemap:' "$staging/$id/robots.txt"; done
} > "$staging/robots.txt"

# Publish: swap the finished build into place.
if [ -e "$out" ]; then mv "$out" "$out.cu"; fi
mv "$staging" "$out"
rm -rf "$out.cu"
finished=$(date +%s.%N)
count=$(printf '%s\n' $localities | wc -l)
printf 'build-all: %d địa phương vào %s trong %.1f s (phần chung %.1f s, trang %.1f s), %s\n' \
  "$count" "$out" "$(echo "$finished - $started" | bc)" "$(echo "$built - $started" | bc)" \
  "$(echo "$finished - $built" | bc)" "$(du -sh "$out" | cut -f1)"
