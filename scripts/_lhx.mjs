import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createSiteServer } from '/work/main/scripts/serve.mjs';
const [dir, path, n = '3'] = process.argv.slice(2);
const server = createSiteServer({ dir, base: '/' }).listen(4392);
const out = [];
for (let i = 0; i < Number(n); i++) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--disable-features=PaintHolding'] });
  const r = await lighthouse('http://localhost:4392' + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, { extends: 'lighthouse:default' });
  const a = r.lhr.audits;
  out.push([Math.round(r.lhr.categories.performance.score*100), Math.round(a['total-blocking-time'].numericValue), Math.round(a['mainthread-work-breakdown'].numericValue)]);
  chrome.kill();
}
server.close();
console.log(dir, path, JSON.stringify(out));
