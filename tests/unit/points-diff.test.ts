import { describe, expect, it } from 'vitest';
import { pointsUpdate } from '../../src/map/points-diff';

const point = (id: string) => ({ properties: { id } });
const all = Array.from({ length: 10 }, (_, i) => point(`p${i}`));
const at = (i: number) => all[i] ?? point('missing');
const held = (points: typeof all) => new Map(points.map((p) => [p.properties.id, p]));

describe('what the clustered source is sent when the filters change', () => {
  it('sends everything when it is not known what the source holds', () => {
    expect(pointsUpdate(null, all.slice(0, 3))).toEqual({ type: 'replace', features: all.slice(0, 3) });
  });
  it('sends nothing when the same points pass', () => {
    expect(pointsUpdate(held(all.slice(0, 8)), all.slice(0, 8))).toEqual({ type: 'none' });
  });
  it('sends only the points that come and go', () => {
    expect(pointsUpdate(held(all.slice(0, 8)), all.slice(1, 9))).toEqual({
      type: 'diff',
      add: [at(8)],
      remove: ['p0'],
    });
  });
  it('re-sends a point whose drawn properties changed (a new object under the same id)', () => {
    const relabelled = point('p2');
    const shown = [at(0), at(1), relabelled, ...all.slice(3, 8)];
    expect(pointsUpdate(held(all.slice(0, 8)), shown)).toEqual({
      type: 'diff',
      add: [relabelled],
      remove: [],
    });
  });
  it('sends everything when most of the set changes', () => {
    expect(pointsUpdate(held(all.slice(0, 2)), all.slice(5))).toEqual({
      type: 'replace',
      features: all.slice(5),
    });
  });
});
