// Issue 13 item 7, at desktop and phone sizes: while loading no zero counts; when every data file fails, plain
// words and Retry; the no-WebGL message fits its box at every width; axe (color-contrast included) finds nothing
// serious or critical while loading, loaded, with a card open, with "Link copied" showing, and failed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  dataAlert,
  featureCard,
  geoFeature,
  geoFeatures,
  launch,
  listEntry,
  listedIds,
  mapAlert,
  openExtraPage,
  screenshot,
  waitForMapIdle,
} from './driver';
import type { AppSession, AxeViolation } from './driver';
import { SIZES, showPanelTab } from './ux-sizes';

const baseUrl = inject('baseUrl');
const ALL = geoFeatures();
const ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');
const DATA = /\/assets\/[^/]*\.geojson$/;

const serious = (violations: AxeViolation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`);

describe.each(SIZES)('states that tell the truth ($name)', (size) => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl, {
      expectedConsole: [
        /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\)$/,
      ],
    });
  });
  afterAll(async () => s?.close());

  async function page() {
    const { page: p } = await openExtraPage(s, { ...size.options, bypassCSP: true });
    p.setDefaultTimeout(15_000);
    return p;
  }

  it('while loading shows "Loading…", never zero counts, and passes axe', async () => {
    const p = await page();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await p.route(DATA, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(`${baseUrl}/`);
    await showPanelTab(p, 'Filters');
    await p.getByText('Loading…', { exact: true }).first().waitFor();
    const counts = await p.locator('.legend__count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((c) => c === '')).toBe(true);
    await expect(p.getByText(/: 0 features/).count()).resolves.toBe(0);
    await screenshot(p, `ux-states-loading-${size.name}`);
    const found = serious(await axeViolations(p));
    expect(found, found.join('\n')).toEqual([]);
    release();
    await waitForMapIdle(p);
    await expect(p.locator('.legend__count').first().textContent()).resolves.toMatch(/^\d+$/);
  }, 120_000);

  it('passes axe loaded, with a card open, and with "Link copied" showing', async () => {
    const p = await page();
    await p.goto(`${baseUrl}/`);
    await waitForMapIdle(p);
    let found = serious(await axeViolations(p));
    expect(found, found.join('\n')).toEqual([]);
    await showPanelTab(p, 'List');
    await listEntry(p, ROAD_BRIDGE.name.en).click();
    await featureCard(p, ROAD_BRIDGE.name.en).waitFor();
    await waitForMapIdle(p);
    found = serious(await axeViolations(p));
    expect(found, found.join('\n')).toEqual([]);
    await p.getByRole('button', { name: 'Copy link', exact: true }).click();
    await p.getByText('Link copied').first().waitFor();
    await featureCard(p).getByRole('button', { name: 'Copy link to this feature' }).click();
    await featureCard(p).getByText('Link to this feature copied.').waitFor();
    found = serious(await axeViolations(p));
    expect(found, found.join('\n')).toEqual([]);
    await screenshot(p, `ux-states-card-${size.name}`);
  }, 150_000);

  it('when every data file fails, says nothing could be loaded in plain words, with Retry that works', async () => {
    const p = await page();
    await p.route(DATA, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'down' }));
    await p.goto(`${baseUrl}/`);
    const alert = dataAlert(p);
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toMatch(/Nothing could be loaded/);
    expect(text).not.toMatch(/everything else is shown/i);
    expect(text).not.toMatch(/\w+Error\b|[{}]|undefined/);
    await expect(alert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
    await expect(mapAlert(p).count()).resolves.toBe(0);
    await screenshot(p, `ux-states-failed-${size.name}`);
    const found = serious(await axeViolations(p));
    expect(found, found.join('\n')).toEqual([]);
    await p.unroute(DATA);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(dataAlert(p).count()).resolves.toBe(0);
    await showPanelTab(p, 'List');
    await listEntry(p, ROAD_BRIDGE.name.en).waitFor();
    await expect(listedIds(p)).resolves.toEqual(ALL.map((f) => f.id).sort());
  });
});

describe('the no-WebGL message fits its box at every width', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl, { extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
  });
  afterAll(async () => s?.close());

  for (const width of [280, 320, 375, 480, 768, 1024, 1280])
    it(`at ${width} px`, async () => {
      const { page: p } = await openExtraPage(s, { viewport: { width, height: 700 }, bypassCSP: true });
      await p.goto(`${baseUrl}/`);
      const alert = mapAlert(p);
      await alert.waitFor({ timeout: 20_000 });
      const fit = await alert.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const region = (el.closest('[role="region"]') as HTMLElement).getBoundingClientRect();
        return {
          overflowX: el.scrollWidth - el.clientWidth,
          inside:
            box.left >= region.left - 0.5 &&
            box.right <= region.right + 0.5 &&
            box.top >= region.top - 0.5 &&
            box.bottom <= region.bottom + 0.5,
        };
      });
      expect(fit).toEqual({ overflowX: 0, inside: true });
      if (width === 375 || width === 1280) await screenshot(p, `ux-states-no-webgl-${width}`);
      await p.close();
    });
});
