// The production build in real Chromium: the offline map reaches idle, draws the border and the data,
// logs no errors and makes no request outside its own origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE } from '../../scripts/browser/launch';
import { drawnBasemap, drawnBorderKinds, launch, mapCanvas, renderedIds, screenshot, steps } from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

describe('the map in Chromium (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await steps(s).given.appAt('/');
  });
  afterAll(async () => s?.close());

  it('shows a canvas inside the region named "Map"', async () => {
    await expect(mapCanvas(s.page).count()).resolves.toBe(1);
  });

  it('draws the Russia–China and Russia–North Korea border lines', async () => {
    expect(await drawnBorderKinds(s.page)).toEqual(['ru-cn', 'ru-kp']);
  });

  it('draws the border rivers and town labels', async () => {
    const found = await drawnBasemap(s.page);
    expect(found.rivers).toBeGreaterThan(0);
    expect(found.towns).toContain('Vladivostok');
  });

  it('draws the data features, including the required crossings', async () => {
    const ids = await renderedIds(s.page);
    for (const id of [
      'zabaikalsk-manzhouli-rail',
      'grodekovo-suifenhe-rail',
      'blagoveshchensk-heihe-road-bridge',
      'korea-russia-friendship-bridge',
    ])
      expect(ids).toContain(id);
  });

  it('logs no console errors and requests nothing outside its origin', () => {
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('records zero Content-Security-Policy violations', () => {
    expect(s.cspViolations).toEqual([]);
  });

  it('takes desktop and phone screenshots', async () => {
    await screenshot(s.page, 'desktop-overview');
    await s.page.setViewportSize(PHONE);
    await s.page.waitForTimeout(800);
    await screenshot(s.page, 'phone-overview');
    const sheet = await s.page.locator('#side-panel').boundingBox();
    expect(sheet?.width).toBe(375);
  });
});
