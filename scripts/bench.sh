#!/usr/bin/env bash
# Page weights per route, then Lighthouse mobile scores per route through nginx (the deploy
# configuration, with precompressed files). A measurement, not a test: it prints, it never fails on a score.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
dist="${1:-dist}"

if [ ! -d tools/bench/node_modules/lighthouse ]; then
  (cd tools/bench && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== Page weights (bytes; brotli quality 11)"
cargo run --quiet -p bhyt-site-tests --bin page-weights -- "$dist"

echo "== Self-check: questions answered and the result's length, for typical residents (360 x 740)"
BHYT_DIST="$dist" cargo test --quiet -p bhyt-site-tests --test wizard -- --ignored --nocapture benchmark_residents 2>&1 \
  | grep -E 'questions|screens'

echo "== Statistics: a province-sized file (5,000 units) in Chromium"
BHYT_DIST="$dist" cargo test --quiet -p bhyt-site-tests --test statistics -- --ignored --nocapture benchmark_province_sized_file 2>&1 \
  | grep -E 'units|ms$'

echo "== Offline: what the service worker keeps at the first visit (bytes on the wire with brotli, and in the cache)"
python3 - "$dist" <<'PY'
import json, os, re, sys
dist = sys.argv[1]
worker = open(os.path.join(dist, "sw.js"), encoding="utf-8").read()
paths = json.loads(re.search(r"const PRECACHE = (\[.*?\]);", worker, re.S).group(1))
offline = json.loads(re.search(r"const OFFLINE = (\[.*?\]);", worker, re.S).group(1))

def file_of(path):
    return os.path.join(dist, path.lstrip("/") + ("index.html" if path.endswith("/") else ""))

def folder_of(path):
    return next((folder for folder, _ in offline if path.startswith(folder)), "/")

def measure(kept):
    wire = cache = 0
    for path in kept:
        size = os.path.getsize(file_of(path))
        cache += size
        wire += os.path.getsize(file_of(path) + ".br") if os.path.exists(file_of(path) + ".br") else size
    return wire, cache

wire, cache = measure(paths)
print(f"   the list: {len(paths)} files, {wire} bytes over the network, {cache} bytes in the cache")
# What a first visit keeps (web/sw.js `kept`): the shell and the Vietnamese pages, each
# translation's home and offline pages, and the rest in the language of the page first opened.
for code, own in (("vi", "/"), ("en", "/en/"), ("km", "/km/")):
    kept = [p for p in paths if folder_of(p) in ("/", own) or any(p in (folder, page) for folder, page in offline)]
    wire, cache = measure(kept)
    print(f"   a first visit in {code}: {len(kept)} files, {wire} bytes over the network, {cache} bytes in the cache")
PY

echo "== Officials' review: a ward of 20,000 people read in Chromium (file chosen to results shown)"
BHYT_DIST="$dist" cargo test --quiet -p bhyt-site-tests --test review -- --ignored --nocapture benchmark_review 2>&1 \
  | grep -E '^review:'
echo "   the review's module: $(stat -c %s "$dist"/bhyt-review-island-*_bg.wasm.br) bytes brotli, $(stat -c %s "$dist"/bhyt-review-island-*_bg.wasm) bytes"

echo "== Province: ./run build-all over the two samples and 1, 10 and 100 made-up communes"
for count in 1 10 100; do
  province=target/bench-province-$count
  rm -rf "$province" "$province-out"
  cargo run --quiet -p bhyt-site-tests --bin generate-localities -- "$province" "$count" 2>/dev/null
  bash scripts/build-all.sh "$province" "$province-out" 2>&1 | tail -1
  copies=$(cat "$province-out"/*/*.wasm | wc -c)
  on_disk=$(du -cb "$province-out"/*/*.wasm | tail -1 | cut -f1)
  echo "   $(ls "$province-out"/*/sitemap.xml | wc -l) localities and the province's overview ($(test -e "$province-out/index.html" && echo built || echo MISSING)); distinct WebAssembly files: $(sha256sum "$province-out"/*/*.wasm | cut -d' ' -f1 | sort -u | wc -l) (3 = shared by all); all copies $copies bytes, $on_disk on disk (hard links)"
  rm -rf "$province" "$province-out"
done

# The pairing: the same pages with every script and script preload removed, the floor that
# plain HTML sets (issue #12: LCP within 1.2x of it).
plain=target/bench-plain
node tools/bench/scripts-removed.mjs "$dist" "$plain"
paired_pages=/,/tu-kiem-tra/,/tu-kiem-tra/cau-hoi/tuoi/,/ke-hoach/,/thong-ke/,/hoc-sinh/

port=8090
plain_port=8091
nginx_pids=()
trap 'for pid in "${nginx_pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
bash scripts/nginx.sh "$port" "$dist" target/nginx-bench &
nginx_pids+=($!)
bash scripts/nginx.sh "$plain_port" "$plain" target/nginx-bench-plain &
nginx_pids+=($!)
for p in "$port" "$plain_port"; do
  for attempt in $(seq 1 100); do
    (echo > "/dev/tcp/127.0.0.1/$p") 2>/dev/null && break
    [ "$attempt" = 100 ] && { echo "nginx did not start on port $p" >&2; exit 1; }
    sleep 0.1
  done
done

echo "== Lighthouse $(node -p "require('./tools/bench/node_modules/lighthouse/package.json').version"), mobile, simulated throttling"
echo "   per route as built, then $paired_pages as built and with scripts removed ($plain), in one run"
routes=$(cargo run --quiet -p bhyt-site-tests --bin page-weights -- --list-routes)
urls=()
for route in $routes; do urls+=("http://127.0.0.1:$port$route"); done
CHROME_PATH=/usr/bin/chromium node tools/bench/lighthouse.mjs \
  --pair "http://127.0.0.1:$port" "http://127.0.0.1:$plain_port" "$paired_pages" "${urls[@]}"
