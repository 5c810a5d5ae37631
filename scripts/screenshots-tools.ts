// `npx tsx scripts/screenshots-tools.ts`: serves dist/ (build first) and saves screenshots of the tools to docs/:
// the table, the feed with since=, the capacity chart, the embed page, a phone view, and a downloaded PNG export.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import { serveApp } from './browser/serve';
import type { Page } from './browser/launch';
import { waitForMapIdle } from './browser/map-ready';

const root = join(import.meta.dirname, '..');
const docs = (name: string) => join(root, 'docs', `${name}.png`);

type Shot = { name: string; path: string; viewport: typeof DESKTOP; act(s: { page: Page }): Promise<void> };

const shots: Shot[] = [
  {
    name: 'screenshot-table',
    path: '/?year=2030&v=1',
    viewport: DESKTOP,
    act: async (s) => {
      await s.page.getByRole('button', { name: 'Table', exact: true }).click();
      await s.page.getByRole('columnheader', { name: 'Opened or target' }).click();
      await s.page.getByRole('columnheader', { name: 'Opened or target' }).click();
    },
  },
  {
    name: 'screenshot-feed',
    path: '/?since=2025-01-01&v=1',
    viewport: DESKTOP,
    act: async (s) => {
      await s.page.getByRole('region', { name: 'Latest developments' }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'screenshot-chart',
    path: '/',
    viewport: DESKTOP,
    act: async (s) => {
      await s.page.getByRole('button', { name: 'Capacity over the years' }).click();
      await s.page.locator('.capacity__chart canvas').waitFor();
    },
  },
  {
    name: 'screenshot-embed',
    path: '/?embed=1&feature=zabaikalsk-manzhouli-rail&v=1',
    viewport: { width: 800, height: 600 },
    act: async () => undefined,
  },
  {
    name: 'screenshot-phone-table',
    path: '/?v=1',
    viewport: PHONE,
    act: async (s) => {
      await s.page.getByRole('button', { name: 'Table', exact: true }).click();
    },
  },
  {
    name: 'screenshot-png-export',
    path: '/?year=2026&v=1',
    viewport: DESKTOP,
    act: async (s) => {
      const download = s.page.waitForEvent('download');
      await s.page.getByRole('button', { name: 'Download PNG' }).click();
      const file = await (await download).path();
      copyFileSync(file, docs('export-example'));
    },
  },
];

const server = await serveApp();
const base = server.url;
const browser = await launchChromium();
for (const shot of shots) {
  const context = await newContext(browser, { viewport: shot.viewport, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}${shot.path}`);
  await waitForMapIdle(page);
  await shot.act({ page });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: docs(shot.name) });
  await context.close();
  console.log(`docs/${shot.name}.png`);
}
await browser.close();
await server.close();
