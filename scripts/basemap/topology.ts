/**
 * TopoJSON helpers for the basemap build: decode quantized arcs, find which country
 * geometries use each arc, and simplify arcs individually (so shared borders stay
 * identical in every polygon and in the border lines derived from them).
 */
import type { GeometryObject, Topology } from 'topojson-specification';
import { simplifyLine, type Pos } from './geom.js';

/** Return a copy of `topology` with absolute (de-quantized, de-delta-encoded) arcs and no transform. */
export function decodeTopology<T extends Topology>(topology: T): T {
  const tr = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    if (!tr) return arc.map((p) => [p[0], p[1]] as Pos);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0] ?? 0;
      y += p[1] ?? 0;
      return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]] as Pos;
    });
  });
  const copy = { ...topology, arcs };
  delete copy.transform;
  return copy;
}

/** Visit every arc index (decoded from ~i for reversed arcs) referenced by a geometry. */
export function forEachArc(geom: GeometryObject, fn: (arcIndex: number) => void): void {
  const visit = (a: unknown): void => {
    if (typeof a === 'number') fn(a < 0 ? ~a : a);
    else if (Array.isArray(a)) for (const x of a) visit(x);
  };
  if (geom.type === 'GeometryCollection') {
    for (const g of geom.geometries) forEachArc(g, fn);
  } else if ('arcs' in geom) {
    visit(geom.arcs);
  }
}

/**
 * For each arc, the sorted list of geometry ids (`id ?? "?"+index`) that reference it.
 * One owner = exterior arc (coast); two owners = shared land border.
 */
export function arcOwners(geometries: readonly GeometryObject[], arcCount: number): string[][] {
  const owners: string[][] = Array.from({ length: arcCount }, () => []);
  geometries.forEach((g, gi) => {
    const key = g.id === undefined ? `?${gi}` : String(g.id);
    forEachArc(g, (i) => {
      const list = owners[i];
      if (list && !list.includes(key)) list.push(key);
    });
  });
  for (const list of owners) list.sort();
  return owners;
}

/** Simplify each arc of a decoded topology in place with a per-arc tolerance in metres. */
export function simplifyArcs(topology: Topology, toleranceFor: (arcIndex: number) => number): void {
  topology.arcs = topology.arcs.map((arc, i) => simplifyLine(arc as Pos[], toleranceFor(i)));
}
