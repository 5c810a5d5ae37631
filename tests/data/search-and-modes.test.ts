// The search terms and mode lists hold for the real data in geo/.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { todayIso } from '../../src/domain/consistency';
import { DEFAULT_FILTERS, visibility } from '../../src/domain/filters';
import { PIPELINE_CONSTRUCTION_IDS } from '../../src/domain/modes';
import { rankBySearch } from '../../src/domain/search';
import { readBorders, readGeoFiles } from '../../scripts/geo-files';

const features = checkDataset(readGeoFiles(), readBorders(), todayIso()).features.map((f) => f.feature);
const byId = new Map(features.map((f) => [f.id, f]));
const KHASAN_BRIDGES = ['korea-russia-friendship-bridge', 'khasan-tumangang-road-bridge'];

describe('search and modes over geo/', () => {
  it('finds the Khasan bridges by the river in English, Russian, Chinese and Korean', () => {
    for (const q of ['Tumen', 'Туманная', '图们江', '두만강']) {
      const ids = rankBySearch(features, q).map((f) => f.id);
      for (const id of KHASAN_BRIDGES) expect(ids, q).toContain(id);
    }
  });

  it('finds every Khasan feature by the Korean name of the town', () => {
    const ids = rankBySearch(features, '하산').map((f) => f.id);
    for (const f of features.filter(
      (x) => x.properties.pair?.ru === 'Khasan' || /khasan/i.test(x.properties.name.en),
    ))
      expect(ids).toContain(f.id);
  });

  it('lists the pipeline construction crossings, each a river crossing whose note names the pipeline', () => {
    for (const id of PIPELINE_CONSTRUCTION_IDS) {
      const f = byId.get(id);
      expect(f, id).toBeDefined();
      expect(f?.properties.kind).toBe('river-crossing');
      expect(f?.properties.statusNote ?? '').toMatch(/pipeline/i);
    }
  });

  it('puts the Nizhneleninskoye–Tongjiang railway bridge under rail', () => {
    const rail = features.filter(
      (f) => visibility(f.properties, { ...DEFAULT_FILTERS, modes: ['rail'] }) === 'shown',
    );
    expect(rail.map((f) => f.id)).toContain('nizhneleninskoye-tongjiang-rail-bridge');
    expect(rail.every((f) => ['rail-crossing', 'railway-bridge'].includes(f.properties.kind))).toBe(true);
  });
});
