// The real dataset in geo/ passes the full data check, and carries what the contract requires.
import { describe, expect, it } from 'vitest';
import { checkDataset, formatIssue } from '../../src/data/check-dataset';
import { todayIso } from '../../src/domain/consistency';
import { CROSSING_KINDS } from '../../src/domain/vocabulary';
import { readBorders, readGeoFiles } from '../../scripts/geo-files';

const result = checkDataset(readGeoFiles(), readBorders(), todayIso());
const features = result.features.map((f) => f.feature);
const byId = new Map(features.map((f) => [f.id, f]));

describe('geo/ dataset', () => {
  it('passes every check', () => {
    expect(result.errors.map(formatIssue)).toEqual([]);
  });

  it('has the ids the contract requires', () => {
    for (const id of [
      'zabaikalsk-manzhouli-rail',
      'nizhneleninskoye-tongjiang-rail-bridge',
      'blagoveshchensk-heihe-road-bridge',
      'korea-russia-friendship-bridge',
      'khasan-tumangang-road-bridge',
      'dzhalinda-mohe-bridge',
      'grodekovo-suifenhe-rail',
    ])
      expect(byId.has(id), id).toBe(true);
  });

  it('covers both borders and every kind of link', () => {
    const kinds = new Set(features.map((f) => f.properties.kind));
    for (const k of [
      'rail-crossing',
      'road-crossing',
      'river-crossing',
      'railway-bridge',
      'road-bridge',
      'cable-car',
      'multimodal-hub',
      'port',
    ])
      expect(kinds.has(k as never), k).toBe(true);
    expect(features.some((f) => f.properties.border === 'kp')).toBe(true);
    expect(features.filter((f) => f.properties.border === 'cn').length).toBeGreaterThan(20);
  });

  it('places the 1959 Friendship Bridge on the Russia–North Korea border and the Tongjiang bridge on the Amur', () => {
    const friendship = byId.get('korea-russia-friendship-bridge');
    expect(friendship?.properties.border).toBe('kp');
    expect(friendship?.properties.opened?.startsWith('1959')).toBe(true);
    expect(byId.get('nizhneleninskoye-tongjiang-rail-bridge')?.properties.opened?.startsWith('2022')).toBe(
      true,
    );
  });

  it('marks every estimated location with a radius and a note', () => {
    for (const f of features.filter((x) => x.properties.location.precision === 'estimated')) {
      expect(f.properties.location.radiusM).toBeGreaterThan(0);
      expect(f.properties.location.note.length).toBeGreaterThan(10);
    }
  });

  it('gives every crossing and bridge a dated source', () => {
    const undated = features
      .filter((f) => CROSSING_KINDS.has(f.properties.kind))
      .filter((f) => !f.properties.sources.some((s) => s.published))
      .map((f) => f.id);
    expect(undated).toEqual([]);
  });

  it('carries the 2025 programme with its deadlines', () => {
    const file = readGeoFiles().find((f) => f.name === 'programme.geojson');
    const programme = (file?.json as { programme?: { instructions: { deadline?: string; title: string }[] } })
      .programme;
    expect(programme?.instructions.some((i) => i.deadline === '2025-12-01')).toBe(true);
  });
});
