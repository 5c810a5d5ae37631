// A query test of the detailed basemap at Khasan, zoom 12: what the map draws there (rendered features, not files)
// puts the Russia–North Korea border, the Tumen and the Korea–Russia Friendship Bridge together, within 1 km, and
// names the town (GeoNames cities500) without hiding the crossings' names.
import { lineString, point } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYER, SOURCE } from '../../src/map/layer-ids';
import {
  drawnBasemap,
  drawnLabels,
  drawnLines,
  drawnPointOf,
  launch,
  mapCamera,
  openApp,
  waitForSourceDrawn,
} from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

interface Rendered {
  border: Position[][];
  tumen: Position[][];
  bridge: Position | null;
  zoom: number;
}

function km(p: Position, lines: Position[][]): number {
  return Math.min(
    ...lines
      .filter((l) => l.length >= 2)
      .map((l) => pointToLineDistance(point(p), lineString(l), { units: 'kilometers' })),
  );
}

describe('the basemap at Khasan, zoom 12', () => {
  let s: AppSession;
  let r: Rendered;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl, '/#map=12/42.415/130.645');
    // The detailed basemap is fetched once the map is at zoom 7 or more: wait for it to be drawn.
    await waitForSourceDrawn(s.page, SOURCE.regionDetail);
    r = {
      border: await drawnLines(s.page, LAYER.borderMain, { key: 'kind', value: 'ru-kp' }),
      tumen: await drawnLines(s.page, LAYER.detailRiver, { key: 'name', value: 'Tumen' }),
      bridge: await drawnPointOf(s.page, 'korea-russia-friendship-bridge'),
      zoom: (await mapCamera(s.page)).zoom,
    };
  });
  afterAll(async () => s?.close());

  it('draws the RU–KP border, the Tumen and the Friendship Bridge', () => {
    expect(r.zoom).toBeCloseTo(12, 1);
    expect(r.border.length).toBeGreaterThan(0);
    expect(r.tumen.length).toBeGreaterThan(0);
    expect(r.bridge).not.toBeNull();
  });

  it('puts the bridge within 1 km of the drawn border and of the drawn Tumen', () => {
    const bridge = r.bridge as Position;
    expect(km(bridge, r.border)).toBeLessThan(1);
    expect(km(bridge, r.tumen)).toBeLessThan(1);
  });

  it('draws the Tumen along the border where the bridge crosses it (within 1 km)', () => {
    const bridge = r.bridge as Position;
    const onBorder = r.border
      .filter((l) => l.length >= 2)
      .map((l) => nearestPointOnLine(lineString(l), point(bridge), { units: 'kilometers' }))
      .sort((a, b) => (a.properties.dist ?? Infinity) - (b.properties.dist ?? Infinity))[0];
    expect(onBorder).toBeDefined();
    expect(km(onBorder?.geometry.coordinates ?? [], r.tumen)).toBeLessThan(1);
  });

  it('names the town of Khasan there, and every crossing keeps its own name', async () => {
    const { towns } = await drawnBasemap(s.page);
    expect(towns).toContain('Khasan');
    const ids = (await drawnLabels(s.page)).map((l) => l.id);
    for (const id of [
      'korea-russia-friendship-bridge',
      'khasan-tumangang-road-bridge',
      'khasan-road-checkpoint',
    ])
      expect(ids).toContain(id);
  });
});
