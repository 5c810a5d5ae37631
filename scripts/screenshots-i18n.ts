// `npx tsx scripts/screenshots-i18n.ts`: serves dist/ (build first) and saves, for each interface language, the
// overview and an open card at the desktop and phone sizes: docs/i18n/<lang>-<desktop|phone>-<overview|card>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/domain/vocabulary';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import { serveApp } from './browser/serve';
import { waitForMapIdle } from './browser/map-ready';
import { saveScreenshot } from './browser/save-screenshot';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'i18n');
mkdirSync(out, { recursive: true });

/** The card: the Blagoveshchensk–Heihe road bridge (names in all four languages, a timeline, capacity). */
const CARD = 'feature=blagoveshchensk-heihe-road-bridge';
const views = [
  { name: 'overview', query: '' },
  { name: 'card', query: `${CARD}&` },
];
const sizes = [
  { name: 'desktop', viewport: DESKTOP, hash: '#map=9/50.25/127.55' },
  { name: 'phone', viewport: PHONE, hash: '' },
];

const server = await serveApp();
const base = server.url;
const browser = await launchChromium();
for (const lang of LANGS)
  for (const size of sizes)
    for (const view of views) {
      const context = await newContext(browser, { viewport: size.viewport, locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await page.goto(`${base}/?${view.query}lang=${lang}&v=1${view.name === 'card' ? size.hash : ''}`);
      await waitForMapIdle(page);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.waitForTimeout(2500);
      await waitForMapIdle(page);
      const name = `${lang}-${size.name}-${view.name}`;
      await saveScreenshot(page, join(out, `${name}.png`));
      if (errors.length) console.error(name, errors);
      await context.close();
      console.log(`docs/i18n/${name}.png`);
    }
await browser.close();
await server.close();
