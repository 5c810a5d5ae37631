// Chromium without WebGL (--disable-webgl --disable-3d-apis): the map cannot be drawn, so the page must say so in
// plain words inside the map region, and the list, the cards, the filters and deep links must keep working.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP } from '../../scripts/browser/launch';
import {
  TALL_VIEWPORT,
  featureCard,
  featureList,
  geoFeature,
  geoFeatures,
  idsStandingBy,
  isBrowserNotice,
  launch,
  legendEntry,
  listEntry,
  listHeightAround,
  listedIds,
  mapAlert,
  pageErrors,
  recordConsoleWithOrigin,
  steps,
  webglAvailability,
  yearSlider,
} from './driver';
import type { AppSession, ConsoleEntry, Steps } from './driver';

const baseUrl = inject('baseUrl');

/**
 * Console errors tolerated in this run, each with its exact text. Only messages that come from the browser itself
 * may be listed (no app script location: the app's own console calls carry an /assets/ URL and a line).
 * It is empty on purpose: Chromium 156 started with these flags logs nothing when a page asks for a WebGL context
 * (getContext simply returns null), and MapLibre's failure is caught by the app and shown as an alert, not logged.
 * If a later Chromium adds its own message, add its exact text here and say which Chromium logs it.
 */
const TOLERATED_BROWSER_ERRORS: { text: RegExp; why: string }[] = [];

function isToleratedBrowserError(e: ConsoleEntry): boolean {
  return isBrowserNotice(
    e,
    TOLERATED_BROWSER_ERRORS.map((t) => t.text),
  );
}

const ALL = geoFeatures();
const ROAD_BRIDGE = geoFeature('blagoveshchensk-heihe-road-bridge');
const FRIENDSHIP_BRIDGE = geoFeature('korea-russia-friendship-bridge');

describe('the app without WebGL (production build)', () => {
  let s: AppSession;
  let given: Steps['given'];
  let when: Steps['when'];
  let then: Steps['then'];
  let consoleLog: ConsoleEntry[];
  beforeAll(async () => {
    s = await launch(baseUrl, {
      extraArgs: ['--disable-webgl', '--disable-3d-apis'],
      viewport: TALL_VIEWPORT,
    });
    consoleLog = recordConsoleWithOrigin(s.page);
    ({ given, when, then } = steps(s));
    await given.appWithoutMapAt('/');
  });
  afterAll(async () => s?.close());

  it('runs in a browser that really has no WebGL (the premise of this file)', async () => {
    expect(await webglAvailability(s.page)).toEqual({ webgl2: false, webgl: false });
  });

  it('says in plain words, inside the map region, that the map cannot be shown', async () => {
    const text = await then.mapAlertSays(/map cannot be shown/i);
    await expect(mapAlert(s.page).isVisible()).resolves.toBe(true);
    expect(text).toMatch(/list, cards and filters still work/i);
    // Plain words: no raw error object, error class, event type or stack trace.
    expect(text).not.toMatch(
      /[{}]|webglcontextcreationerror|GPUInitializationError|\w+Error:|undefined|\n\s*at /,
    );
  });

  it('still lists every feature', async () => {
    await expect(listedIds(s.page)).resolves.toEqual(ALL.map((f) => f.id).sort());
  });

  it('opens a feature card from the list (a dialog named by the English name) and closes it', async () => {
    await when.chooseInList(ROAD_BRIDGE);
    const card = await then.cardShows(ROAD_BRIDGE, 'Operational', /Opened .*2022/);
    await expect(card.getByRole('link').count()).resolves.toBeGreaterThan(0);
    await when.closeCard();
    await expect(featureCard(s.page).count()).resolves.toBe(0);
  });

  it('filters by year with the Year slider, and back with "All years"', async () => {
    await when.setYear(2010);
    const expected = idsStandingBy(2010);
    await expect(listedIds(s.page)).resolves.toEqual(expected);
    await expect(
      s.page.getByText(`Network by end of 2010: ${expected.length} features`).count(),
    ).resolves.toBe(1);
    await when.showAllYears();
    await expect(listedIds(s.page)).resolves.toHaveLength(ALL.length);
  });

  it('filters by kind with a legend toggle, and back', async () => {
    const port = legendEntry(s.page, 'Kinds', 'Port');
    await port.click();
    await expect(port.getAttribute('aria-pressed')).resolves.toBe('false');
    const withoutPorts = ALL.filter((f) => f.kind !== 'port')
      .map((f) => f.id)
      .sort();
    await expect(listedIds(s.page)).resolves.toEqual(withoutPorts);
    await port.click();
    await expect(port.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(listedIds(s.page)).resolves.toHaveLength(ALL.length);
  });

  it('filters by border with the "North Korea" toggle, and back', async () => {
    await when.toggleBorder('North Korea');
    const chinaOnly = ALL.filter((f) => f.border === 'cn')
      .map((f) => f.id)
      .sort();
    await expect(listedIds(s.page)).resolves.toEqual(chinaOnly);
    await when.toggleBorder('North Korea');
    await expect(listedIds(s.page)).resolves.toHaveLength(ALL.length);
  });

  it('searches the list', async () => {
    await when.search('Friendship');
    await expect(listedIds(s.page)).resolves.toEqual([FRIENDSHIP_BRIDGE.id]);
    await when.search('');
    await expect(listedIds(s.page)).resolves.toHaveLength(ALL.length);
  });

  it('opens the card of a deep link (/?feature=<id>&v=1), still with the map alert', async () => {
    await given.appWithoutMapAt(`/?feature=${FRIENDSHIP_BRIDGE.id}&v=1`);
    const card = await then.cardOpens(FRIENDSHIP_BRIDGE, 5_000);
    await expect(card.innerText()).resolves.toMatch(/Opened .*1959/);
    await expect(mapAlert(s.page).count()).resolves.toBe(1);
    await expect(featureList(s.page).getByRole('button').count()).resolves.toBe(ALL.length);
  });

  it('applies a deep-linked year (/?year=2010&v=1)', async () => {
    await given.appWithoutMapAt('/?year=2010&v=1');
    const expected = idsStandingBy(2010);
    await expect(listedIds(s.page)).resolves.toHaveLength(expected.length);
    await expect(yearSlider(s.page).inputValue()).resolves.toBe('2010');
  });

  it('throws no uncaught errors and logs no console errors (none tolerated from the browser either)', () => {
    expect(pageErrors(s)).toEqual([]);
    const errors = consoleLog.filter((e) => e.type === 'error' && !isToleratedBrowserError(e));
    expect(errors).toEqual([]);
  });

  // Without the map the list is the only way in, so it must be usable at an ordinary desktop size.
  it('keeps the feature list usable with a pointer at 1280×800 (click an entry → its card)', async () => {
    await s.page.setViewportSize(DESKTOP);
    await given.appWithoutMapAt('/');
    const entry = listEntry(s.page, ROAD_BRIDGE.name.en);
    const listHeight = await listHeightAround(entry);
    expect(listHeight, 'height in px of the Features list at 1280×800').toBeGreaterThan(0);
    await entry.click({ timeout: 5_000 });
    await then.cardOpens(ROAD_BRIDGE, 5_000);
  });
});
