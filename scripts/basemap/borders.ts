/**
 * The Russia–China and Russia–North Korea border lines. The land part comes from the land topology (so it is the
 * edge both countries' polygons share). Where OSM's sea reaches up a border river's estuary (the Tumen), the land
 * border stops at the estuary's shore while the boundary runs on down the river to its mouth: that stretch is taken
 * from the maritime boundary, as far as the point where the river opens to the sea (ESTUARY_OPEN_M from any shore).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bboxClip from '@turf/bbox-clip';
import { lineString, point } from '@turf/helpers';
import lineChunk from '@turf/line-chunk';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Sea } from './sources.js';
import { roundLine } from './topo.js';

/** A boundary point in the sea this far (metres) from every shore is past the river mouth. */
export const ESTUARY_OPEN_M = 500;

type Line = Position[];

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** Sea rings (as lines) near a point, for shore distances. */
function shoresNear(sea: Sea, p: Position, padDeg = 0.1): Line[] {
  const box: [number, number, number, number] = [
    (p[0] as number) - padDeg,
    (p[1] as number) - padDeg,
    (p[0] as number) + padDeg,
    (p[1] as number) + padDeg,
  ];
  const clipped = bboxClip(sea, box).geometry as Polygon | MultiPolygon;
  const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  return polys.flat().filter((r) => r.length >= 2);
}

/**
 * Follow the maritime boundary `maritime` on from the land border's coastal end `end` to the river mouth: the
 * vertices after `end`, up to the first point (sampled every 25 m) that lies in the sea at least ESTUARY_OPEN_M from
 * every shore. Returns [] when `end` is not on the maritime line.
 */
export function estuaryTail(maritime: Line, end: Position, sea: Sea): Line {
  const near = nearestPointOnLine(lineString(maritime), point(end), { units: 'meters' });
  if ((near.properties.dist ?? Infinity) > 5) return [];
  const from = near.properties.index as number;
  const rest: Line = [end, ...maritime.slice(from + 1)];
  const shores = shoresNear(sea, end, 0.15);
  const out: Line = [end];
  for (const chunk of lineChunk(lineString(rest), 25, { units: 'meters' }).features) {
    const q = chunk.geometry.coordinates[chunk.geometry.coordinates.length - 1] as Position;
    out.push(q);
    const inSea = booleanPointInPolygon(q, sea);
    const shoreM = Math.min(
      ...shores.map((s) => pointToLineDistance(point(q), lineString(s), { units: 'meters' })),
    );
    if (inSea && shoreM >= ESTUARY_OPEN_M) return out;
  }
  return [];
}

/** Join lines that share end points into as few lines as possible (mesh output is already stitched per arc run). */
export function joinLines(lines: readonly Line[]): Line[] {
  const out = lines.map((l) => [...l]);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++)
      for (let j = 0; j < out.length && !merged; j++) {
        if (i === j) continue;
        const a = out[i] as Line;
        const b = out[j] as Line;
        if (same(a[a.length - 1], b[0])) out[i] = [...a, ...b.slice(1)];
        else if (same(a[a.length - 1], b[b.length - 1])) out[i] = [...a, ...[...b].reverse().slice(1)];
        else continue;
        out.splice(j, 1);
        merged = true;
      }
  }
  return out;
}

/** The point shared by two border lines (an end of each), or null. */
export function sharedEnd(a: readonly Line[], b: readonly Line[]): Position | null {
  for (const la of a)
    for (const pa of [la[0], la[la.length - 1]])
      for (const lb of b)
        for (const pb of [lb[0], lb[lb.length - 1]]) if (same(pa, pb)) return pa as Position;
  return null;
}

/**
 * RU–KP: the land border from the tripoint to the coast, plus the estuary tail to the river mouth. `tripoint` is the
 * end shared with RU–CN; the line is oriented from it.
 */
export function ruKpLine(
  land: readonly Line[],
  maritime: readonly Line[],
  tripoint: Position,
  sea: Sea,
  decimals: number,
): Line {
  const joined = joinLines(land);
  if (joined.length !== 1) throw new Error(`RU–KP land border has ${joined.length} parts, expected 1`);
  let line = joined[0] as Line;
  if (same(line[line.length - 1], tripoint)) line = [...line].reverse();
  if (!same(line[0], tripoint)) throw new Error('RU–KP border does not start at the tripoint');
  const coastEnd = line[line.length - 1] as Position;
  for (const line0 of joinLines(maritime)) {
    // The maritime boundary runs from the tripoint out to sea.
    const d = (q: Position | undefined): number =>
      q
        ? Math.hypot((q[0] as number) - (tripoint[0] as number), (q[1] as number) - (tripoint[1] as number))
        : Infinity;
    const m = d(line0[line0.length - 1]) < d(line0[0]) ? [...line0].reverse() : line0;
    const tail = estuaryTail(m, coastEnd, sea);
    if (tail.length > 1) return roundLine([...line, ...tail.slice(1)], decimals);
  }
  return line;
}
