// Builds the production app and the bare MapLibre page with Vite's build API and serves each with Vite's preview
// server on a free localhost port.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build, preview } from 'vite';

export const ROOT = join(import.meta.dirname, '..', '..');
export const APP_DIST = join(ROOT, 'dist');
export const BARE_ROOT = join(ROOT, 'bench', 'bare');
export const BARE_DIST = join(ROOT, 'bench', '.bare-dist');

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

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

async function serve(config: Parameters<typeof preview>[0]): Promise<Served> {
  const port = await freePort();
  const server = await preview({
    ...config,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

export const serveApp = (): Promise<Served> => serve({ root: ROOT });

export const serveBare = (): Promise<Served> =>
  serve({ configFile: false, root: BARE_ROOT, build: { outDir: BARE_DIST } });
