// `npx tsx scripts/basemap/screenshots.ts`: serves dist/ (build it first) and saves the basemap's zoom-10 views of
// five crossings to docs/basemap-*.png (1280×800), plus the default view, Khasan at zoom 12 and Khasan on a phone
// (375×812, zoom 11).
import { join } from 'node:path';
import { DESKTOP, PHONE, launchChromium, newContext } from '../browser/launch';
import { waitForMapIdle } from '../browser/map-ready';
import { serveApp } from '../browser/serve';

const root = join(import.meta.dirname, '..', '..');
const shots: { name: string; hash: string; phone?: boolean }[] = [
  { name: 'basemap-z10-blagoveshchensk-heihe', hash: '10/50.235/127.56' },
  { name: 'basemap-z10-khasan', hash: '10/42.39/130.66' },
  { name: 'basemap-z10-bolshoy-ussuriysky', hash: '10/48.33/134.72' },
  { name: 'basemap-z10-zabaykalsk-manzhouli', hash: '10/49.62/117.37' },
  { name: 'basemap-z10-pogranichny-suifenhe', hash: '10/44.39/131.2' },
  { name: 'basemap-z12-khasan', hash: '12/42.415/130.645' },
  { name: 'basemap-default-view', hash: '' },
  { name: 'basemap-phone-z11-khasan', hash: '11/42.42/130.65', phone: true },
];

const only = process.argv[2];
const server = await serveApp();
const base = server.url;
const browser = await launchChromium();
for (const shot of shots.filter((s) => !only || s.name.includes(only))) {
  const context = await newContext(browser, { viewport: shot.phone ? PHONE : DESKTOP });
  const page = await context.newPage();
  await page.goto(`${base}/${shot.hash ? `#map=${shot.hash}` : ''}`);
  await page.waitForTimeout(2500);
  await waitForMapIdle(page);
  await page.screenshot({ path: join(root, 'docs', `${shot.name}.png`) });
  await context.close();
  console.log(`docs/${shot.name}.png`);
}
await browser.close();
await server.close();
