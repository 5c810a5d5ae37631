// `npx tsx scripts/screenshots-tools-i18n.ts [lang…]`: serves dist/ (build first) and saves the tools in Russian,
// Chinese and Korean at the desktop and phone sizes to docs/i18n/ (e.g. docs/i18n/ru-desktop-table.png): the table,
// the feed with since=, data quality and a card's Cite panel, plus a "Download PNG" of the view in each language.
// Controls are found by their place in the page, not by their (translated) names.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import { serveApp } from './browser/serve';
import type { Page } from './browser/launch';
import { waitForMapIdle } from './browser/map-ready';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'i18n');
mkdirSync(out, { recursive: true });
const langs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['ru', 'zh', 'ko'];

type Size = 'desktop' | 'phone';
type Shot = { name: string; path: string; act(page: Page, size: Size): Promise<void> };

/** On a phone the panel is a sheet with tabs (filters, list, about): open one, full height. */
async function openTab(page: Page, size: Size, tab: 'filters' | 'list' | 'about'): Promise<void> {
  if (size !== 'phone') return;
  await page.locator(`[role="tab"][id$="-tab-${tab}"]`).click();
}

const shots: Shot[] = [
  {
    name: 'table',
    path: '/?year=2030&v=1',
    act: async (page, size) => {
      await openTab(page, size, 'list');
      await page.locator('.tools-bar button').first().click();
      await page.locator('.table-panel').waitFor();
    },
  },
  {
    name: 'feed',
    path: '/?since=2025-01-01&v=1',
    act: async (page, size) => {
      await openTab(page, size, 'list');
      await page.locator('.feed-host').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'quality',
    path: '/?v=1',
    act: async (page, size) => {
      await openTab(page, size, 'about');
      await page.locator('.data-quality__toggle').click();
      await page.locator('.data-quality__panel').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'cite',
    path: '/?feature=khasan-tumangang-road-bridge&v=1',
    act: async (page) => {
      await page.locator('[role="dialog"] .cite > button').click();
      await page.locator('.cite__panel').scrollIntoViewIfNeeded();
    },
  },
];

const server = await serveApp();
const base = server.url;
const browser = await launchChromium();
for (const lang of langs) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const shot of shots) {
      const context = await newContext(browser, { viewport, acceptDownloads: true, locale: lang });
      const page = await context.newPage();
      await page.goto(`${base}${shot.path}&lang=${lang}`);
      await waitForMapIdle(page);
      await shot.act(page, size);
      await page.waitForTimeout(800);
      const file = join(out, `${lang}-${size}-${shot.name}.png`);
      await page.screenshot({ path: file });
      await context.close();
      console.log(file);
    }
  }
  // The picture for an article, in this language.
  const context = await newContext(browser, { viewport: DESKTOP, acceptDownloads: true, locale: lang });
  const page = await context.newPage();
  await page.goto(`${base}/?year=2026&lang=${lang}&v=1`);
  await waitForMapIdle(page);
  const download = page.waitForEvent('download');
  // Download CSV, Download GeoJSON, then Download PNG.
  await page.locator('section.tools button').nth(2).click();
  const file = join(out, `${lang}-export.png`);
  copyFileSync(await (await download).path(), file);
  await context.close();
  console.log(file);
}
await browser.close();
await server.close();
