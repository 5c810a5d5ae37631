// The benchmark's measurements, each on fresh browser contexts: page loads (app vs bare), the year filter on the
// real data with the heap sweeps, and the year filter on one generated stress dataset.
import type { Browser } from '../browser/launch';
import {
  freshPage,
  fullSweep,
  heapUsed,
  loadedFeatureCount,
  loadOnce,
  prepareSlider,
  pressAndMeasure,
  pressPipelined,
  pressUnmeasured,
  waitForLoad,
} from './browser';
import type { RouteBody } from './browser';
import { repaintCosts } from './probes';
import type { LoadMarks, YearSample } from './probes';
import type {
  FloorStats,
  HeapResult,
  LatencyStats,
  LoadResult,
  LoadStats,
  RealYearResult,
  StressResult,
} from './results';
import { median, percentile } from './stats';
import { generateStressCollection } from './stress-data';

export type Log = (message: string) => void;

/** The geo file the stress data replaces (the other files keep their real features). */
export const STRESS_TARGET = {
  file: 'hubs-and-ports.geojson',
  pattern: '**/assets/hubs-and-ports-*.geojson',
};

export function latency(samples: YearSample[]): LatencyStats {
  const pick = (f: (s: YearSample) => number) => samples.map(f);
  const stats = (values: number[]) => ({
    median: median(values),
    p95: percentile(values, 95),
    max: Math.max(...values),
  });
  return {
    n: samples.length,
    setFilter: stats(pick((s) => s.toSetFilter)),
    frame: stats(pick((s) => s.toFrame)),
    settled: stats(pick((s) => s.toSettled)),
  };
}

/** The idle-map repaints timed before each key (median, p95). */
export function floorStats(costs: number[]): FloorStats {
  return { n: costs.length, median: median(costs), p95: percentile(costs, 95) };
}

function loadStats(runs: LoadMarks[]): LoadStats {
  const idle = runs.map((r) => r.idle ?? Number.NaN);
  return {
    runs,
    idle: { median: median(idle), min: Math.min(...idle), max: Math.max(...idle) },
    fcp: median(runs.map((r) => r.fcp ?? Number.NaN)),
    mapCreated: median(runs.map((r) => r.mapCreated ?? Number.NaN)),
    styleLoaded: median(runs.map((r) => r.styleLoaded ?? Number.NaN)),
    dataSet: median(runs.map((r) => r.dataSet ?? Number.NaN)),
  };
}

/**
 * Navigation start → first full idle, `loads` times for each page, alternating app and bare so drift in the
 * machine's load hits both alike. A first, unmeasured load of each warms the OS file cache and gives the app's
 * map size, which the bare page is then given (?w=&h=) so both rasterise the same area.
 */
export async function measureLoads(
  browser: Browser,
  appUrl: string,
  bareBase: string,
  loads: number,
  log: Log,
): Promise<LoadResult> {
  log('time to the first full idle: a warm-up load of each page');
  const warm = await loadOnce(browser, `${appUrl}/`);
  const canvas = warm.canvas;
  const bareUrl = canvas ? `${bareBase}/?w=${canvas.width}&h=${canvas.height}` : `${bareBase}/`;
  await loadOnce(browser, bareUrl);
  const app: LoadMarks[] = [];
  const bare: LoadMarks[] = [];
  for (let i = 0; i < loads; i++) {
    const a = await loadOnce(browser, `${appUrl}/`);
    const b = await loadOnce(browser, bareUrl);
    app.push(a);
    bare.push(b);
    log(`  load ${i + 1}/${loads}: app ${a.idle?.toFixed(0)} ms, bare ${b.idle?.toFixed(0)} ms`);
  }
  const appStats = loadStats(app);
  const bareStats = loadStats(bare);
  return { app: appStats, bare: bareStats, ratio: appStats.idle.median / bareStats.idle.median, canvas };
}

/**
 * On the real data: the idle-map repaint floor, the heap after load, one measured full sweep (Home, ArrowRight
 * to the end, each key drawn and settled before the next), the heap, `heapSweeps` more full sweeps with the keys
 * sent back to back, and the heap again.
 */
export async function measureRealYear(
  browser: Browser,
  appUrl: string,
  heapSweeps: number,
  log: Log,
): Promise<{ year: RealYearResult; heap: HeapResult }> {
  log('year filter on the real data: one measured full sweep, then the heap sweeps');
  const bp = await freshPage(browser);
  try {
    await bp.page.goto(`${appUrl}/`);
    await waitForLoad(bp, 60_000);
    const features = await loadedFeatureCount(bp.page);
    const repaint = await bp.page.evaluate(repaintCosts, 15);
    const afterLoad = await heapUsed(bp.page);
    const range = await prepareSlider(bp.page, 60_000);
    const keys = fullSweep(range.min, range.max);
    log(`  measured sweep: ${keys.length} keys over ${range.min}–${range.max}`);
    const floor: number[] = [];
    const samples = await pressAndMeasure(
      bp.page,
      keys,
      60_000,
      (done) => {
        if (done % 50 === 0) log(`    ${done}/${keys.length}`);
      },
      floor,
    );
    const before = await heapUsed(bp.page);
    const t0 = performance.now();
    for (let i = 0; i < heapSweeps; i++) {
      const end = await pressPipelined(bp.page, keys);
      if (end !== range.max) throw new Error(`heap sweep ${i + 1} ended at ${end}, not ${range.max}`);
      if ((i + 1) % 5 === 0) log(`  heap sweep ${i + 1}/${heapSweeps}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const after = await heapUsed(bp.page);
    if (bp.errors.length) throw new Error(`page errors during the sweeps: ${bp.errors.join('; ')}`);
    return {
      year: {
        range,
        features,
        sweep: latency(samples),
        repaint: { median: median(repaint), p95: percentile(repaint, 95) },
        floor: floorStats(floor),
      },
      heap: {
        afterLoad,
        before,
        after,
        growth: after - before,
        sweeps: heapSweeps,
        keysPerSweep: keys.length,
        seconds,
      },
    };
  } finally {
    await bp.close();
  }
}

/**
 * The year filter on one dataset (0 = the real data only): `generated` features in place of one geo file, then
 * End and `window` × ArrowLeft from the last year, each key drawn and settled before the next. A page error
 * (e.g. the app or MapLibre giving up on the size) ends the run and is reported.
 */
export async function measureStress(
  browser: Browser,
  appUrl: string,
  generated: number,
  window: number,
  log: Log,
): Promise<StressResult> {
  const routes: RouteBody[] = [];
  if (generated > 0) {
    const body = JSON.stringify(generateStressCollection(generated));
    routes.push({ pattern: STRESS_TARGET.pattern, body });
    log(
      `stress ${generated}: ${(body.length / 1e6).toFixed(1)} MB of GeoJSON in place of ${STRESS_TARGET.file}`,
    );
  } else log('stress baseline: the real data, same keys');
  const result: StressResult = {
    generated,
    loaded: null,
    load: null,
    keys: `End, ${window} × ArrowLeft`,
    latency: null,
    floor: null,
    error: null,
  };
  const bp = await freshPage(browser, routes);
  try {
    await bp.page.goto(`${appUrl}/`);
    result.load = await waitForLoad(bp, 300_000);
    result.loaded = await loadedFeatureCount(bp.page);
    log(`  drawn after ${result.load.idle?.toFixed(0)} ms with ${result.loaded} features`);
    await prepareSlider(bp.page, 240_000);
    // Unchecking "All years" leaves the slider on its last year; End makes that explicit and is not measured.
    await pressUnmeasured(bp.page, ['End']);
    const keys = Array.from({ length: window }, () => 'ArrowLeft');
    const floor: number[] = [];
    const samples = await pressAndMeasure(bp.page, keys, 240_000, undefined, floor);
    if (bp.errors.length) throw new Error(bp.errors.join('; '));
    result.latency = latency(samples);
    result.floor = floorStats(floor);
    const { frame } = result.latency;
    log(
      `  first frame median ${frame.median.toFixed(0)} ms, p95 ${frame.p95.toFixed(0)} ms; repaint floor ` +
        `${result.floor.median.toFixed(0)} / ${result.floor.p95.toFixed(0)} ms (ratios ` +
        `${(frame.median / result.floor.median).toFixed(2)} / ${(frame.p95 / result.floor.p95).toFixed(2)})`,
    );
  } catch (error) {
    result.error = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'error';
    log(`  failed: ${result.error}`);
  } finally {
    await bp.close();
  }
  return result;
}
