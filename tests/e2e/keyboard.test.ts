// Keyboard only (production build, Chromium): Tab from the top reaches the Year slider and the feature list with a
// visible focus at every stop; Enter and Space open a card; Escape closes it; the focused map pans with the arrows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  featureList,
  focusedElement,
  focusedLabel,
  geoFeature,
  geoFeatures,
  hasFocusWithin,
  launch,
  listEntry,
  mapCamera,
  mapCanvas,
  steps,
  tabUntilFocused,
  waitForMapToMoveFrom,
  yearSlider,
} from './driver';
import type { AppSession, Steps } from './driver';

const baseUrl = inject('baseUrl');

const TONGJIANG_RAIL_BRIDGE = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');

describe('using the app with the keyboard alone (production build)', () => {
  let s: AppSession;
  let when: Steps['when'];
  let then: Steps['then'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    const manual = steps(s);
    ({ when, then } = manual);
    await manual.given.appAt('/');
  });
  afterAll(async () => s?.close());

  it('reaches the Year slider, then the feature list, by Tab from the top, with a visible focus at every stop', async () => {
    const toSlider = await tabUntilFocused(s.page, yearSlider(s.page));
    // The panel between them now holds the layer switcher and a legend with an "only" button per entry: the
    // quick way to the list is the "Skip to list" link (ux-keyboard); Tab through everything still shows focus.
    const toList = await tabUntilFocused(s.page, featureList(s.page), 200);

    for (const stop of [...toSlider, ...toList])
      expect(stop.indicatorVisible, `no focus indicator on ${stop.description} (${stop.outline})`).toBe(true);
    const focused = await focusedElement(s.page);
    expect(focused.description).toMatch(/^button/);
  });

  it('opens the card of the focused list entry with Enter, moves focus into it visibly, and flies there', async () => {
    const name = await focusedLabel(s.page);
    const feature = geoFeatures().find(
      (f) => name.startsWith(`${f.name.en},`) || name.startsWith(`${f.name.en} (`),
    );
    expect(feature, `a data feature named by "${name}"`).toBeDefined();
    if (!feature) return;

    await when.press('Enter');

    const card = await then.cardOpens(feature);
    expect(await hasFocusWithin(card), 'focus moves into the card').toBe(true);
    const focused = await focusedElement(s.page);
    expect(focused.indicatorVisible, `no focus indicator on ${focused.description}`).toBe(true);
    await then.urlSatisfies((u) => u.searchParams.get('feature') === feature.id);
    if (feature.geometryType === 'Point') await then.mapCentresOn(feature, 0.05);
  });

  it('closes the card with Escape', async () => {
    await when.press('Escape');
    await then.noCardIsOpen();
    await then.urlSatisfies((u) => !u.searchParams.has('feature'));
  });

  it('opens the card of a list entry with Space', async () => {
    const entry = listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en);
    await entry.focus();
    await when.press('Space');

    const card = await then.cardOpens(TONGJIANG_RAIL_BRIDGE);
    expect(await hasFocusWithin(card)).toBe(true);
    await then.mapCentresOn(TONGJIANG_RAIL_BRIDGE, 0.05);
  });

  it('gives focus back to the list entry that opened the card when Escape closes it', async () => {
    await when.press('Escape');
    await then.noCardIsOpen();
    const focused = await focusedElement(s.page);
    expect(
      await hasFocusWithin(listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en)),
      `focus went to ${focused.description}, not back to the entry`,
    ).toBe(true);
  });

  it('lets the map canvas take focus, visibly, and pans it with the arrow keys', async () => {
    // Start again from the first control of the page, in the header.
    await s.page.getByRole('button', { name: 'Copy link' }).focus();
    const canvas = mapCanvas(s.page);
    const stops = await tabUntilFocused(s.page, canvas, 10);
    const atCanvas = stops.at(-1);
    expect(atCanvas?.indicatorVisible, `no focus indicator on the map (${atCanvas?.outline})`).toBe(true);

    const start = await mapCamera(s.page);
    await when.press('ArrowRight');
    const east = await waitForMapToMoveFrom(s.page, start);
    expect(east.lon, 'ArrowRight pans east').toBeGreaterThan(start.lon);
    expect(Math.abs(east.lat - start.lat)).toBeLessThan(0.01);

    await when.press('ArrowUp');
    const north = await waitForMapToMoveFrom(s.page, east);
    expect(north.lat, 'ArrowUp pans north').toBeGreaterThan(east.lat);
    expect(await hasFocusWithin(canvas), 'the map keeps focus while panning').toBe(true);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
