// `npx tsx scripts/screenshots.ts`: builds nothing; serves dist/ and saves the README screenshots to docs/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import type { Page } from './browser/launch';
import { waitForMapIdle } from './browser/map-ready';

const root = join(import.meta.dirname, '..');
const shots: { name: string; path: string; viewport: { width: number; height: number } }[] = [
  { name: 'screenshot-desktop', path: '/', viewport: DESKTOP },
  {
    name: 'screenshot-card',
    path: '/?feature=blagoveshchensk-heihe-road-bridge&v=1#map=9/50.25/127.55',
    viewport: DESKTOP,
  },
  { name: 'screenshot-year-2026', path: '/?year=2026&ghost=1&v=1', viewport: DESKTOP },
  {
    name: 'screenshot-phone',
    path: '/?feature=khasan-tumangang-road-bridge&v=1',
    viewport: PHONE,
  },
  { name: 'screenshot-phone-list', path: '/', viewport: PHONE },
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
const browser = await launchChromium();
for (const shot of shots) {
  const context = await newContext(browser, { viewport: shot.viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(base + shot.path);
  await waitForMapIdle(page);
  await page.waitForTimeout(3500);
  await waitForMapIdle(page);
  await saveScreenshot(page, join(root, 'docs', `${shot.name}.png`));
  if (errors.length) console.error(shot.name, errors);
  await context.close();
  console.log(`docs/${shot.name}.png`);
}
await browser.close();
await server.close();
