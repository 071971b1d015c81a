// Lighthouse 12 mobile run (simulated slow 4G, 4x CPU slowdown: its defaults) for each URL,
// on Debian's Chromium. Prints one line per URL: the four category scores and the key timings.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pad = (s, n) => String(s).padEnd(n);
console.log(pad('url', 44), 'perf a11y best seo   FCP ms  LCP ms  TBT ms   CLS');
let failed = false;
try {
  for (const url of urls) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
      formFactor: 'mobile', throttlingMethod: 'simulate' });
    if (result.lhr.runtimeError) {
      console.log(pad(url, 44), 'Lighthouse error:', result.lhr.runtimeError.message);
      failed = true;
      continue;
    }
    const { categories: c, audits: a } = result.lhr;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const ms = (k) => Math.round(a[k]?.numericValue ?? 0);
    console.log(pad(url, 44), pad(score('performance'), 4), pad(score('accessibility'), 4),
      pad(score('best-practices'), 4), pad(score('seo'), 4), String(ms('first-contentful-paint')).padStart(7),
      String(ms('largest-contentful-paint')).padStart(7), String(ms('total-blocking-time')).padStart(7),
      (a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3).padStart(6));
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
