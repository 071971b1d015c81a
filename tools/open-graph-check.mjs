// Reads every pre-rendered page in a built site with open-graph-scraper, the way a link
// preview service would (from the HTML only, no network), and checks what a shared link shows:
// a title of at most 90 characters, a description, and an image that is the page's own file
// in the build, a 1200 × 630 PNG, with its alt text.
//
//   node tools/open-graph-check.mjs <dist> <base-url>
//
// Prints one line per problem and a summary; exits 1 when there is any problem.

import ogs from 'open-graph-scraper';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const MAX_TITLE = 90;
const [dist, baseUrl] = process.argv.slice(2);
if (!dist || !baseUrl) {
  console.error('usage: node tools/open-graph-check.mjs <dist> <base-url>');
  process.exit(2);
}

function pages(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pages(path));
    else if (name === 'index.html') found.push(path);
  }
  return found;
}

// Width and height from a PNG's IHDR chunk, or null when the file is not a PNG.
function pngSize(file) {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const problems = [];
const imagesSeen = new Map();
const files = pages(dist).sort();
for (const file of files) {
  const page = '/' + relative(dist, file).replace(/index\.html$/, '');
  const problem = (text) => problems.push(`${page}: ${text}`);
  const { error, result } = await ogs({ html: readFileSync(file, 'utf8') });
  if (error) {
    problem(`open-graph-scraper: ${JSON.stringify(result)}`);
    continue;
  }
  const title = result.ogTitle ?? '';
  if (!title.trim()) problem('no og:title');
  if ([...title].length > MAX_TITLE) problem(`og:title has ${[...title].length} characters (at most ${MAX_TITLE}): ${title}`);
  if (!(result.ogDescription ?? '').trim()) problem('no og:description');
  if (!(result.twitterTitle ?? '').trim()) problem('no twitter:title');
  const images = result.ogImage ?? [];
  if (images.length !== 1) {
    problem(`${images.length} og:image (want 1)`);
    continue;
  }
  const image = images[0];
  if (!(image.alt ?? '').trim()) problem('no og:image:alt');
  if (String(image.width) !== '1200' || String(image.height) !== '630') problem(`og:image:width/height ${image.width}×${image.height}`);
  const twitter = (result.twitterImage ?? [])[0];
  if (!twitter || twitter.url !== image.url) problem(`twitter:image ${twitter?.url} is not og:image ${image.url}`);
  if (!twitter || !(twitter.alt ?? '').trim()) problem('no twitter:image:alt');
  if (!image.url.startsWith(baseUrl + '/')) {
    problem(`og:image ${image.url} is not an absolute address on ${baseUrl}`);
    continue;
  }
  const imageFile = join(dist, image.url.slice(baseUrl.length + 1));
  if (!existsSync(imageFile)) {
    problem(`og:image ${image.url}: no ${imageFile}`);
    continue;
  }
  const size = pngSize(imageFile);
  if (!size) problem(`${imageFile} is not a PNG`);
  else if (size.width !== 1200 || size.height !== 630) problem(`${imageFile} is ${size.width}×${size.height}, not 1200×630`);
  imagesSeen.set(image.url, (imagesSeen.get(image.url) ?? 0) + 1);
}

for (const line of problems) console.log(line);
console.log(`open-graph-check: ${files.length} pages, ${imagesSeen.size} pictures, ${problems.length} problems`);
process.exit(problems.length === 0 && files.length > 0 ? 0 : 1);
