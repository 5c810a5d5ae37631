// Builds the production app and the bare MapLibre page with Vite's build API; serves the bare page (the app is
// served by scripts/browser/serve.ts, as for the screenshot scripts).
import { join } from 'node:path';
import { build } from 'vite';
import { serve } from '../browser/serve';
import type { Served } from '../browser/serve';

export const ROOT = join(import.meta.dirname, '..', '..');
export const APP_DIST = join(ROOT, 'dist');
export const BARE_ROOT = join(ROOT, 'bench', 'bare');
export const BARE_DIST = join(ROOT, 'bench', '.bare-dist');

/** `vite build` of the app, with the project's own vite.config.ts, into dist/. */
export async function buildApp(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
}

/** The bare page: its own root (bench/bare), the app's public/ (basemap), geo files kept as separate assets. */
export async function buildBare(): Promise<void> {
  await build({
    configFile: false,
    root: BARE_ROOT,
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      outDir: BARE_DIST,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    },
  });
}

export const serveBare = (): Promise<Served> =>
  serve({ configFile: false, root: BARE_ROOT, build: { outDir: BARE_DIST } });
