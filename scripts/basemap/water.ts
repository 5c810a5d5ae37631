/**
 * Rivers and lakes from the committed Natural Earth 1:10m extract. Natural Earth generalises the rivers by a few
 * hundred metres, so where the Russia–China or Russia–North Korea border runs in a river (BORDER_RIVERS), the river
 * is drawn along the OSM border line itself (bridges sit on their river) and Natural Earth's own line is dropped
 * there; tributaries that ended on the dropped stretch are extended to the border. Lakes keep NE's shore.
 */
import bboxClip from '@turf/bbox-clip';
import { lineString, point } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import simplify from '@turf/simplify';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  Polygon,
  MultiPolygon,
  Position,
} from 'geojson';
import KDBush from 'kdbush';
import {
  BORDER_RIVER_KM,
  BORDER_RIVERS,
  BORDER_RIVERS_BY_KIND,
  LAKE_LABELS,
  RIVER_LABELS,
  type BBox,
} from './config.js';

type BorderKind = keyof typeof BORDER_RIVERS_BY_KIND;
import type { NeWater } from './sources.js';
import { roundLine } from './topo.js';

type Line = Position[];
export type WaterFeature = Feature<
  MultiLineString | Polygon | MultiPolygon,
  Record<string, string | boolean | null>
>;

const KX = Math.cos((47 * Math.PI) / 180);
const DEG_KM = 111.32;

class VertexIndex<T> {
  private readonly index: KDBush;
  constructor(private readonly pts: readonly { p: Position; v: T }[]) {
    this.index = new KDBush(Math.max(1, pts.length));
    for (const { p } of pts) this.index.add((p[0] as number) * KX, p[1] as number);
    if (pts.length === 0) this.index.add(1e9, 1e9);
    this.index.finish();
  }
  /** The value of the nearest vertex within km, or null. */
  nearest(p: Position, km: number): T | null {
    let best: T | null = null;
    let bestD = Infinity;
    for (const id of this.index.within((p[0] as number) * KX, p[1] as number, km / DEG_KM)) {
      const e = this.pts[id];
      if (!e) continue;
      const d = Math.hypot(
        ((e.p[0] as number) - (p[0] as number)) * KX,
        (e.p[1] as number) - (p[1] as number),
      );
      if (d < bestD) {
        bestD = d;
        best = e.v;
      }
    }
    return best;
  }
}

function linesOf(g: Geometry): Line[] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/**
 * Split a line into the runs of vertices with the same non-null `label` (runs of one vertex are dropped); `from` is
 * the index of each run's first vertex in `line`.
 */
function runs<T>(line: Line, label: (p: Position) => T | null): { value: T; line: Line; from: number }[] {
  const out: { value: T; line: Line; from: number }[] = [];
  let cur: { value: T; line: Line; from: number } | null = null;
  line.forEach((p, i) => {
    const v = label(p);
    if (v !== null && cur && cur.value === v) cur.line.push(p);
    else {
      if (cur && cur.line.length >= 2) out.push(cur);
      cur = v === null ? null : { value: v, line: [p], from: i };
    }
  });
  if (cur && (cur as { line: Line }).line.length >= 2) out.push(cur);
  return out;
}

export interface WaterOptions {
  bbox: BBox;
  decimals: number;
  /** turf simplify tolerance in degrees (0: none). */
  tolerance: number;
  /** Keep NE rivers of at most this scalerank (Natural Earth: 0 = most important). */
  maxScalerank: number;
}

/** River lines (border rivers along `borders`), grouped per name, and lakes, clipped to opts.bbox. */
export function buildWater(
  ne: NeWater,
  borderByKind: Readonly<Record<BorderKind, Line[]>>,
  opts: WaterOptions,
): WaterFeature[] {
  const borders = Object.values(borderByKind).flat();
  const borderIx = new VertexIndex(borders.flatMap((l) => densify(l, 0.25).map((p) => ({ p, v: true }))));
  // Natural Earth's vertices can lie kilometres apart: index each border's rivers every 250 m.
  const riverIx = (kind: BorderKind): VertexIndex<string> => {
    const names = BORDER_RIVERS_BY_KIND[kind];
    return new VertexIndex(
      ne.features
        .filter((f) => f.properties.kind === 'river' && names[f.properties.name ?? ''])
        .flatMap((f) =>
          linesOf(f.geometry).flatMap((l) =>
            densify(l, 0.25).map((p) => ({ p, v: names[f.properties.name as string] as string })),
          ),
        ),
    );
  };
  const byName = new Map<string, { border: Line[]; ne: Line[] }>();
  const add = (name: string, kind: 'border' | 'ne', l: Line): void => {
    const e = byName.get(name) ?? { border: [], ne: [] };
    e[kind].push(l);
    byName.set(name, e);
  };
  // The border where it runs in a river: vertices near a border river, named after the nearest one.
  const riverBorder: Line[] = [];
  for (const kind of Object.keys(borderByKind) as BorderKind[]) {
    const ix = riverIx(kind);
    for (const b of borderByKind[kind])
      for (const r of runs(b, (p) => ix.nearest(p, BORDER_RIVER_KM))) {
        add(r.value, 'border', r.line);
        riverBorder.push(r.line);
      }
  }
  for (const f of ne.features) {
    if (f.properties.kind !== 'river' || f.properties.scalerank > opts.maxScalerank) continue;
    const ne0 = f.properties.name ?? '';
    const name = RIVER_LABELS[ne0] ?? ne0;
    for (const l of linesOf(f.geometry)) {
      if (BORDER_RIVERS[ne0]) {
        // Its own course away from the border, with NE's next vertex on each side (the first within
        // BORDER_RIVER_KM of the border), joined to the border there: so a channel that leaves the border, such as
        // the Amur's along Bolshoy Ussuriysky's north shore, meets it where NE's course does.
        for (const r of runs(l, (p) => (borderIx.nearest(p, BORDER_RIVER_KM) ? null : true))) {
          const run = l.slice(Math.max(0, r.from - 1), r.from + r.line.length + 1);
          add(name, 'ne', extendToBorder(run, riverBorder, 2 * BORDER_RIVER_KM));
        }
        continue;
      }
      add(name, 'ne', extendToBorder(l, riverBorder));
    }
  }
  const out: WaterFeature[] = [];
  for (const [name, e] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const simplifyLine = (l: Line): Line =>
      opts.tolerance > 0
        ? (simplify(lineString(l), { tolerance: opts.tolerance }).geometry.coordinates as Line)
        : l;
    const lines = [...e.border.map((l) => ({ l, border: true })), ...e.ne.map((l) => ({ l, border: false }))];
    for (const border of [true, false]) {
      const clipped = lines
        .filter((x) => x.border === border)
        .flatMap((x) => clipLine(simplifyLine(x.l), opts.bbox))
        .map((l) => roundLine(l, opts.decimals))
        .filter((l) => l.length >= 2);
      if (clipped.length === 0) continue;
      out.push({
        type: 'Feature',
        properties: { layer: 'river', name: name || null, name_en: name || null, border },
        geometry: { type: 'MultiLineString', coordinates: clipped },
      });
    }
  }
  for (const f of ne.features) {
    if (f.properties.kind !== 'lake') continue;
    const name = LAKE_LABELS[f.properties.name ?? ''] ?? null;
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, opts.bbox);
    const g = (
      opts.tolerance > 0 && clipped.geometry.coordinates.length > 0
        ? simplify(clipped, { tolerance: opts.tolerance })
        : clipped
    ).geometry as Polygon | MultiPolygon;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .map((p) => p.map((r) => roundLine(r, opts.decimals)).filter((r) => r.length >= 4))
      .filter((p) => p.length > 0);
    if (polys.length === 0) continue;
    out.push({
      type: 'Feature',
      properties: { layer: 'lake', name, name_en: name },
      geometry:
        polys.length === 1
          ? { type: 'Polygon', coordinates: polys[0] as Position[][] }
          : { type: 'MultiPolygon', coordinates: polys },
    });
  }
  return out;
}

/** The line with points added so that no two consecutive points are more than stepKm apart. */
function densify(l: Line, stepKm: number): Line {
  const out: Line = [];
  for (let i = 0; i < l.length; i++) {
    const p = l[i] as Position;
    const prev = l[i - 1];
    if (prev) {
      const km =
        Math.hypot(((p[0] as number) - (prev[0] as number)) * KX, (p[1] as number) - (prev[1] as number)) *
        DEG_KM;
      const n = Math.ceil(km / stepKm);
      for (let k = 1; k < n; k++)
        out.push([
          (prev[0] as number) + (((p[0] as number) - (prev[0] as number)) * k) / n,
          (prev[1] as number) + (((p[1] as number) - (prev[1] as number)) * k) / n,
        ]);
    }
    out.push(p);
  }
  return out;
}

function clipLine(l: Line, box: BBox): Line[] {
  const g = bboxClip(lineString(l), box).geometry as LineString | MultiLineString;
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** A tributary whose end lies within BORDER_RIVER_KM of a border river is extended to its nearest point. */
function extendToBorder(l: Line, riverBorder: readonly Line[], maxKm = BORDER_RIVER_KM): Line {
  let out = l;
  for (const atEnd of [true, false]) {
    const end = (atEnd ? out[out.length - 1] : out[0]) as Position;
    let best: Position | null = null;
    let bestKm = maxKm;
    for (const b of riverBorder) {
      const q = nearestPointOnLine(lineString(b), point(end), { units: 'kilometers' });
      if ((q.properties.dist ?? Infinity) < bestKm) {
        bestKm = q.properties.dist ?? Infinity;
        best = q.geometry.coordinates;
      }
    }
    if (best) out = atEnd ? [...out, best] : [best, ...out];
  }
  return out;
}
