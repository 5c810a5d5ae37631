// `npx tsx scripts/screenshots.ts`: builds nothing; serves dist/ and saves the README screenshots to docs/.
import { join } from 'node:path';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import { serveApp } from './browser/serve';
import { waitForMapIdle } from './browser/map-ready';
import { saveScreenshot } from './browser/save-screenshot';

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

const server = await serveApp();
const base = server.url;
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
