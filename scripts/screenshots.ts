// `npx tsx scripts/screenshots.ts`: builds nothing; serves dist/ and saves the README screenshots to docs/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launch, openApp, waitForMapIdle } from '../tests/e2e/driver';

const root = join(import.meta.dirname, '..');
const shots: { name: string; path: string; viewport: { width: number; height: number } }[] = [
  { name: 'screenshot-desktop', path: '/', viewport: { width: 1280, height: 800 } },
  {
    name: 'screenshot-card',
    path: '/?feature=blagoveshchensk-heihe-road-bridge&v=1#map=9/50.25/127.55',
    viewport: { width: 1280, height: 800 },
  },
  { name: 'screenshot-year-2026', path: '/?year=2026&ghost=1&v=1', viewport: { width: 1280, height: 800 } },
  {
    name: 'screenshot-phone',
    path: '/?feature=khasan-tumangang-road-bridge&v=1',
    viewport: { width: 375, height: 812 },
  },
  { name: 'screenshot-phone-list', path: '/', viewport: { width: 375, height: 812 } },
];

/**
 * Saves what the viewport shows. Headless Chromium (software compositing) sometimes captures a stale, blank map
 * under a phone's open bottom sheet when one capture spans both, although the map has drawn (its WebGL pixels are
 * right, and so is a capture of either part alone). So the part above the sheet and the sheet are captured apart and
 * joined on a 2D canvas in a blank page of the same browser.
 */
async function saveScreenshot(page: Page, path: string): Promise<void> {
  const split = await page.evaluate(() => {
    const sheet = document.querySelector('.card-host');
    return sheet && window.innerWidth <= 480 ? Math.round(sheet.getBoundingClientRect().top) : null;
  });
  const viewport = page.viewportSize();
  if (split === null || !viewport || split <= 0 || split >= viewport.height) {
    await page.screenshot({ path });
    return;
  }
  const { width, height } = viewport;
  const parts = [
    { y: 0, data: await page.screenshot({ clip: { x: 0, y: 0, width, height: split } }) },
    { y: split, data: await page.screenshot({ clip: { x: 0, y: split, width, height: height - split } }) },
  ].map((p) => ({ y: p.y, url: `data:image/png;base64,${p.data.toString('base64')}` }));
  const joiner = await page.context().newPage();
  const png = await joiner.evaluate(
    async ({ parts, width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      for (const part of parts) {
        const img = new Image();
        img.src = part.url;
        await img.decode();
        ctx.drawImage(img, 0, part.y);
      }
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    },
    { parts, width, height },
  );
  await joiner.close();
  writeFileSync(path, Buffer.from(png, 'base64'));
}

const server = await preview({ root, logLevel: 'error', preview: { port: 4320, strictPort: false } });
const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
for (const shot of shots) {
  const s = await launch(base, { viewport: shot.viewport });
  await openApp(s, base, shot.path);
  await s.page.waitForTimeout(3500);
  await waitForMapIdle(s.page);
  await saveScreenshot(s.page, join(root, 'docs', `${shot.name}.png`));
  if (s.consoleErrors.length) console.error(shot.name, s.consoleErrors);
  await s.close();
  console.log(`docs/${shot.name}.png`);
}
await server.close();
