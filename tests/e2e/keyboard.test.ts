// Keyboard only (production build, Chromium): Tab from the top reaches the Year slider and the feature list with a
// visible focus at every stop; Enter and Space open a card; Escape closes it; the focused map pans with the arrows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  featureCard,
  featureList,
  focusedElement,
  geoFeature,
  geoFeatures,
  hasFocusWithin,
  launch,
  listEntry,
  mapCamera,
  openApp,
  tabUntilFocused,
  waitForMapCentredNear,
  waitForUrl,
} from './driver';
import type { AppSession, MapCamera } from './driver';

const baseUrl = inject('baseUrl');

const TONGJIANG_RAIL_BRIDGE = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');

describe('using the app with the keyboard alone (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  /** Waits until the camera has moved away from `before` (by at least `minDeg` along one axis) and stopped. */
  async function cameraAfterMove(before: MapCamera, minDeg = 0.01): Promise<MapCamera> {
    await s.page.waitForFunction(
      ({ before, minDeg }) => {
        const map = (
          window as unknown as {
            __blmMap: { isMoving(): boolean; getCenter(): { lng: number; lat: number } };
          }
        ).__blmMap;
        const c = map.getCenter();
        const moved = Math.abs(c.lng - before.lon) >= minDeg || Math.abs(c.lat - before.lat) >= minDeg;
        return moved && !map.isMoving();
      },
      { before, minDeg },
      { polling: 100 },
    );
    return mapCamera(s.page);
  }

  it('reaches the Year slider, then the feature list, by Tab from the top, with a visible focus at every stop', async () => {
    const slider = s.page.getByRole('slider', { name: 'Year' });
    const toSlider = await tabUntilFocused(s.page, slider);
    const toList = await tabUntilFocused(s.page, featureList(s.page));

    for (const stop of [...toSlider, ...toList])
      expect(stop.indicatorVisible, `no focus indicator on ${stop.description} (${stop.outline})`).toBe(true);
    const focused = await focusedElement(s.page);
    expect(focused.description).toMatch(/^button/);
  });

  it('opens the card of the focused list entry with Enter, moves focus into it visibly, and flies there', async () => {
    const name = await s.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const feature = geoFeatures().find(
      (f) => name.startsWith(`${f.name.en},`) || name.startsWith(`${f.name.en} (`),
    );
    expect(feature, `a data feature named by "${name}"`).toBeDefined();
    if (!feature) return;

    await s.page.keyboard.press('Enter');

    const card = featureCard(s.page, feature.name.en);
    await card.waitFor();
    expect(await hasFocusWithin(card), 'focus moves into the card').toBe(true);
    const focused = await focusedElement(s.page);
    expect(focused.indicatorVisible, `no focus indicator on ${focused.description}`).toBe(true);
    await waitForUrl(s.page, (u) => u.searchParams.get('feature') === feature.id);
    if (feature.geometryType === 'Point') await waitForMapCentredNear(s.page, feature.position, 0.05);
  });

  it('closes the card with Escape', async () => {
    await s.page.keyboard.press('Escape');
    await featureCard(s.page).waitFor({ state: 'detached' });
    await waitForUrl(s.page, (u) => !u.searchParams.has('feature'));
  });

  it('opens the card of a list entry with Space', async () => {
    const entry = listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en);
    await entry.focus();
    await s.page.keyboard.press('Space');

    const card = featureCard(s.page, TONGJIANG_RAIL_BRIDGE.name.en);
    await card.waitFor();
    expect(await hasFocusWithin(card)).toBe(true);
    await waitForMapCentredNear(s.page, TONGJIANG_RAIL_BRIDGE.position, 0.05);
  });

  it('gives focus back to the list entry that opened the card when Escape closes it', async () => {
    await s.page.keyboard.press('Escape');
    await featureCard(s.page).waitFor({ state: 'detached' });
    const focused = await focusedElement(s.page);
    expect(
      await hasFocusWithin(listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en)),
      `focus went to ${focused.description}, not back to the entry`,
    ).toBe(true);
  });

  it('lets the map canvas take focus, visibly, and pans it with the arrow keys', async () => {
    // Start again from the first control of the page, in the header.
    await s.page.getByRole('button', { name: 'Copy link' }).focus();
    const canvas = s.page.getByRole('region', { name: 'Map', exact: true }).locator('canvas');
    const stops = await tabUntilFocused(s.page, canvas, 10);
    const atCanvas = stops.at(-1);
    expect(atCanvas?.indicatorVisible, `no focus indicator on the map (${atCanvas?.outline})`).toBe(true);

    const start = await mapCamera(s.page);
    await s.page.keyboard.press('ArrowRight');
    const east = await cameraAfterMove(start);
    expect(east.lon, 'ArrowRight pans east').toBeGreaterThan(start.lon);
    expect(Math.abs(east.lat - start.lat)).toBeLessThan(0.01);

    await s.page.keyboard.press('ArrowUp');
    const north = await cameraAfterMove(east);
    expect(north.lat, 'ArrowUp pans north').toBeGreaterThan(east.lat);
    expect(await hasFocusWithin(canvas), 'the map keeps focus while panning').toBe(true);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
