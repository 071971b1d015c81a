# Sourced by the scripts: puts the pinned tools first on PATH. The npm wasm-opt must come
# before any other (Debian's binaryen 108 miscompiles this wasm-bindgen's output).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
