// One symbol per kind, as SVG path data in a 24×24 box: the legend draws it as SVG, the map as canvas icons,
// so the two always match. Rail-based kinds are square, road and water kinds round, hubs hexagonal.
import type { Kind, Status } from './vocabulary';
import { NOT_BUILT, STATUS_COLOR } from './vocabulary';

export interface KindSymbol {
  /** Filled (built) or outlined (not built) marker shape. */
  shape: string;
  /** Glyph drawn with a 2px stroke on top of the shape. */
  glyph: string;
}

const SQUARE = 'M3 3h18v18H3z';
const CIRCLE = 'M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z';
const DIAMOND = 'M12 1l11 11-11 11L1 12z';
const HEXAGON = 'M12 1l10 5.5v11L12 23 2 17.5v-11z';
const TRIANGLE = 'M12 2l11 20H1z';

export const KIND_SYMBOL: Record<Kind, KindSymbol> = {
  'rail-crossing': { shape: SQUARE, glyph: 'M9 6v12M15 6v12M7 9h10M7 12h10M7 15h10' },
  'road-crossing': { shape: CIRCLE, glyph: 'M10 6l-2 12M14 6l2 12M12 7v2M12 11v2M12 15v2' },
  'river-crossing': { shape: CIRCLE, glyph: 'M6 10q3-3 6 0t6 0M6 15q3-3 6 0t6 0' },
  'railway-bridge': { shape: SQUARE, glyph: 'M5 15h14M7 15q5-7 10 0M5 18h14' },
  'road-bridge': { shape: CIRCLE, glyph: 'M5 15h14M7 15q5-7 10 0M9 9h6' },
  'cable-car': { shape: DIAMOND, glyph: 'M6 8l12-3M12 7v3M9 10h6v6H9z' },
  'multimodal-hub': { shape: HEXAGON, glyph: 'M8 8h3v3H8zM13 8h3v3h-3zM8 13h3v3H8zM13 13h3v3h-3z' },
  port: { shape: CIRCLE, glyph: 'M12 6v12M9 9h6M7 14q5 6 10 0' },
  corridor: { shape: 'M2 12h20', glyph: '' },
  deposit: { shape: TRIANGLE, glyph: 'M12 10v5M12 17v1' },
};

export interface SymbolPaint {
  fill: string;
  stroke: string;
  glyph: string;
  /** Dashed outline for not-built statuses: a cue that does not rely on colour. */
  dashed: boolean;
}

export function symbolPaint(status: Status): SymbolPaint {
  const color = STATUS_COLOR[status];
  if (NOT_BUILT.has(status)) return { fill: '#ffffff', stroke: color, glyph: color, dashed: true };
  return { fill: color, stroke: '#ffffff', glyph: '#ffffff', dashed: false };
}

/** Icon image id for the map, one per kind and status. */
export function iconId(kind: Kind, status: Status): string {
  return `sym-${kind}-${status}`;
}
