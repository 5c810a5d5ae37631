// The search terms and mode lists hold for the real data in geo/.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { todayIso } from '../../src/domain/consistency';
import { DEFAULT_FILTERS, visibility } from '../../src/domain/filters';
import { CORRIDOR_MODES, MODES, PIPELINE_CONSTRUCTION_IDS, modesOf } from '../../src/domain/modes';
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
    // Corridors are rail by their data (a gauge, or listed with rail); every other rail feature is a rail link.
    const others = rail.filter((f) => f.properties.kind !== 'corridor');
    expect(others.every((f) => ['rail-crossing', 'railway-bridge'].includes(f.properties.kind))).toBe(true);
    for (const f of rail.filter((x) => x.properties.kind === 'corridor'))
      expect(Boolean(f.properties.facts?.gauge) || CORRIDOR_MODES[f.id]?.includes('rail'), f.id).toBe(true);
  });

  it('gives every corridor a mode from its data; each listed one names its modes in its name or note', () => {
    const words = { rail: /rail/i, road: /road/i } as Partial<Record<(typeof MODES)[number], RegExp>>;
    for (const f of features.filter((x) => x.properties.kind === 'corridor'))
      expect(modesOf(f.properties).length, f.id).toBeGreaterThan(0);
    for (const [id, modes] of Object.entries(CORRIDOR_MODES)) {
      const f = byId.get(id);
      expect(f?.properties.kind, id).toBe('corridor');
      const text = `${f?.properties.name.en ?? ''} ${f?.properties.statusNote ?? ''}`;
      for (const m of modes) expect(text, `${id}: ${m}`).toMatch(words[m] ?? /^$/);
    }
  });

  it('shows the Khasan–Rajin and Baranovsky–Khasan railways under rail, the Razdolnoye road under road', () => {
    const under = (mode: 'rail' | 'road') =>
      features
        .filter((f) => visibility(f.properties, { ...DEFAULT_FILTERS, modes: [mode] }) === 'shown')
        .map((f) => f.id);
    expect(under('rail')).toEqual(
      expect.arrayContaining(['khasan-rajin-railway', 'baranovsky-khasan-railway']),
    );
    expect(under('road')).toContain('razdolnoye-khasan-road');
    expect(under('rail')).not.toContain('razdolnoye-khasan-road');
  });
});
