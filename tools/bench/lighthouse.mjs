// Lighthouse 12 mobile run (simulated slow 4G, 4x CPU slowdown: its defaults) for each URL,
// on Debian's Chromium. Prints one line per URL: the four category scores and the key timings.
//   node lighthouse.mjs URL...
//   node lighthouse.mjs --pair BUILT_ORIGIN PLAIN_ORIGIN PATH,PATH,... URL...
// With --pair it then runs each PATH on both origins, one after the other in the same browser
// (the site as built, and the copy with every script removed: scripts-removed.mjs), and prints
// LCP and total transfer side by side.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
let pair = null;
if (args[0] === '--pair') {
  pair = { built: args[1], plain: args[2], paths: args[3].split(',') };
  args.splice(0, 4);
}
const urls = args;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pad = (s, n) => String(s).padEnd(n);
const run = async (url) => {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
    formFactor: 'mobile', throttlingMethod: 'simulate' });
  if (result.lhr.runtimeError) throw new Error(`${url}: Lighthouse error: ${result.lhr.runtimeError.message}`);
  return result.lhr;
};
const ms = (lhr, k) => Math.round(lhr.audits[k]?.numericValue ?? 0);
let failed = false;
try {
  console.log(pad('url', 44), 'perf a11y best seo   FCP ms  LCP ms  TBT ms   CLS');
  for (const url of urls) {
    let lhr;
    try {
      lhr = await run(url);
    } catch (error) {
      console.log(pad(url, 44), error.message);
      failed = true;
      continue;
    }
    const { categories: c, audits: a } = lhr;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(pad(url, 44), pad(score('performance'), 4), pad(score('accessibility'), 4),
      pad(score('best-practices'), 4), pad(score('seo'), 4), String(ms(lhr, 'first-contentful-paint')).padStart(7),
      String(ms(lhr, 'largest-contentful-paint')).padStart(7), String(ms(lhr, 'total-blocking-time')).padStart(7),
      (a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3).padStart(6));
  }
  if (pair) {
    const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
    const rows = [];
    for (const path of pair.paths) {
      const built = await run(pair.built + path);
      const plain = await run(pair.plain + path);
      const lcp = [ms(built, 'largest-contentful-paint'), ms(plain, 'largest-contentful-paint')];
      const bytes = [ms(built, 'total-byte-weight'), ms(plain, 'total-byte-weight')];
      rows.push([`\`${path}\``, `${lcp[0].toLocaleString('en')} ms`, `${lcp[1].toLocaleString('en')} ms`,
        `${(lcp[0] / lcp[1]).toFixed(2)}×`, kb(bytes[0]), kb(bytes[1])]);
    }
    console.log('');
    console.log('| page | LCP, as built | LCP, scripts removed | ratio | bytes, as built | bytes, scripts removed |');
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
