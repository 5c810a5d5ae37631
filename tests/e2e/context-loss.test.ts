// Losing the WebGL context (WEBGL_lose_context, as a GPU reset or a background tab does) must not take the page down:
// the map region says so in plain words, the panels keep working, and on restore the map draws the current state.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  TALL_VIEWPORT,
  featureCard,
  geoFeature,
  geoFeatures,
  launch,
  listEntry,
  loseWebglContext,
  mapAlert,
  openApp,
  pageErrors,
  renderedIds,
  restoreWebglContext,
  standsOrIsDueBy,
  waitForMapIdle,
} from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

const ROAD_BRIDGE = geoFeature('blagoveshchensk-heihe-road-bridge'); // opened 2022
const STANDING_IN_2010 = new Set(
  geoFeatures()
    .filter((f) => standsOrIsDueBy(f, 2010))
    .map((f) => f.id),
);

async function borderKinds(s: AppSession): Promise<string[]> {
  return s.page.evaluate(() => {
    const map = (
      window as unknown as {
        __blmMap: { queryRenderedFeatures(o: unknown): { properties: { kind: string } }[] };
      }
    ).__blmMap;
    const kinds = map.queryRenderedFeatures({ layers: ['border-main'] }).map((f) => f.properties.kind);
    return [...new Set(kinds)].sort();
  });
}

describe('WebGL context loss and restore (production build)', () => {
  let s: AppSession;
  let drawnBefore: string[];
  beforeAll(async () => {
    s = await launch(baseUrl, { viewport: TALL_VIEWPORT });
    await openApp(s, baseUrl);
    drawnBefore = await renderedIds(s.page);
  });
  afterAll(async () => s?.close());

  it('draws data features before the loss (the baseline)', () => {
    expect(drawnBefore.length).toBeGreaterThan(10);
  });

  it('shows a plain-words alert in the map region when the context is lost', async () => {
    await expect(mapAlert(s.page).count()).resolves.toBe(0);
    await loseWebglContext(s.page);
    const alert = mapAlert(s.page);
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.innerText()).resolves.toMatch(/graphics context was lost/i);
  });

  it('removes the alert and draws the same features again once the context is restored', async () => {
    await restoreWebglContext(s.page);
    await mapAlert(s.page).waitFor({ state: 'detached', timeout: 10_000 });
    await waitForMapIdle(s.page);
    await expect(renderedIds(s.page)).resolves.toEqual(drawnBefore);
    await expect(borderKinds(s)).resolves.toEqual(['ru-cn', 'ru-kp']);
  });

  it('throws no uncaught errors through the loss and the restore', () => {
    expect(pageErrors(s)).toEqual([]);
  });

  it('draws a year chosen while the context was lost once it is restored (map and list agree)', async () => {
    await openApp(s, baseUrl);
    await loseWebglContext(s.page);
    await mapAlert(s.page).waitFor({ timeout: 10_000 });
    await s.page.getByRole('slider', { name: 'Year' }).fill('2010');
    await restoreWebglContext(s.page);
    await mapAlert(s.page).waitFor({ state: 'detached', timeout: 10_000 });
    await waitForMapIdle(s.page);
    const drawn = await renderedIds(s.page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn).not.toContain(ROAD_BRIDGE.id);
    expect(drawn.filter((id) => !STANDING_IN_2010.has(id))).toEqual([]);
  });

  it('opens a card chosen in the list while the context is lost, without an uncaught error', async () => {
    await openApp(s, baseUrl);
    const errorsBefore = pageErrors(s).length;
    await loseWebglContext(s.page);
    await mapAlert(s.page).waitFor({ timeout: 10_000 });
    await listEntry(s.page, ROAD_BRIDGE.name.en).click();
    await s.page.waitForTimeout(300);
    expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
    await expect(s.page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await featureCard(s.page, ROAD_BRIDGE.name.en).waitFor({ timeout: 5_000 });
    await restoreWebglContext(s.page);
    await mapAlert(s.page).waitFor({ state: 'detached', timeout: 10_000 });
    await waitForMapIdle(s.page);
    await expect(renderedIds(s.page)).resolves.toContain(ROAD_BRIDGE.id);
  });
});
