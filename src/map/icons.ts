// Draws the kind×status icons from the shared symbol paths (domain/symbols.ts) into images for the map.
import { KIND_SYMBOL, iconId, symbolPaint } from '../domain/symbols';
import { KINDS, STATUSES } from '../domain/vocabulary';
import type { Kind, Status } from '../domain/vocabulary';

const SIZE = 24;
const RATIO = 2;

export interface IconImage {
  id: string;
  data: ImageData;
}

export function drawIcon(kind: Kind, status: Status): ImageData | null {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE * RATIO;
  canvas.height = SIZE * RATIO;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const symbol = KIND_SYMBOL[kind];
  const paint = symbolPaint(status);
  ctx.scale(RATIO, RATIO);
  const shape = new Path2D(symbol.shape);
  ctx.fillStyle = paint.fill;
  ctx.fill(shape);
  ctx.lineWidth = paint.dashed ? 2.2 : 1.6;
  ctx.strokeStyle = paint.stroke;
  if (paint.dashed) ctx.setLineDash([3, 2]);
  ctx.stroke(shape);
  // A dark outer hairline keeps white-on-colour icons readable on pale land.
  if (!paint.dashed) {
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.stroke(shape);
  }
  ctx.setLineDash([]);
  if (symbol.glyph) {
    ctx.lineWidth = 1.8;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = paint.glyph;
    ctx.stroke(new Path2D(symbol.glyph));
  }
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

export function allIcons(): IconImage[] {
  const out: IconImage[] = [];
  for (const kind of KINDS) {
    if (kind === 'corridor') continue;
    for (const status of STATUSES) {
      const data = drawIcon(kind, status);
      if (data) out.push({ id: iconId(kind, status), data });
    }
  }
  return out;
}

export const ICON_PIXEL_RATIO = RATIO;

function drawRing(fill: string, stroke: string): ImageData | null {
  const canvas = document.createElement('canvas');
  const px = 36 * RATIO;
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(RATIO, RATIO);
  ctx.beginPath();
  ctx.arc(18, 18, 16, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/** The disc behind a cluster's count: dark, with a white rim, so the white count reads on it. */
export function clusterIcon(): IconImage[] {
  const disc = drawRing('#37474f', '#ffffff');
  return disc ? [{ id: 'cluster', data: disc }] : [];
}

/** Rings drawn under the selected and the hovered icon. */
export function haloIcons(): IconImage[] {
  const out: IconImage[] = [];
  const selected = drawRing('rgba(255,212,0,0.55)', '#1a1a1a');
  const hover = drawRing('rgba(255,212,0,0.3)', 'rgba(26,26,26,0.6)');
  if (selected) out.push({ id: 'halo-selected', data: selected });
  if (hover) out.push({ id: 'halo-hover', data: hover });
  return out;
}
