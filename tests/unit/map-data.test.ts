import { describe, expect, it } from 'vitest';
import { SPREAD_PX, spreadOffsets, toMapCollections } from '../../src/map/map-data';
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
