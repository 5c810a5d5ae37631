import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/map/pick-candidates';
import {
  AIMED_PX,
  clusterIdOf,
  clusterKey,
  rankCandidates,
  TOLERANCE_PX,
} from '../../src/map/pick-candidates';

const icon = (key: string, distance: number): Hit => ({ key, kind: 'icon', distance });
const keys = (hits: Hit[]) => hits.map((h) => h.key);

// The Khasan stack at zoom 11: five icons spread 14 px around one point.
const khasan = ['bridge', 'road-bridge', 'checkpoint', 'rail', 'hub'];

describe('what a click or tap means', () => {
  it('a tap on a stack lists every icon within a fingertip, nearest first', () => {
    const hits = khasan.map((k, i) => icon(k, 14 + i));
    expect(keys(rankCandidates(hits, 'touch'))).toEqual(khasan);
  });

  it('a mouse click on the centre of a stack lists the icons around it', () => {
    const hits = khasan.map((k) => icon(k, 14));
    expect(keys(rankCandidates(hits, 'mouse'))).toEqual([...khasan].sort());
  });

  it('a mouse aimed at one icon of a stack gets that icon alone', () => {
    const hits = [icon('rail', 1), icon('bridge', 14), icon('hub', 20)];
    expect(keys(rankCandidates(hits, 'mouse'))).toEqual(['rail']);
  });

  it('a finger aimed at one icon of a stack still gets the chooser', () => {
    const hits = [icon('rail', 1), icon('bridge', 14), icon('hub', 20)];
    expect(keys(rankCandidates(hits, 'touch'))).toEqual(['rail', 'bridge', 'hub']);
  });

  it('a mouse between two icons, both nearer than the aim radius, lists both', () => {
    const hits = [icon('a', AIMED_PX - 1), icon('b', AIMED_PX)];
    expect(keys(rankCandidates(hits, 'mouse'))).toEqual(['a', 'b']);
  });

  it('leaves out icons beyond the tolerance, wider for a finger than for a mouse', () => {
    const hits = [icon('near', 3), icon('far', 20)];
    expect(keys(rankCandidates(hits, 'mouse'))).toEqual(['near']);
    expect(keys(rankCandidates(hits, 'touch'))).toEqual(['near', 'far']);
    expect(rankCandidates([icon('x', TOLERANCE_PX.touch + 1)], 'touch')).toEqual([]);
  });

  it('counts a bridge once when both its line and its icon are hit, and ranks lines only where no icon is', () => {
    const bridge: Hit[] = [{ key: 'bridge', kind: 'line', distance: 0 }, icon('bridge', 9)];
    expect(rankCandidates(bridge, 'mouse')).toEqual([icon('bridge', 9)]);
    const withCorridor: Hit[] = [{ key: 'corridor', kind: 'line', distance: 0 }, icon('port', 10)];
    expect(keys(rankCandidates(withCorridor, 'touch'))).toEqual(['port']);
    const linesOnly: Hit[] = [
      { key: 'road', kind: 'line', distance: 0 },
      { key: 'rail', kind: 'line', distance: 0 },
    ];
    expect(keys(rankCandidates(linesOnly, 'mouse'))).toEqual(['rail', 'road']);
  });

  it('keeps a cluster as one candidate, reachable a little farther out than an icon', () => {
    const cluster: Hit = { key: clusterKey(7), kind: 'cluster', distance: TOLERANCE_PX.mouse + 2 };
    expect(rankCandidates([cluster], 'mouse')).toEqual([cluster]);
    expect(rankCandidates([cluster, cluster], 'mouse')).toEqual([cluster]);
  });

  it('spells cluster keys so they never read as feature ids', () => {
    expect(clusterIdOf(clusterKey(321))).toBe(321);
    expect(clusterIdOf('khasan-road-checkpoint')).toBeNull();
    expect(clusterIdOf('cluster:x')).toBeNull();
  });
});
