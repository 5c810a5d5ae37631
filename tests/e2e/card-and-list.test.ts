// The feature card and the feature list in Chromium (production build): a click on the map or a choice in the list
// opens the card; the two stay in step; co-located features stay reachable; the legend and the search filter both.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE } from '../../scripts/browser/launch';
import {
  featureCard,
  featureList,
  geoFeature,
  geoFeatures,
  iconPoint,
  launch,
  legendEntry,
  linksOf,
  listedIds,
  listEntry,
  listEntryNames,
  renderedIds,
  screenshot,
  scrollSidePanel,
  steps,
  visibleBox,
  waitForListLength,
  waitForMapIdle,
} from './driver';
import type { AppSession, Steps } from './driver';

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
  let given: Steps['given'];
  let when: Steps['when'];
  let then: Steps['then'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    ({ given, when, then } = steps(s));
    await given.appAt('/');
  });
  afterAll(async () => s?.close());

  /** Every link in the card: sources open in a new tab without opener or referrer, and all are http(s). */
  async function expectSafeSourceLinks() {
    const links = await linksOf(featureCard(s.page).getByRole('link'));
    const sources = links.filter((l) => new URL(l.resolved).origin !== new URL(baseUrl).origin);
    expect(sources.length, 'the card lists its sources as links').toBeGreaterThan(0);
    for (const l of links) expect(new URL(l.resolved).protocol, l.resolved).toMatch(/^https?:$/);
    for (const l of sources) {
      expect(l.target, l.resolved).toBe('_blank');
      expect(l.rel.split(/\s+/), l.resolved).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }

  it('gives the Features list room to show entries on a 1280×800 desktop', async () => {
    await scrollSidePanel(s.page, 'bottom');
    const list = await visibleBox(featureList(s.page));
    expect(list?.height ?? 0, 'visible height of the Features list (px)').toBeGreaterThanOrEqual(200);
    const first = listEntry(s.page, (await listEntryNames(s.page))[0] ?? '');
    await first.click({ trial: true, timeout: 3000 });
  });

  it('opens the card of a feature clicked on the map: its name, status, opening year and sources', async () => {
    await given.featureInView(FRIENDSHIP_BRIDGE, 11);
    await when.clickOnMap(FRIENDSHIP_BRIDGE);

    const card = await then.cardOpens(FRIENDSHIP_BRIDGE);
    await expect(card.getByText('Operational', { exact: true }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(dateLine('Opened', 1959));
    await expectSafeSourceLinks();
  });

  it('opens the card of a feature still being built, with its status and target year', async () => {
    await given.featureInView(KHASAN_ROAD_BRIDGE, 11);
    await when.clickOnMap(KHASAN_ROAD_BRIDGE);

    const card = await then.cardOpens(KHASAN_ROAD_BRIDGE);
    await expect(card.getByText('Under construction', { exact: true }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(dateLine('Target:', 2026));
    await expectSafeSourceLinks();
  });

  it('opens the card of a feature chosen in the list and flies the map to it', async () => {
    await given.noCardOpen();
    await given.mapAt({ zoom: 4, lat: 50, lon: 122 });

    await when.chooseInList(TONGJIANG_RAIL_BRIDGE);

    const card = await then.cardOpens(TONGJIANG_RAIL_BRIDGE);
    await expect(card.textContent()).resolves.toMatch(dateLine('Opened', 2022));
    const camera = await then.mapCentresOn(TONGJIANG_RAIL_BRIDGE, 0.05);
    expect(camera.zoom).toBeGreaterThan(4);
    await then.entryIsCurrent(TONGJIANG_RAIL_BRIDGE);
    await expectSafeSourceLinks();
  });

  it('marks the list entry of a feature chosen on the map as current and scrolls it into view', async () => {
    await scrollSidePanel(s.page, 'top');
    const entry = listEntry(s.page, VLADIVOSTOK_PORT.name.en);
    expect(await visibleBox(entry), 'the entry starts out of sight, far down the list').toBeNull();

    await given.featureInView(VLADIVOSTOK_PORT, 9);
    await when.clickOnMap(VLADIVOSTOK_PORT);
    await then.cardOpens(VLADIVOSTOK_PORT);

    await then.entryIsCurrent(VLADIVOSTOK_PORT);
    await expect(featureList(s.page).locator('[aria-current="true"]').count()).resolves.toBe(1);
    const box = await entry.boundingBox();
    const seen = await visibleBox(entry);
    expect(seen, 'the current entry is scrolled into view').not.toBeNull();
    expect(seen?.height).toBeGreaterThanOrEqual((box?.height ?? 0) - 1);
  });

  it('spreads co-located icons and opens each Blagoveshchensk feature from its own icon', async () => {
    await given.featureInView('blagoveshchensk-heihe-river', 11);
    const river = await iconPoint(s.page, 'blagoveshchensk-heihe-river');
    const cable = await iconPoint(s.page, 'blagoveshchensk-heihe-cable-car');
    expect(
      Math.hypot(river.x - cable.x, river.y - cable.y),
      'icons at one point are drawn apart',
    ).toBeGreaterThan(10);

    for (const f of BLAGOVESHCHENSK) {
      await given.featureInView(f, 11);
      await when.clickOnMap(f);
      await then.cardOpens(f, 5000);
      await then.entryIsCurrent(f);
    }
  });

  it('hides a kind from the list and the map when its legend entry is pressed, and the counts follow', async () => {
    await given.noCardOpen();
    await given.mapAt({ zoom: 6, lat: 43.2, lon: 131.6 });
    const ports = geoFeatures().filter((f) => f.kind === 'port');
    const portIds = ports.map((f) => f.id).sort();
    const caption = s.page.getByText(ALL_YEARS_CAPTION);
    const countIn = async () => Number(ALL_YEARS_CAPTION.exec((await caption.textContent()) ?? '')?.[1]);
    const portToggle = legendEntry(s.page, 'Kinds', 'Port');
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
    await then.urlSatisfies(
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
      await when.search(query);
      await waitForListLength(s.page, expected.length);
      expect(await listedIds(s.page), query).toEqual(expected);
      await waitForMapIdle(s.page);
      const drawn = await renderedIds(s.page);
      expect(
        drawn.filter((id) => !expected.includes(id)),
        `map features outside "${query}"`,
      ).toEqual([]);
    }
    expect(await listedIds(s.page)).toContain(TONGJIANG_RAIL_BRIDGE.id);

    await when.search('');
    await expect.poll(async () => (await listEntryNames(s.page)).length).toBe(all.length);
  });

  it('saves desktop and phone screenshots with a card open', async () => {
    await given.featureInView(TONGJIANG_RAIL_BRIDGE, 9);
    await when.clickOnMap(TONGJIANG_RAIL_BRIDGE);
    await then.cardOpens(TONGJIANG_RAIL_BRIDGE);
    await waitForMapIdle(s.page);
    await screenshot(s.page, 'card-and-list-desktop');

    await s.page.setViewportSize(PHONE);
    await given.featureInView(FRIENDSHIP_BRIDGE, 11);
    await when.clickOnMap(FRIENDSHIP_BRIDGE);
    const card = await then.cardOpens(FRIENDSHIP_BRIDGE);
    await waitForMapIdle(s.page);
    const box = await visibleBox(card);
    expect(box?.width, 'the card spans the phone screen').toBeGreaterThan(370);
    await screenshot(s.page, 'card-and-list-phone');
    await s.page.setViewportSize(DESKTOP);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
