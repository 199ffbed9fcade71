import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await context.newPage();
for (const path of ['/', '/history', '/settings', '/plan', '/safety', '/routines/post-run-hip-reset']) {
  await page.goto('http://127.0.0.1:4263' + path);
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => {
    const sheet = new CSSStyleSheet(); sheet.replaceSync('html { font-size: 200% !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const cw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > cw + 1).map((e) => `${e.tagName}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)} "${(e.textContent||'').trim().slice(0,30)}"`);
    return { over: document.documentElement.scrollWidth - cw, cw, wide: wide.slice(0, 8) };
  });
  console.log(path, r.over, r.cw, JSON.stringify(r.wide, null, 0));
}
await browser.close();
