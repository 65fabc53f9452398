import { chromium } from '@playwright/test';
const [,, url, out, width, full] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 640 } });
await p.goto(url);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
