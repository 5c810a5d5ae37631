// The picture for an article: the map as drawn, at 1× or 2×, with title, year, legend, scale bar, attribution
// and date composed around it on a 2D canvas. Made in the browser; nothing is uploaded.
import type * as maplibregl from 'maplibre-gl';
import type { PictureCaptions } from '../domain/picture';
import { metresPerPixel, scaleBar } from '../domain/picture';

const FONT = "'Noto Sans', system-ui, sans-serif";

/** Waits for the map's next `idle`, or at most `ms` (a map that never settles still gets captured). */
function idle(map: maplibregl.Map, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Copies the WebGL canvas inside a `render` event, before the browser presents and clears the frame (the map is
 * created without preserveDrawingBuffer, which would slow every frame).
 */
function copyOnRender(map: maplibregl.Map): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map at `scale` device pixels per CSS pixel (the map is redrawn at that ratio, then set back). */
export async function captureMap(map: maplibregl.Map, scale: number): Promise<HTMLCanvasElement> {
  const original = map.getPixelRatio();
  if (original !== scale) {
    map.setPixelRatio(scale);
    await idle(map, 8000);
  }
  try {
    return await copyOnRender(map);
  } finally {
    if (original !== scale) map.setPixelRatio(original);
  }
}

/** Words wrapped to `width` pixels in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ComposeInput {
  map: HTMLCanvasElement;
  /** Device pixels per CSS pixel of `map`. */
  scale: number;
  captions: PictureCaptions;
  /** Metres per CSS pixel at the centre of the view. */
  metresPerPx: number;
}

/** Title band above the map, scale bar on it, legend, attribution and date below it. */
export function composePicture({ map, scale, captions, metresPerPx }: ComposeInput): HTMLCanvasElement {
  const s = scale;
  const width = map.width;
  const pad = 12 * s;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  measure.font = `${11 * s}px ${FONT}`;
  const footLines = [
    ...wrap(measure, `${captions.mapData} ${captions.attribution}`, width - 2 * pad),
    ...wrap(measure, captions.footer, width - 2 * pad),
  ];
  const headerH = 54 * s;
  const legendH = 24 * s;
  const footerH = legendH + footLines.length * 15 * s + pad * 1.5;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = headerH + map.height + footerH;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.fillStyle = '#14324f';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${17 * s}px ${FONT}`;
  ctx.fillText(captions.title, pad, 22 * s, width - 2 * pad);
  ctx.font = `600 ${14 * s}px ${FONT}`;
  ctx.fillStyle = '#1d1d1f';
  ctx.fillText(captions.yearText, pad, 44 * s, width - 2 * pad);

  ctx.drawImage(map, 0, headerH);

  // Scale bar, bottom left on the map, on a white plate.
  const bar = scaleBar(metresPerPx, 120, captions.tr);
  const barPx = bar.px * s;
  const bx = pad;
  const by = headerH + map.height - pad;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(bx - 4 * s, by - 20 * s, barPx + 8 * s, 26 * s);
  ctx.strokeStyle = '#1d1d1f';
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(bx, by - 6 * s);
  ctx.lineTo(bx, by);
  ctx.lineTo(bx + barPx, by);
  ctx.lineTo(bx + barPx, by - 6 * s);
  ctx.stroke();
  ctx.fillStyle = '#1d1d1f';
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.fillText(bar.label, bx + 2 * s, by - 8 * s);

  // Legend of what is shown.
  let x = pad;
  const ly = headerH + map.height + 16 * s;
  ctx.font = `${12 * s}px ${FONT}`;
  for (const entry of captions.legend) {
    const text = `${entry.label} (${entry.count})`;
    const w = 14 * s + ctx.measureText(text).width + 14 * s;
    if (x + w > width - pad) break;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(x + 5 * s, ly - 4 * s, 5 * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1d1d1f';
    ctx.fillText(text, x + 14 * s, ly);
    x += w;
  }
  if (captions.legend.length === 0) ctx.fillText(captions.noFeatures, x, ly);

  ctx.font = `${11 * s}px ${FONT}`;
  ctx.fillStyle = '#555b63';
  footLines.forEach((line, i) => ctx.fillText(line, pad, headerH + map.height + legendH + (i + 1) * 15 * s));
  return canvas;
}

/** Attribution HTML as the words it shows (the picture is text on a canvas: no markup, no links). */
export function plainAttribution(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Attribution strings of the style's sources as plain text, de-duplicated. */
export function styleAttribution(map: maplibregl.Map): string {
  const seen = new Set<string>();
  for (const source of Object.values(map.getStyle().sources)) {
    const a = 'attribution' in source ? source.attribution : undefined;
    if (typeof a === 'string' && a) for (const part of a.split(' · ')) seen.add(plainAttribution(part));
  }
  return [...seen, 'MapLibre GL JS'].join(' · ');
}

export function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  );
}

/**
 * The bundled web font loads a script's glyphs only when a page first shows them (unicode-range subsets, "swap"):
 * canvas text drawn before that falls back to another font. So the captions' glyphs are loaded first.
 */
async function loadCaptionFonts(
  captions: Omit<PictureCaptions, 'attribution'>,
  scale: number,
): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return;
  const text = [captions.title, captions.yearText, captions.footer, captions.mapData, captions.noFeatures]
    .concat(captions.legend.map((e) => e.label))
    .join(' ');
  const styles = [`700 ${17 * scale}px`, `${12 * scale}px`];
  await Promise.all(styles.map((style) => fonts.load(`${style} ${FONT}`, text).catch(() => [])));
}

/** The whole picture as a PNG blob. */
export async function exportPicture(
  map: maplibregl.Map,
  scale: number,
  captions: Omit<PictureCaptions, 'attribution'>,
): Promise<Blob> {
  await loadCaptionFonts(captions, scale);
  const image = await captureMap(map, scale);
  const centre = map.getCenter();
  const canvas = composePicture({
    map: image,
    scale,
    captions: { ...captions, attribution: styleAttribution(map) },
    metresPerPx: metresPerPixel(centre.lat, map.getZoom()),
  });
  return toPngBlob(canvas);
}

/**
 * A WebGL canvas prints blank (its buffer is not kept between frames): just before printing, the map is drawn
 * synchronously and copied into an <img> that the print stylesheet shows in its place. Returns the unbinder.
 */
export function bindPrintSnapshot(map: maplibregl.Map, printAlt: () => string): () => void {
  const after = () => {
    for (const img of map.getContainer().querySelectorAll('.map-print-image')) img.remove();
  };
  const before = () => {
    after();
    try {
      map.redraw();
      const img = document.createElement('img');
      img.className = 'map-print-image';
      img.alt = printAlt();
      img.src = map.getCanvas().toDataURL('image/png');
      map.getContainer().appendChild(img);
    } catch {
      // A lost context: the print shows the rest of the page.
    }
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    after();
  };
}
