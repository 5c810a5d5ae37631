// The production build in real Chromium: the offline map reaches idle, draws the border and the data,
// logs no errors and makes no request outside its own origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openApp, renderedIds, screenshot } from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

describe('the map in Chromium (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  it('shows a canvas inside the region named "Map"', async () => {
    const canvas = s.page.getByRole('region', { name: 'Map' }).locator('canvas');
    await expect(canvas.count()).resolves.toBe(1);
  });

  it('draws the Russia–China and Russia–North Korea border lines', async () => {
    const kinds = await s.page.evaluate(() => {
      const map = (
        window as unknown as {
          __blmMap: { queryRenderedFeatures(o: unknown): { properties: { kind: string } }[] };
        }
      ).__blmMap;
      return [
        ...new Set(map.queryRenderedFeatures({ layers: ['border-main'] }).map((f) => f.properties.kind)),
      ].sort();
    });
    expect(kinds).toEqual(['ru-cn', 'ru-kp']);
  });

  it('draws the border rivers and town labels', async () => {
    const found = await s.page.evaluate(() => {
      const map = (
        window as unknown as {
          __blmMap: {
            queryRenderedFeatures(o: unknown): { properties: { name?: string; name_en?: string } }[];
          };
        }
      ).__blmMap;
      return {
        rivers: map.queryRenderedFeatures({ layers: ['river'] }).length,
        towns: map.queryRenderedFeatures({ layers: ['label-town'] }).map((f) => f.properties.name_en),
      };
    });
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
    await s.page.setViewportSize({ width: 375, height: 812 });
    await s.page.waitForTimeout(800);
    await screenshot(s.page, 'phone-overview');
    const sheet = await s.page.locator('#side-panel').boundingBox();
    expect(sheet?.width).toBe(375);
  });
});
