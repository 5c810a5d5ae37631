// `npx tsx scripts/screenshots.ts`: builds nothing; serves dist/ and saves the README screenshots to docs/.
import { join } from 'node:path';
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

const server = await preview({ root, logLevel: 'error', preview: { port: 4320, strictPort: false } });
const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
for (const shot of shots) {
  const s = await launch(base, { viewport: shot.viewport });
  await openApp(s, base, shot.path);
  await s.page.waitForTimeout(3500);
  await waitForMapIdle(s.page);
  await s.page.screenshot({ path: join(root, 'docs', `${shot.name}.png`) });
  if (s.consoleErrors.length) console.error(shot.name, s.consoleErrors);
  await s.close();
  console.log(`docs/${shot.name}.png`);
}
await server.close();
