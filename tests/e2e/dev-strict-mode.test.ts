// The dev server runs React's StrictMode, which mounts, unmounts and remounts the map. Exactly one live map must
// remain, in its own container, and the header must stay on top (a shared container once let the canvas cover it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { isOnTop, launch, mapsCreated, waitForMapIdle } from './driver';
import type { AppSession } from './driver';

describe('the map under React StrictMode (dev server)', () => {
  let server: ViteDevServer;
  let s: AppSession;
  let url: string;
  beforeAll(async () => {
    // Vite's preview in the global setup marks the process as production; the dev server needs development React.
    process.env.NODE_ENV = 'development';
    const { createServer } = await import('vite');
    server = await createServer({
      root: join(import.meta.dirname, '..', '..'),
      logLevel: 'error',
      server: { port: 5390, strictPort: false },
      mode: 'development',
    });
    await server.listen();
    url = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
    s = await launch(url);
    await s.page.goto(url + '/');
    await waitForMapIdle(s.page, 90_000);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('runs React in development mode, so StrictMode double-mounts', async () => {
    expect(await mapsCreated(s.page)).toBe(2);
  });

  it('leaves exactly one map container and one canvas', async () => {
    await expect(s.page.locator('.maplibregl-map').count()).resolves.toBe(1);
    await expect(s.page.locator('.map-region canvas.maplibregl-canvas').count()).resolves.toBe(1);
  });

  it('keeps the header above the map', async () => {
    expect(await isOnTop(s.page.getByRole('banner')), 'the header is drawn over the map').toBe(true);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
