import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(`http://127.0.0.1:4345${path}`);
  console.log(path, await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
}
await browser.close();
