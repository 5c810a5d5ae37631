// `npx tsx scripts/ux-tasks.ts`: serves dist/ and walks the three tasks of issue 13 as a new user would, at desktop
// (mouse) and phone (touch) sizes, counting the clicks or taps each takes and saving a picture of the end of each
// task to docs/ux/<task>-<size>.png. Prints one line per task and size.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launchChromium, newContext } from './browser/launch';
import { serveApp } from './browser/serve';
import type { Locator, Page } from './browser/launch';
import { waitForMapIdle } from './browser/map-ready';
import { saveScreenshot } from './browser/save-screenshot';

const root = join(import.meta.dirname, '..');
const OUT = join(root, 'docs', 'ux');
type Size = 'desktop' | 'phone';

/** A page at one size, and a press (click or tap) that counts itself. */
interface Walk {
  page: Page;
  size: Size;
  presses: number;
  press(target: Locator): Promise<void>;
}

async function walk(url: string, size: Size): Promise<Walk> {
  const browser = await launchChromium();
  const phone = size === 'phone';
  const context = await newContext(browser, {
    viewport: phone ? PHONE : DESKTOP,
    ...(phone ? { hasTouch: true, isMobile: true } : {}),
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  await waitForMapIdle(page);
  const w: Walk = {
    page,
    size,
    presses: 0,
    async press(target) {
      w.presses += 1;
      if (phone) await target.tap();
      else await target.click();
    },
  };
  page.once('close', () => void browser.close());
  return w;
}

/** The phone panel is tabbed: open a tab if it is not open (costs a tap); the desktop shows every section. */
async function tab(w: Walk, name: string): Promise<void> {
  const t = w.page.getByRole('tab', { name, exact: true });
  if ((await t.count()) > 0 && (await t.getAttribute('aria-selected')) !== 'true') await w.press(t);
}

async function finish(w: Walk, task: string, what: string): Promise<void> {
  await waitForMapIdle(w.page);
  await w.page.waitForTimeout(300);
  await saveScreenshot(w.page, join(OUT, `${task}-${w.size}.png`));
  console.log(`${task} (${w.size}): ${w.presses} ${w.size === 'phone' ? 'taps' : 'clicks'}; ${what}`);
  await w.page.close();
}

/** A journalist: find the Khasan road bridge, open its card, copy its link. */
async function journalist(url: string, size: Size): Promise<void> {
  const w = await walk(url, size);
  const search = w.page.getByRole('searchbox', { name: 'Search features' });
  await w.press(search);
  await search.fill('Khasan road bridge');
  await w.press(
    w.page
      .getByRole('list', { name: 'Features' })
      .getByRole('button', { name: /^Khasan–Tumangang road bridge/ }),
  );
  const card = w.page.getByRole('dialog', { name: 'Khasan–Tumangang road bridge' });
  await w.press(card.getByRole('button', { name: 'Copy link to this feature' }));
  const copied = await w.page.evaluate(() => navigator.clipboard.readText());
  await finish(w, 'journalist-khasan-road-bridge', `copied ${copied}`);
}

/** A logistics planner: operational rail links to China only. */
async function planner(url: string, size: Size): Promise<void> {
  const w = await walk(url, size);
  await tab(w, 'Filters');
  await w.press(w.page.getByRole('button', { name: 'Only Rail', exact: true }));
  await w.press(
    w.page.getByRole('group', { name: 'Border' }).getByRole('button', { name: 'North Korea', exact: true }),
  );
  await w.press(w.page.getByRole('button', { name: 'Only Operational', exact: true }));
  await tab(w, 'List');
  const listed = await w.page.getByRole('list', { name: 'Features' }).getByRole('button').count();
  await finish(w, 'planner-operational-rail-to-china', `${listed} listed, URL ${w.page.url()}`);
}

/** An analyst on a phone: the newest developments, then a card's share. */
async function analyst(url: string, size: Size): Promise<void> {
  const w = await walk(url, size);
  await tab(w, 'List');
  await w.press(w.page.getByRole('button', { name: 'Latest developments', exact: true }));
  const feed = w.page.getByRole('region', { name: 'Latest developments' });
  const newest = feed.getByRole('listitem').first();
  const name = (await newest.getByRole('link').first().textContent()) ?? '';
  await w.press(newest.getByRole('link').first());
  const card = w.page.getByRole('dialog', { name: name.trim() });
  await card.waitFor();
  await w.press(card.getByRole('button', { name: 'Copy link to this feature' }));
  await finish(w, 'analyst-latest-developments', `newest: ${name.trim()}`);
}

mkdirSync(OUT, { recursive: true });
const server = await serveApp();
const base = `${server.url}/`;
try {
  for (const size of ['desktop', 'phone'] as const) {
    await journalist(base, size);
    await planner(base, size);
    await analyst(base, size);
  }
} finally {
  await server.close();
}
