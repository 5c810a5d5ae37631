import { describe, expect, it } from 'vitest';
import {
  COLOCATED_M,
  colocatedGroups,
  SPREAD_PX,
  spreadOffsets,
  toMapCollections,
} from '../../src/map/map-data';
import { distanceM } from '../../src/domain/geometry';
import { makeFeature } from '../fixtures/make-feature';

describe('spreading co-located points', () => {
  it('leaves a lone point where it is', () => {
    expect(spreadOffsets([{ id: 'a', position: [127.5, 50.26] }]).get('a')).toEqual([0, 0]);
  });
  it('spreads points at one place around a circle, each at its own offset', () => {
    const offsets = spreadOffsets([
      { id: 'bridge', position: [127.5, 50.26] },
      { id: 'cable-car', position: [127.5, 50.26] },
      { id: 'river', position: [127.501, 50.2601] },
    ]);
    const values = [...offsets.values()].map((o) => o.join(','));
    expect(new Set(values).size).toBe(3);
    for (const [x, y] of offsets.values())
      expect(Math.round(Math.hypot(x, y))).toBeGreaterThanOrEqual(SPREAD_PX - 1);
  });
  it('groups as a scan of every earlier group would (the grid only skips far cells)', () => {
    // The rule by definition: in id order, each point joins the oldest group whose first point is within reach.
    const naive = (pts: { id: string; position: [number, number] }[]) => {
      const groups: { centre: [number, number]; ids: string[] }[] = [];
      for (const p of [...pts].sort((a, b) => a.id.localeCompare(b.id))) {
        const g = groups.find((x) => distanceM(x.centre, p.position) < COLOCATED_M);
        if (g) g.ids.push(p.id);
        else groups.push({ centre: p.position, ids: [p.id] });
      }
      return groups.map((g) => g.ids);
    };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pts = Array.from({ length: 600 }, (_, i) => ({
      id: `p-${i}`,
      position: [130 + Math.floor(random() * 20) * 0.01 + random() * 0.012, 42 + random() * 0.05] as [
        number,
        number,
      ],
    }));
    expect(colocatedGroups(pts)).toEqual(naive(pts));
  });
  it('does not group points a few km apart', () => {
    const offsets = spreadOffsets([
      { id: 'a', position: [127.5, 50.26] },
      { id: 'b', position: [127.6, 50.26] },
    ]);
    expect(offsets.get('a')).toEqual([0, 0]);
    expect(offsets.get('b')).toEqual([0, 0]);
  });
});

describe('map collections', () => {
  it('puts corridors in lines only, other features in points, and carries the derived filter properties', () => {
    const corridor = makeFeature('corridor-x', { kind: 'corridor' });
    corridor.geometry = {
      type: 'LineString',
      coordinates: [
        [131, 44],
        [132, 43],
      ],
    };
    const planned = makeFeature('planned-x', {
      status: 'planned',
      opened: undefined,
      target: '2028-Q2',
      border: 'kp',
    });
    const { points, lines } = toMapCollections([corridor, planned], 'ru');
    expect(lines.features.map((f) => f.properties.id)).toEqual(['corridor-x']);
    expect(points.features.map((f) => f.properties.id)).toEqual(['planned-x']);
    expect(points.features[0]?.properties).toMatchObject({
      fromYear: 2028,
      untilYear: 9999,
      borderCode: 'kp',
      notBuilt: true,
      icon: 'sym-rail-crossing-planned',
    });
  });
  it('labels in the chosen language, falling back to English', () => {
    const f = makeFeature('named', { name: { en: 'Khasan', ru: 'Хасан' } });
    expect(toMapCollections([f], 'ru').points.features[0]?.properties.label).toBe('Хасан');
    expect(toMapCollections([f], 'zh').points.features[0]?.properties.label).toBe('Khasan');
  });
});
