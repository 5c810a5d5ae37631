// Search over everything a person might type: names in every language, both towns of a pair, the border river,
// the operator and the gauge. Case, accents, ё and dashes are folded; exact name matches rank first.
import type { FeatureProperties } from './schema';
import { GAUGE_LABEL, gaugeOf } from './modes';
import { SECTION_RIVERS, TOWN_NAMES } from './search-terms';

/** Lower-case, strip accents and fold ё→е, so "Blagoveščensk" or "БЛАГОВЕЩЁНСК" find the feature. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export type SearchFields = Pick<FeatureProperties, 'id' | 'name' | 'pair' | 'section' | 'facts'>;

interface SearchIndex {
  /** The feature's own names, folded. */
  names: string[];
  /** Everything searchable, names included, folded. */
  all: string[];
}

const GAUGE_WORDS = {
  '1520': ['1520', '1520 mm', 'russian gauge', 'broad gauge'],
  '1435': ['1435', '1435 mm', 'standard gauge'],
  dual: ['1520', '1435', 'dual gauge', 'combined gauge', 'four-rail'],
  break: ['1520', '1435', 'break of gauge', 'gauge break', 'transshipment'],
} as const;

const FOLDED_TOWNS = Object.entries(TOWN_NAMES).map(([town, names]) => ({
  town: normaliseText(town),
  names: names.map(normaliseText),
}));

// Built once per properties object: the list and the map ask for the same features on every keystroke.
const cache = new WeakMap<object, SearchIndex>();

function indexOf(p: SearchFields): SearchIndex {
  const cached = cache.get(p);
  if (cached) return cached;
  const names = [p.name.en, p.name.ru, p.name.zh, p.name.ko]
    .filter((s): s is string => typeof s === 'string')
    .map(normaliseText);
  const pair = [p.pair?.ru, p.pair?.foreign]
    .filter((s): s is string => typeof s === 'string')
    .map(normaliseText);
  // Towns named in the pair or in the English name ("Khasan–Rajin railway" has no pair).
  const english = normaliseText(p.name.en);
  const towns = FOLDED_TOWNS.filter(
    ({ town }) => english.includes(town) || pair.some((t) => t.includes(town)),
  ).flatMap((t) => t.names);
  const gauge = gaugeOf(p);
  const gaugeWords = gauge ? [...GAUGE_WORDS[gauge], normaliseText(GAUGE_LABEL[gauge])] : [];
  const all = [
    ...names,
    ...pair,
    ...towns,
    ...(SECTION_RIVERS[p.section] ?? []).map(normaliseText),
    ...(p.facts?.operator ? [normaliseText(p.facts.operator)] : []),
    ...gaugeWords,
    p.id,
  ];
  const index = { names, all };
  cache.set(p, index);
  return index;
}

/**
 * How well a feature matches the search text: 0 an exact name, 1 a name starting with it, 2 every word in its
 * names, 3 every word somewhere (pair, river, operator, gauge, id); null when some word is found nowhere.
 * An empty search matches everything at rank 0.
 */
export function searchRank(p: SearchFields, query: string): number | null {
  const q = normaliseText(query);
  if (!q) return 0;
  const { names, all } = indexOf(p);
  const words = q.split(' ');
  if (!words.every((w) => all.some((h) => h.includes(w)))) return null;
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  if (words.every((w) => names.some((n) => n.includes(w)))) return 2;
  return 3;
}

export function matchesQuery(p: SearchFields, query: string): boolean {
  return searchRank(p, query) !== null;
}

/** The features that match, best first (a stable sort: equal ranks keep their order). */
export function rankBySearch<T extends { properties: SearchFields }>(
  features: readonly T[],
  query: string,
): T[] {
  const ranked: { f: T; rank: number; i: number }[] = [];
  features.forEach((f, i) => {
    const rank = searchRank(f.properties, query);
    if (rank !== null) ranked.push({ f, rank, i });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.f);
}
