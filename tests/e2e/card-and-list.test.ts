// The feature card and the feature list in Chromium (production build): a click on the map or a choice in the list
// opens the card; the two stay in step; co-located features stay reachable; the legend and the search filter both.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  bringFeatureIntoView,
  clickFeatureOnMap,
  featureCard,
  featureList,
  geoFeature,
  geoFeatures,
  iconPoint,
  jumpMapTo,
  launch,
  listedIds,
  listEntry,
  listEntryNames,
  openApp,
  renderedIds,
  screenshot,
  visibleBox,
  waitForMapCentredNear,
  waitForMapIdle,
  waitForUrl,
} from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

const FRIENDSHIP_BRIDGE = geoFeature('korea-russia-friendship-bridge');
const KHASAN_ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');
const TONGJIANG_RAIL_BRIDGE = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');
const VLADIVOSTOK_PORT = geoFeature('vladivostok-port');
/** Everything drawn in and around Blagoveshchensk: two pairs share a point, the rest lie within a few km. */
const BLAGOVESHCHENSK = [
  'blagoveshchensk-heihe-road-bridge',
  'blagoveshchensk-heihe-river',
  'blagoveshchensk-heihe-cable-car',
  'blagoveshchensk-heihe-rail-bridge',
  'verkhneblagoveshchensky-temporary',
  'kanikurgan-tlt',
  'mmtlc-blagoveshchensk',
].map(geoFeature);

const ALL_YEARS_CAPTION = /^All years: (\d+) features?$/;

/** "Opened 9 Aug 1959", "Target: 2026": the label, at most a day and a month, then the 4-digit year. */
const dateLine = (label: string, year: number) => new RegExp(`${label} (?:\\S+ ){0,2}${year}(?!\\d)`);

describe('the feature card and the feature list (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  async function closeCardIfOpen() {
    const card = featureCard(s.page);
    if ((await card.count()) > 0) await card.getByRole('button', { name: 'Close' }).click();
    await card.waitFor({ state: 'detached' });
  }

  /** Every link in the card: sources open in a new tab without opener or referrer, and all are http(s). */
  async function expectSafeSourceLinks() {
    const links = await featureCard(s.page)
      .getByRole('link')
      .evaluateAll((els) =>
        els.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel') ?? '',
        })),
      );
    const sources = links.filter((l) => new URL(l.href).origin !== new URL(baseUrl).origin);
    expect(sources.length, 'the card lists its sources as links').toBeGreaterThan(0);
    for (const l of links) expect(new URL(l.href).protocol, l.href).toMatch(/^https?:$/);
    for (const l of sources) {
      expect(l.target, l.href).toBe('_blank');
      expect(l.rel.split(/\s+/), l.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }

  it('gives the Features list room to show entries on a 1280×800 desktop', async () => {
    await s.page.locator('#side-panel').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    const list = await visibleBox(featureList(s.page));
    expect(list?.height ?? 0, 'visible height of the Features list (px)').toBeGreaterThanOrEqual(200);
    const first = listEntry(s.page, (await listEntryNames(s.page))[0] ?? '');
    await first.click({ trial: true, timeout: 3000 });
  });

  it('opens the card of a feature clicked on the map: its name, status, opening year and sources', async () => {
    await bringFeatureIntoView(s.page, FRIENDSHIP_BRIDGE.id, 11);
    await clickFeatureOnMap(s.page, FRIENDSHIP_BRIDGE.id);

    const card = featureCard(s.page, FRIENDSHIP_BRIDGE.name.en);
    await card.waitFor();
    await expect(card.getByText('Operational', { exact: true }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(dateLine('Opened', 1959));
    await expectSafeSourceLinks();
  });

  it('opens the card of a feature still being built, with its status and target year', async () => {
    await bringFeatureIntoView(s.page, KHASAN_ROAD_BRIDGE.id, 11);
    await clickFeatureOnMap(s.page, KHASAN_ROAD_BRIDGE.id);

    const card = featureCard(s.page, KHASAN_ROAD_BRIDGE.name.en);
    await card.waitFor();
    await expect(card.getByText('Under construction', { exact: true }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(dateLine('Target:', 2026));
    await expectSafeSourceLinks();
  });

  it('opens the card of a feature chosen in the list and flies the map to it', async () => {
    await closeCardIfOpen();
    await jumpMapTo(s.page, { zoom: 4, lat: 50, lon: 122 });

    const entry = listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en);
    await entry.click();

    const card = featureCard(s.page, TONGJIANG_RAIL_BRIDGE.name.en);
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(dateLine('Opened', 2022));
    const camera = await waitForMapCentredNear(s.page, TONGJIANG_RAIL_BRIDGE.position, 0.05);
    expect(camera.zoom).toBeGreaterThan(4);
    await expect(entry.getAttribute('aria-current')).resolves.toBe('true');
    await expectSafeSourceLinks();
  });

  it('marks the list entry of a feature chosen on the map as current and scrolls it into view', async () => {
    await s.page.locator('#side-panel').evaluate((panel) => panel.scrollTo(0, 0));
    const entry = listEntry(s.page, VLADIVOSTOK_PORT.name.en);
    expect(await visibleBox(entry), 'the entry starts out of sight, far down the list').toBeNull();

    await bringFeatureIntoView(s.page, VLADIVOSTOK_PORT.id, 9);
    await clickFeatureOnMap(s.page, VLADIVOSTOK_PORT.id);
    await featureCard(s.page, VLADIVOSTOK_PORT.name.en).waitFor();

    await expect(entry.getAttribute('aria-current')).resolves.toBe('true');
    await expect(featureList(s.page).locator('[aria-current="true"]').count()).resolves.toBe(1);
    const box = await entry.boundingBox();
    const seen = await visibleBox(entry);
    expect(seen, 'the current entry is scrolled into view').not.toBeNull();
    expect(seen?.height).toBeGreaterThanOrEqual((box?.height ?? 0) - 1);
  });

  it('spreads co-located icons and opens each Blagoveshchensk feature from its own icon', async () => {
    await bringFeatureIntoView(s.page, 'blagoveshchensk-heihe-river', 11);
    const river = await iconPoint(s.page, 'blagoveshchensk-heihe-river');
    const cable = await iconPoint(s.page, 'blagoveshchensk-heihe-cable-car');
    expect(
      Math.hypot(river.x - cable.x, river.y - cable.y),
      'icons at one point are drawn apart',
    ).toBeGreaterThan(10);

    for (const f of BLAGOVESHCHENSK) {
      await bringFeatureIntoView(s.page, f.id, 11);
      await clickFeatureOnMap(s.page, f.id);
      await featureCard(s.page, f.name.en).waitFor({ timeout: 5000 });
      await expect(listEntry(s.page, f.name.en).getAttribute('aria-current')).resolves.toBe('true');
    }
  });

  it('hides a kind from the list and the map when its legend entry is pressed, and the counts follow', async () => {
    await closeCardIfOpen();
    await jumpMapTo(s.page, { zoom: 6, lat: 43.2, lon: 131.6 });
    const ports = geoFeatures().filter((f) => f.kind === 'port');
    const portIds = ports.map((f) => f.id).sort();
    const caption = s.page.getByText(ALL_YEARS_CAPTION);
    const countIn = async () => Number(ALL_YEARS_CAPTION.exec((await caption.textContent()) ?? '')?.[1]);
    const kinds = s.page.getByRole('group', { name: 'Kinds' });
    const portToggle = kinds.getByRole('button', { name: /^Port \d+$/ });
    const operational = s.page
      .getByRole('group', { name: 'Status' })
      .getByRole('button', { name: /^Operational/ });
    const operationalCount = async () => Number(/(\d+)$/.exec((await operational.textContent()) ?? '')?.[1]);

    const before = await countIn();
    const operationalBefore = await operationalCount();
    expect((await listEntryNames(s.page)).length).toBe(before);
    expect(await renderedIds(s.page)).toEqual(expect.arrayContaining(portIds));
    await expect(portToggle.getAttribute('aria-pressed')).resolves.toBe('true');

    await portToggle.click();
    await expect(portToggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await waitForUrl(
      s.page,
      (u) => u.searchParams.has('kind') && !/\bport\b/.test(u.searchParams.get('kind') ?? ''),
    );
    await waitForMapIdle(s.page);
    expect(await countIn()).toBe(before - ports.length);
    expect((await listEntryNames(s.page)).length).toBe(before - ports.length);
    expect(await listedIds(s.page, ports)).toEqual([]);
    expect((await renderedIds(s.page)).filter((id) => portIds.includes(id))).toEqual([]);
    expect(await operationalCount()).toBe(
      operationalBefore - ports.filter((f) => f.status === 'operational').length,
    );

    await portToggle.click();
    await expect(portToggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await waitForMapIdle(s.page);
    expect(await countIn()).toBe(before);
    expect(await listedIds(s.page, ports)).toEqual(portIds);
    expect(await renderedIds(s.page)).toEqual(expect.arrayContaining(portIds));
  });

  it('finds features by their Russian and Chinese names, ignoring case', async () => {
    const search = s.page.getByRole('searchbox', { name: 'Search features' });
    const all = geoFeatures();
    const named = (q: string) =>
      all
        .filter((f) => Object.values(f.name).some((n) => n?.toLowerCase().includes(q.toLowerCase())))
        .map((f) => f.id)
        .sort();

    for (const [query, expected] of [
      ['нижнеленинское', named('нижнеленинское')],
      ['НИЖНЕЛЕНИНСКОЕ', named('нижнеленинское')],
      ['同江', named('同江')],
    ] as const) {
      expect(expected.length, `the data has names containing ${query}`).toBeGreaterThan(0);
      await search.fill(query);
      await s.page.waitForFunction(
        (n) => document.querySelectorAll('[role="list"][aria-label="Features"] button').length === n,
        expected.length,
      );
      expect(await listedIds(s.page), query).toEqual(expected);
      await waitForMapIdle(s.page);
      const drawn = await renderedIds(s.page);
      expect(
        drawn.filter((id) => !expected.includes(id)),
        `map features outside "${query}"`,
      ).toEqual([]);
    }
    expect(await listedIds(s.page)).toContain(TONGJIANG_RAIL_BRIDGE.id);

    await search.fill('');
    await expect.poll(async () => (await listEntryNames(s.page)).length).toBe(all.length);
  });

  it('saves desktop and phone screenshots with a card open', async () => {
    await bringFeatureIntoView(s.page, TONGJIANG_RAIL_BRIDGE.id, 9);
    await clickFeatureOnMap(s.page, TONGJIANG_RAIL_BRIDGE.id);
    await featureCard(s.page, TONGJIANG_RAIL_BRIDGE.name.en).waitFor();
    await waitForMapIdle(s.page);
    await screenshot(s.page, 'card-and-list-desktop');

    await s.page.setViewportSize({ width: 375, height: 812 });
    await bringFeatureIntoView(s.page, FRIENDSHIP_BRIDGE.id, 11);
    await clickFeatureOnMap(s.page, FRIENDSHIP_BRIDGE.id);
    const card = featureCard(s.page, FRIENDSHIP_BRIDGE.name.en);
    await card.waitFor();
    await waitForMapIdle(s.page);
    const box = await visibleBox(card);
    expect(box?.width, 'the card spans the phone screen').toBeGreaterThan(370);
    await screenshot(s.page, 'card-and-list-phone');
    await s.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
