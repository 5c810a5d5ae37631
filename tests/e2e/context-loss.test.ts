// Losing the WebGL context (WEBGL_lose_context, as a GPU reset or a background tab does) must not take the page down:
// the map region says so in plain words, the panels keep working, and on restore the map draws the current state.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  TALL_VIEWPORT,
  drawnBorderKinds,
  geoFeature,
  idsStandingBy,
  launch,
  loseWebglContext,
  mapAlert,
  pageErrors,
  renderedIds,
  steps,
} from './driver';
import type { AppSession, Steps } from './driver';

const baseUrl = inject('baseUrl');

const ROAD_BRIDGE = geoFeature('blagoveshchensk-heihe-road-bridge'); // opened 2022
const STANDING_IN_2010 = new Set(idsStandingBy(2010));

describe('WebGL context loss and restore (production build)', () => {
  let s: AppSession;
  let given: Steps['given'];
  let when: Steps['when'];
  let then: Steps['then'];
  let drawnBefore: string[];
  beforeAll(async () => {
    s = await launch(baseUrl, { viewport: TALL_VIEWPORT });
    ({ given, when, then } = steps(s));
    await given.appAt('/');
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
    await when.restoreWebgl();
    await expect(renderedIds(s.page)).resolves.toEqual(drawnBefore);
    await expect(drawnBorderKinds(s.page)).resolves.toEqual(['ru-cn', 'ru-kp']);
  });

  it('throws no uncaught errors through the loss and the restore', () => {
    expect(pageErrors(s)).toEqual([]);
  });

  it('draws a year chosen while the context was lost once it is restored (map and list agree)', async () => {
    await given.appAt('/');
    await given.webglLost();
    await when.setYear(2010);
    await when.restoreWebgl();
    const drawn = await renderedIds(s.page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn).not.toContain(ROAD_BRIDGE.id);
    expect(drawn.filter((id) => !STANDING_IN_2010.has(id))).toEqual([]);
  });

  it('opens a card chosen in the list while the context is lost, without an uncaught error', async () => {
    await given.appAt('/');
    const errorsBefore = pageErrors(s).length;
    await given.webglLost();
    await when.chooseInList(ROAD_BRIDGE);
    await s.page.waitForTimeout(300);
    expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
    await expect(s.page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await then.cardOpens(ROAD_BRIDGE, 5_000);
    await when.restoreWebgl();
    await expect(renderedIds(s.page)).resolves.toContain(ROAD_BRIDGE.id);
  });
});
