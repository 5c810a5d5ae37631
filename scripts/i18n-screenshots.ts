// `npx tsx scripts/i18n-screenshots.ts [lang]`: serves dist/ (build it first) and saves the overview and an open
// card in each interface language at desktop and phone sizes to docs/i18n/<lang>-<size>-<view>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import { waitForMapIdle } from './browser/map-ready';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'i18n');
mkdirSync(out, { recursive: true });
const langs = process.argv[2] ? [process.argv[2]] : ['en', 'ru', 'zh', 'ko'];
const sizes = [
  { name: 'desktop', viewport: DESKTOP },
  { name: 'phone', viewport: PHONE },
];
const views = [
  { name: 'overview', query: '' },
  { name: 'card', query: '&feature=khasan-tumangang-road-bridge' },
];

const server = await preview({ root, logLevel: 'error', preview: { port: 4331, strictPort: false } });
const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
const browser = await launchChromium();
for (const lang of langs)
  for (const size of sizes)
    for (const view of views) {
      const context = await newContext(browser, { viewport: size.viewport, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${base}/?lang=${lang}${view.query}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.waitForTimeout(2000);
      await waitForMapIdle(page);
      const path = join(out, `${lang}-${size.name}-${view.name}.png`);
      await page.screenshot({ path });
      await context.close();
      console.log(path);
    }
await browser.close();
await server.close();
