import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--disable-quic','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 1 });
page.on('console', m => console.log('console:', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror:', e.message));
const urls = process.argv.slice(2);
for (const [i, u] of urls.entries()) {
  await page.goto('http://127.0.0.1:4173' + u);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: false });
}
if (process.env.CLICK) { await page.getByRole('button', { name: 'Start' }).click(); await page.waitForTimeout(1500); await page.screenshot({ path: '/tmp/shot-player.png' }); }
await browser.close();
