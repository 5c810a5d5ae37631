// Gzip sizes of the build: every JS/CSS chunk, the initial JS (what runs before the lazy map chunk) and every
// geodata file. zlib level 9 (`gzip -9`), the best a static host can pre-compress to.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 9;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function sizeOf(path: string, label = basename(path)): FileSize {
  const data = readFileSync(path);
  return { file: label, raw: data.length, gzip: gzipSync(data, { level: GZIP_LEVEL }).length };
}

const list = (dir: string, ext: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext) && statSync(join(dir, f)).isFile())
    .sort();

/** The relative chunk names a built ES module imports statically (`import ... from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  // Static imports only: a dynamic import( … ) is preceded by "(" and not matched.
  const pattern = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const m of code.matchAll(pattern)) if (m[1]) found.add(basename(m[1]));
  return [...found];
}

/** Chunk names reachable from `start` through static imports, `start` included. */
function staticClosure(distDir: string, start: string[]): Set<string> {
  const seen = new Set<string>();
  const names = start.map((u) => basename(u));
  while (names.length) {
    const name = names.shift();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    names.push(...staticImports(readFileSync(join(distDir, 'assets', name), 'utf8')));
  }
  return seen;
}

const attrs = (html: string, pattern: RegExp): string[] =>
  [...html.matchAll(pattern)].map((m) => m[1]).filter((v): v is string => Boolean(v));

/**
 * The JS that runs before anything lazy: index.html's module scripts plus, transitively, every chunk they import
 * statically (Vite's modulepreloads of those are part of it).
 */
export function initialJs(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...staticClosure(distDir, attrs(html, /<script[^>]*type="module"[^>]*src="([^"]+)"/g))].sort();
}

/**
 * Lazy chunks that index.html preloads (`<link rel="modulepreload">` beyond the initial JS): fetched and compiled
 * from the start, in parallel with the entry, but run only when the app imports them.
 */
export function preloadedJs(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = new Set(initialJs(distDir));
  const preloads = staticClosure(distDir, attrs(html, /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g));
  return [...preloads].filter((f) => !initial.has(f)).sort();
}

export interface SizeReport {
  gzipLevel: number;
  chunks: FileSize[];
  initialJs: { files: string[]; raw: number; gzip: number };
  lazyJs: { files: string[]; raw: number; gzip: number };
  /** The lazy chunks that index.html preloads (a subset of lazyJs). */
  preloadedJs: string[];
  geodata: FileSize[];
  /** The geodata the first view loads: every geodata file but the ones fetched only on zooming in (LAZY_GEODATA). */
  firstViewGeodata?: { files: string[]; raw: number; gzip: number };
}

/** Fetched only when the map first reaches zoom 7 (src/map/basemap-detail.ts). */
export const LAZY_GEODATA = ['basemap/region-detail.geojson'];

export function measureSizes(distDir: string, publicBasemapDir: string): SizeReport {
  const assets = join(distDir, 'assets');
  const chunks = [...list(assets, '.js'), ...list(assets, '.css')].map((f) => sizeOf(join(assets, f)));
  const initial = initialJs(distDir);
  const sum = (files: FileSize[]) => ({
    files: files.map((f) => f.file),
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  });
  const js = chunks.filter((c) => c.file.endsWith('.js'));
  const geodata = [
    ...list(assets, '.geojson').map((f) => sizeOf(join(assets, f), `assets/${f}`)),
    ...list(publicBasemapDir, '.geojson').map((f) => sizeOf(join(publicBasemapDir, f), `basemap/${f}`)),
  ];
  return {
    gzipLevel: GZIP_LEVEL,
    chunks,
    initialJs: sum(js.filter((c) => initial.includes(c.file))),
    lazyJs: sum(js.filter((c) => !initial.includes(c.file))),
    preloadedJs: preloadedJs(distDir),
    geodata,
    firstViewGeodata: sum(geodata.filter((g) => !LAZY_GEODATA.includes(g.file))),
  };
}
