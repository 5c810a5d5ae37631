/**
 * Town labels from GeoNames cities500 (scripts/basemap/config.ts GEONAMES_PACKAGE). A town at a crossing is the
 * record of that exact GeoNames name and country nearest to the crossing's feature in geo/*.geojson (within
 * `maxKm`); any other town is the most populous record of its name. Names in Russian, Chinese and Korean are GeoNames
 * alternate names, told apart by script (this dump carries no language tags): see `pickName`. A town that no record
 * matches is reported, never placed by hand.
 */
import distance from '@turf/distance';
import type { Feature, Point, Position } from 'geojson';
import type { City } from './sources.js';
import { TOWNS, type TownSpec } from './town-list.js';

export type TownFeature = Feature<Point, Record<string, string | number | null>>;

export interface TownRow {
  label: string;
  geonamesName: string;
  geonameid: number;
  country: string;
  population: number;
  lon: number;
  lat: number;
  minzoom: number;
  names: string;
  /** The crossing the town was matched to, and its distance (km) from it. */
  near: string;
}

/** Default search radius around a crossing (km). */
export const NEAR_KM = 40;

const SCRIPTS = {
  ru: /^(?=.*[\u0400-\u04FF])[\u0400-\u04FF \-’'ʼ()]+$/u,
  // Cyrillic letters Russian does not use (Ukrainian, Belarusian, Serbian, Macedonian, Ossetian).
  notRussian: /[ІіЇїЄєҐґЎўЂђЈјЉљЊњЋћЏџЃѓЌќЅѕӔӕ]/u,
  zh: /^[\u3400-\u9FFF\uF900-\uFAFF]+$/u,
  ko: /^(?=.*[\uAC00-\uD7AF])[\uAC00-\uD7AF ]+$/u,
} as const;

/**
 * The alternate name in one script: the name pinned in the town list (it must be one of the record's GeoNames names:
 * the build fails otherwise; null pins "none": GeoNames' only name in that script is another place's or an old one),
 * or the only name in that script; null when GeoNames has none. Several names and no pin fail the build.
 */
export function pickName(city: City, lang: 'ru' | 'zh' | 'ko', pinned?: string | null): string | null {
  const all = city.alternateNames;
  if (pinned === null) return null;
  if (pinned !== undefined) {
    if (!all.includes(pinned))
      throw new Error(`${city.name} (${city.geonameid}): no alternate name ${pinned}`);
    return pinned;
  }
  const ok = all.filter((n) => SCRIPTS[lang].test(n) && !(lang === 'ru' && SCRIPTS.notRussian.test(n)));
  if (ok.length > 1) throw new Error(`${city.name}: several ${lang} names (${ok.join(', ')}): pin one`);
  return ok[0] ?? null;
}

function match(
  spec: TownSpec,
  cities: readonly City[],
  anchors: ReadonlyMap<string, Position>,
): { city: City; nearKm: number | null } | { miss: string } {
  const same = cities.filter((c) => c.name === spec.geonamesName && c.country === spec.country);
  if (!spec.near) {
    const city = [...same].sort((a, b) => b.population - a.population || a.geonameid - b.geonameid)[0];
    return city ? { city, nearKm: null } : { miss: 'no record of that name in the region' };
  }
  const anchor = anchors.get(spec.near);
  if (!anchor) throw new Error(`town ${spec.label}: no feature ${spec.near} in geo/`);
  const maxKm = spec.maxKm ?? NEAR_KM;
  const ranked = same
    .map((city) => ({ city, nearKm: distance(anchor, [city.lon, city.lat]) }))
    .sort((a, b) => a.nearKm - b.nearKm);
  const best = ranked[0];
  if (best && best.nearKm <= maxKm) return best;
  const far = best
    ? `; the nearest record of that name (${best.city.geonameid}, ${best.city.lon} E ${best.city.lat} N) lies ${Math.round(best.nearKm)} km away: another place`
    : '';
  return { miss: `no record within ${maxKm} km of ${spec.near}${far}` };
}

export function townLabels(
  cities: readonly City[],
  anchors: ReadonlyMap<string, Position>,
): { labels: TownFeature[]; rows: TownRow[]; missing: string[] } {
  const labels: TownFeature[] = [];
  const rows: TownRow[] = [];
  const missing: string[] = [];
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  for (const spec of TOWNS) {
    const m = match(spec, cities, anchors);
    if ('miss' in m) {
      missing.push(
        `${spec.label} (\`${spec.geonamesName}\`, ${spec.country}): not in GeoNames cities500 (${m.miss})${spec.note ? `; ${spec.note}` : ''}`,
      );
      continue;
    }
    const { city: c, nearKm } = m;
    const names = {
      name_ru: pickName(c, 'ru', spec.names?.ru),
      name_zh: pickName(c, 'zh', spec.names?.zh),
      name_ko: pickName(c, 'ko', spec.names?.ko),
    };
    // A language without a name is left out: the map falls back to English.
    const present = Object.fromEntries(Object.entries(names).filter(([, v]) => v !== null));
    const [lon, lat] = [round(c.lon), round(c.lat)];
    rows.push({
      label: spec.label,
      geonamesName: c.name,
      geonameid: c.geonameid,
      country: c.country,
      population: c.population,
      lon,
      lat,
      minzoom: spec.minzoom,
      names: [names.name_ru, names.name_zh, names.name_ko].map((n) => n ?? '–').join(' / '),
      near: spec.near && nearKm !== null ? `${spec.near} (${nearKm.toFixed(1)} km)` : '',
    });
    labels.push({
      type: 'Feature',
      properties: {
        layer: 'label',
        class: 'town',
        name_en: spec.label,
        ...present,
        name_geonames: c.name,
        country: c.country,
        population: c.population,
        geonameid: c.geonameid,
        minzoom: spec.minzoom,
        ...(spec.near ? { near: spec.near } : {}),
        source: 'GeoNames',
      },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  return { labels, rows, missing };
}
