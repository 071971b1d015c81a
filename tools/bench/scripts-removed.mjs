// The "scripts removed" copy of the built site for the benchmark's pairing: the same pages with
// every <script> element and every preload of the JavaScript or WebAssembly taken out, so
// Lighthouse measures the plain-HTML floor next to the page as built. Usage:
//   node tools/bench/scripts-removed.mjs DIST COPY
// COPY is replaced. Each changed page gets fresh .br and .gz copies, so nginx's brotli_static and
// gzip_static serve the stripped page, not the one precompressed by the build.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [dist, copy] = process.argv.slice(2);
if (!dist || !copy) {
  console.error('usage: scripts-removed.mjs DIST COPY');
  process.exit(2);
}
rmSync(copy, { recursive: true, force: true });
cpSync(dist, copy, { recursive: true });

const removed = [
  /<script\b[^>]*>[\s\S]*?<\/script>/gi,
  /<link\b[^>]*\brel="modulepreload"[^>]*>/gi,
  /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="(?:fetch|script)")[^>]*>/gi,
];
const pages = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
});
let changed = 0;
for (const page of pages(copy)) {
  const html = readFileSync(page, 'utf8');
  const plain = removed.reduce((text, pattern) => text.replace(pattern, ''), html);
  if (plain === html) continue;
  if (/<script\b|rel="modulepreload"/i.test(plain)) throw new Error(`${page}: a script is left`);
  writeFileSync(page, plain);
  writeFileSync(`${page}.br`, brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${page}.gz`, gzipSync(plain, { level: 9 }));
  changed += 1;
}
console.log(`${copy}: ${changed} pages without their scripts`);
