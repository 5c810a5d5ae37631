/**
 * The region's countries as one topology: land only (the source's maritime polygons minus the OSM seas), with every
 * shared border one arc (after snapping), simplified per output level with topojson-simplify, so both neighbours'
 * polygons and the border lines keep exactly the same vertices at every level, and arc ends (tripoints, the points
 * where a border reaches the coast) are never removed.
 */
import difference from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { SNAP_M, SNAP_PAIRS } from './config.js';
import { snapCountry } from './snap.js';
import type { Country, Sea } from './sources.js';

const EARTH_R_M = 6_371_008.8;

export type CountryTopology = Topology<{ countries: GeometryCollection<{ iso: string; a3: string }> }>;

/** Snap neighbours onto each other (SNAP_PAIRS, in order): polygons that share their borders vertex for vertex. */
export function snapCountries(countries: readonly Country[]): Country[] {
  const byA3 = new Map(countries.map((c) => [c.properties.a3, c]));
  for (const [target, ref] of SNAP_PAIRS) {
    const t = byA3.get(target);
    const r = byA3.get(ref);
    if (t && r) byA3.set(target, { ...(snapCountry(t, r, SNAP_M) as Country), id: target });
  }
  return [...byA3.values()].sort((a, b) => (a.properties.a3 < b.properties.a3 ? -1 : 1));
}

/** Cut the sea away (turf difference): land polygons, still sharing their land borders. */
export function landCountries(snapped: readonly Country[], sea: Sea): Country[] {
  const out: Country[] = [];
  for (const c of snapped) {
    const land = difference(featureCollection<Polygon | MultiPolygon>([c, sea]));
    if (land)
      out.push({ type: 'Feature', id: c.properties.a3, properties: c.properties, geometry: land.geometry });
  }
  return out;
}

export function buildTopology(land: readonly Country[]): CountryTopology {
  const topo = topology({ countries: featureCollection([...land]) }) as unknown as Topology<
    Record<string, never>
  >;
  return presimplify(topo, sphericalTriangleArea) as unknown as CountryTopology;
}

/** Keep the vertices whose Visvalingam triangle is at least sideM² (on the sphere). */
export function simplified(topo: CountryTopology, sideM: number): CountryTopology {
  const minWeight = (sideM / EARTH_R_M) ** 2;
  return simplify(
    topo as unknown as Topology<Record<string, never>>,
    minWeight,
  ) as unknown as CountryTopology;
}

function roundPos(p: Position, decimals: number): Position {
  const f = 10 ** decimals;
  return [Math.round((p[0] as number) * f) / f + 0, Math.round((p[1] as number) * f) / f + 0];
}

/** Round and drop consecutive duplicates (never collinear points: that could drop a tripoint from one side only). */
export function roundLine(line: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = roundPos(p, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundPolygons(polys: Position[][][], decimals: number): Position[][][] {
  return polys
    .map((poly) => poly.map((ring) => roundLine(ring, decimals)).filter((r) => r.length >= 4))
    .filter((poly) => poly.length > 0);
}

export function countriesOf(topo: CountryTopology, decimals: number): Country[] {
  const fc = feature(topo, topo.objects.countries);
  const out: Country[] = [];
  for (const f of fc.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = roundPolygons(g.type === 'Polygon' ? [g.coordinates] : g.coordinates, decimals);
    if (polys.length === 0) continue;
    out.push({
      type: 'Feature',
      id: f.properties.a3,
      properties: f.properties,
      geometry:
        polys.length === 1
          ? { type: 'Polygon', coordinates: polys[0] as Position[][] }
          : { type: 'MultiPolygon', coordinates: polys },
    });
  }
  return out;
}

type Geom = GeometryObject;
const isoOf = (g: Geom): string | undefined => (g.properties as { iso?: string } | undefined)?.iso;

/** The land border between two countries (ISO numeric), as stitched lines, rounded. */
export function borderBetween(
  topo: CountryTopology,
  isoA: string,
  isoB: string,
  decimals: number,
): Position[][] {
  const m: MultiLineString = mesh(topo, topo.objects.countries, (a: Geom, b: Geom) => {
    if (a === b) return false;
    const pa = isoOf(a);
    const pb = isoOf(b);
    return (pa === isoA && pb === isoB) || (pa === isoB && pb === isoA);
  });
  return m.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
}

/** Every land border in the topology, by ISO pair ("156-408", lower id first). */
export function allBorders(topo: CountryTopology, decimals: number): Map<string, Position[][]> {
  const isos = topo.objects.countries.geometries.map((g) => isoOf(g as Geom) ?? '').sort();
  const out = new Map<string, Position[][]>();
  for (let i = 0; i < isos.length; i++)
    for (let j = i + 1; j < isos.length; j++) {
      const lines = borderBetween(topo, isos[i] as string, isos[j] as string, decimals);
      if (lines.length > 0) out.set(`${isos[i]}-${isos[j]}`, lines);
    }
  return out;
}
