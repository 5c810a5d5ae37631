// Performance budgets of the production build: how much JS and data it ships (gzip, as `npm run bench` measures
// it), and that the page shell paints while maplibre-gl is still on its way.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sizeOf } from '../../scripts/bench/sizes';
import type { FileSize } from '../../scripts/bench/sizes';
import { holdRequests, launch, mapCanvas, mapExists, mapRegion, waitForMapIdle } from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');
const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** SI units, as the bench prints them. */
// Raised from 60 kB on 2026-12-01 when the table, exports, Cite, embed, feed, Data quality and the new filters landed
// in the initial chunk (67.8 kB measured). Lazy-loading those panels is the follow-up that should bring it back down.
const APP_JS_BUDGET = 75_000;
const GEODATA_FILE_BUDGET = 1_000_000;

/** Third-party chunks (vite.config.ts codeSplitting groups) and MapLibre's worker; the rest is the app's own. */
const THIRD_PARTY = /^(maplibre-|react-|maplibre-gl-worker-|uplot-)/;
/** The chart library of the capacity chart, loaded lazily, has a budget of its own. */
const CHART_LIBRARY_BUDGET = 60_000;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const files = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext));
const listSizes = (sizes: FileSize[]) => sizes.map((s) => `${s.file} ${kB(s.gzip)}`).join(', ');

describe('bundle and data size budgets (gzip level 9)', () => {
  it(`keeps the app's own JS within ${kB(APP_JS_BUDGET)} gzip in total`, () => {
    const assets = join(DIST, 'assets');
    const own = files(assets, '.js')
      .filter((f) => !THIRD_PARTY.test(f))
      .map((f) => sizeOf(join(assets, f)));
    expect(own.length, 'no app chunk found in dist/assets').toBeGreaterThan(0);
    const total = own.reduce((n, s) => n + s.gzip, 0);
    expect(
      total,
      `app JS is ${kB(total)} gzip (budget ${kB(APP_JS_BUDGET)}): ${listSizes(own)}`,
    ).toBeLessThanOrEqual(APP_JS_BUDGET);
  });

  it(`keeps the lazily loaded chart library (uPlot) within ${kB(CHART_LIBRARY_BUDGET)} gzip`, () => {
    const assets = join(DIST, 'assets');
    const chart = files(assets, '.js')
      .filter((f) => f.startsWith('uplot-'))
      .map((f) => sizeOf(join(assets, f)));
    expect(chart.length, 'one uplot chunk').toBe(1);
    expect(chart[0]?.gzip ?? Infinity, listSizes(chart)).toBeLessThanOrEqual(CHART_LIBRARY_BUDGET);
  });

  it(`keeps every geodata file within ${kB(GEODATA_FILE_BUDGET)} gzip`, () => {
    const geodata = [
      ...files(join(DIST, 'assets'), '.geojson').map((f) => sizeOf(join(DIST, 'assets', f), `assets/${f}`)),
      ...files(join(DIST, 'basemap'), '.geojson').map((f) =>
        sizeOf(join(DIST, 'basemap', f), `basemap/${f}`),
      ),
    ];
    expect(geodata.length, 'no geodata found in dist/').toBeGreaterThan(0);
    const over = geodata.filter((s) => s.gzip > GEODATA_FILE_BUDGET);
    expect(
      over.map((s) => `${s.file} ${kB(s.gzip)}`),
      `geodata over ${kB(GEODATA_FILE_BUDGET)} gzip (all files: ${listSizes(geodata)})`,
    ).toEqual([]);
  });
});

describe('the page shell paints before maplibre-gl has loaded', () => {
  let s: AppSession;
  let gate: Awaited<ReturnType<typeof holdRequests>>;

  beforeAll(async () => {
    s = await launch(baseUrl);
    gate = await holdRequests(s.page, /\/assets\/maplibre-[^/]*\.js(\?.*)?$/);
    await s.page.goto(`${baseUrl}/`);
  });
  afterAll(async () => {
    gate?.release();
    await s?.close();
  });

  it('asks for the maplibre chunk, which the test holds back', async () => {
    await expect.poll(() => gate.held.length, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('shows the heading and the Features list meanwhile', async () => {
    await s.page.getByRole('heading', { name: 'Border Logistics Map' }).waitFor({ state: 'visible' });
    await s.page
      .getByRole('list', { name: 'Features' })
      .getByRole('button')
      .first()
      .waitFor({ state: 'visible' });
    await expect(mapExists(s.page), 'no map created yet').resolves.toBe(false);
  });

  it('keeps the map region in its loading state meanwhile', async () => {
    const region = mapRegion(s.page);
    await region.waitFor({ state: 'visible' });
    await expect(region.locator('canvas').count(), 'no map canvas before maplibre-gl').resolves.toBe(0);
    await expect(region.getByRole('alert').count(), 'no error shown while loading').resolves.toBe(0);
    // Whatever status the region shows (e.g. "Loading data…") must say it is loading.
    const statuses = await region.getByRole('status').allInnerTexts();
    for (const text of statuses) expect(text).toMatch(/loading/i);
    expect(gate.held.length, 'the maplibre chunk is still held').toBeGreaterThan(0);
  });

  it('draws the map once the chunk is released', async () => {
    gate.release();
    await waitForMapIdle(s.page);
    await expect(mapCanvas(s.page).count()).resolves.toBe(1);
    expect(s.consoleErrors).toEqual([]);
  });
});
