import { describe, expect, it } from 'vitest';
import { matchesQuery, normaliseText, rankBySearch, searchRank } from '../../src/domain/search';
import { makeFeature } from '../fixtures/make-feature';

const roadBridge = makeFeature('khasan-tumangang-road-bridge', {
  kind: 'road-bridge',
  border: 'kp',
  section: 'tumen',
  name: { en: 'Khasan–Tumangang road bridge', ru: 'Автомобильный мост через реку Туманная' },
  pair: { ru: 'Khasan', foreign: 'Tumangang' },
});
const railBridge = makeFeature('nizhneleninskoye-tongjiang-rail-bridge', {
  kind: 'railway-bridge',
  section: 'amur',
  name: { en: 'Nizhneleninskoye–Tongjiang railway bridge', zh: '同江中俄铁路大桥' },
  pair: { ru: 'Nizhneleninskoye', foreign: 'Tongjiang' },
  facts: { gauge: { ru: 'dual', foreign: 'dual' }, operator: 'Russian part: project company; RZD' },
});
const breakOfGauge = makeFeature('zabaikalsk-manzhouli-rail', {
  section: 'transbaikal',
  name: { en: 'Zabaykalsk–Manzhouli' },
  pair: { ru: 'Zabaykalsk', foreign: 'Manzhouli' },
  facts: { gauge: { ru: '1520', foreign: '1435' }, operator: 'RZD (Zabaykalskaya railway)' },
});
const khasanStation = makeFeature('khasan', { section: 'tumen', name: { en: 'Khasan' } });
const all = [roadBridge, railBridge, breakOfGauge, khasanStation];
const found = (q: string) => rankBySearch(all, q).map((f) => f.id);

describe('search over everything', () => {
  it('finds the Tumen crossings by the river in four languages', () => {
    for (const q of ['Tumen', 'Туманная', '图们江', '두만강', 'tuman'])
      expect(found(q), q).toEqual(['khasan-tumangang-road-bridge', 'khasan']);
  });

  it('finds both towns of a pair, also in their own scripts', () => {
    expect(found('tongjiang')).toEqual(['nizhneleninskoye-tongjiang-rail-bridge']);
    expect(found('Manzhouli')).toEqual(['zabaikalsk-manzhouli-rail']);
    expect(found('하산')).toEqual(['khasan-tumangang-road-bridge', 'khasan']);
  });

  it('finds the operator and the gauge', () => {
    expect(found('rzd')).toEqual(['nizhneleninskoye-tongjiang-rail-bridge', 'zabaikalsk-manzhouli-rail']);
    expect(found('1435')).toEqual(['nizhneleninskoye-tongjiang-rail-bridge', 'zabaikalsk-manzhouli-rail']);
    expect(found('dual gauge')).toEqual(['nizhneleninskoye-tongjiang-rail-bridge']);
    expect(found('break of gauge')).toEqual(['zabaikalsk-manzhouli-rail']);
  });

  it('ignores case and accents, ё and dashes', () => {
    expect(normaliseText('  ХАСАН—Tumángang ')).toBe('хасан-tumangang');
    expect(matchesQuery(roadBridge.properties, 'KHÁSAN')).toBe(true);
    expect(matchesQuery(roadBridge.properties, 'khasan-tumangang')).toBe(true);
  });

  it('ranks an exact name first, then names that start with the text, then other names, then other fields', () => {
    expect(searchRank(khasanStation.properties, 'khasan')).toBe(0);
    expect(searchRank(roadBridge.properties, 'khasan')).toBe(1);
    expect(searchRank(roadBridge.properties, 'road bridge')).toBe(2);
    expect(searchRank(roadBridge.properties, 'tumen')).toBe(3);
    expect(searchRank(roadBridge.properties, 'zzz')).toBeNull();
    expect(found('khasan')).toEqual(['khasan', 'khasan-tumangang-road-bridge']);
  });

  it('needs every word somewhere, and matches all on an empty text', () => {
    expect(found('khasan rail')).toEqual([]);
    expect(found('tumen road')).toEqual(['khasan-tumangang-road-bridge']);
    expect(found('   ')).toEqual(all.map((f) => f.id));
  });
});
