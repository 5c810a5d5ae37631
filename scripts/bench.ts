// `npm run bench`: builds the app and a bare MapLibre page (bench/bare), serves both with Vite's preview server,
// and measures in headless Chromium: gzip sizes, the time to the first fully drawn map (app vs bare), the
// year-filter latency on the real data and on generated stress data, and JS heap growth over repeated sweeps.
// Progress goes to stderr, the table (Markdown) to stdout, everything to bench/results.json.
// Options: --loads N (default 5), --sizes 10000,50000,… (default 10k, 50k, 100k), --window N (stress keys, default
// 15), --heap-sweeps N (default 10), --no-build. The defaults take about 3 minutes on an idle 2-core machine.
// README.md § Benchmark says what each figure means.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { launchBrowser } from './bench/browser';
import { measureLoads, measureRealYear, measureStress } from './bench/measure';
import { webglRenderer } from './bench/probes';
import { BUDGET } from './bench/results';
import type { BenchResults, LatencyStats, StressResult, Verdict } from './bench/results';
import { APP_DIST, buildApp, buildBare, ROOT, serveBare } from './bench/serve';
import { serveApp } from './browser/serve';
import { measureSizes } from './bench/sizes';
import { crossingPoint } from './bench/stats';
import { renderTable } from './bench/table';

const { values: opts } = parseArgs({
  options: {
    loads: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '10000,50000,100000' },
    window: { type: 'string', default: '15' },
    'heap-sweeps': { type: 'string', default: '10' },
    'no-build': { type: 'boolean', default: false },
  },
});
const LOADS = Math.max(1, Number(opts.loads) || 5);
const STRESS_SIZES = String(opts.sizes)
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const WINDOW = Math.max(1, Number(opts.window) || 15);
const HEAP_SWEEPS = Math.max(1, Number(opts['heap-sweeps']) || 10);

const started = performance.now();
const log = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );

/** Frame over floor, median and p95, for a measured row. */
export function floorRatios(s: StressResult): { median: number; p95: number } | null {
  if (!s.latency || !s.floor) return null;
  return { median: s.latency.frame.median / s.floor.median, p95: s.latency.frame.p95 / s.floor.p95 };
}

function verdicts(r: Omit<BenchResults, 'budgets' | 'seconds'>): Verdict[] {
  const at10k = r.stress.find((s) => s.generated === 10_000);
  const ratios = at10k ? floorRatios(at10k) : null;
  const mb = (b: number) => `${b >= 0 ? '+' : ''}${(b / 1e6).toFixed(2)} MB`;
  const limit = BUDGET.filterRatioAt10k;
  const usable = r.stress
    .filter((s) => s.generated >= 50_000)
    .map((s): Verdict => ({
      budget: `${s.generated.toLocaleString('en')} generated features load, filter and draw each key`,
      measured: s.latency
        ? `drawn after ${(s.load?.idle ?? 0).toFixed(0)} ms; ${s.latency.n} keys, first frame ${s.latency.frame.median.toFixed(0)} / ${s.latency.frame.p95.toFixed(0)} ms`
        : (s.error ?? 'not measured'),
      pass: s.latency !== null && s.error === null,
    }));
  return [
    {
      budget: `time-to-idle app / bare ≤ ${BUDGET.loadRatio}`,
      measured: `${r.load.ratio.toFixed(2)} (${r.load.app.idle.median.toFixed(0)} / ${r.load.bare.idle.median.toFixed(0)} ms)`,
      pass: r.load.ratio <= BUDGET.loadRatio,
    },
    {
      budget: `year filter at 10k generated features: keydown → first frame ≤ ${limit} × the repaint floor (median and p95)`,
      measured: ratios
        ? `${ratios.median.toFixed(2)} × / ${ratios.p95.toFixed(2)} × (${at10k?.latency?.frame.median.toFixed(0)} / ${at10k?.latency?.frame.p95.toFixed(0)} ms over ${at10k?.floor?.median.toFixed(0)} / ${at10k?.floor?.p95.toFixed(0)} ms)`
        : (at10k?.error ?? 'not measured'),
      pass: ratios ? ratios.median <= limit && ratios.p95 <= limit : null,
    },
    ...usable,
    {
      budget: `JS heap growth < ${BUDGET.heapGrowthBytes / 1e6} MB over ${r.heap.sweeps} full sweeps`,
      measured: mb(r.heap.growth),
      pass: r.heap.growth < BUDGET.heapGrowthBytes,
    },
  ];
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  if (!opts['no-build']) {
    log('building the app (vite build → dist/)');
    await buildApp();
    log('building the bare MapLibre page (bench/bare → bench/.bare-dist/)');
    await buildBare();
  }
  const sizes = measureSizes(APP_DIST, join(ROOT, 'public', 'basemap'));
  log(`sizes: initial JS ${(sizes.initialJs.gzip / 1000).toFixed(1)} kB gzip`);
  log(`sizes: first-view geodata ${((sizes.firstViewGeodata?.gzip ?? 0) / 1000).toFixed(1)} kB gzip`);

  const app = await serveApp();
  const bare = await serveBare();
  const browser = await launchBrowser();
  try {
    log(`serving the app at ${app.url} and the bare page at ${bare.url}`);
    const blank = await browser.newPage();
    const webgl = await blank.evaluate(webglRenderer);
    await blank.close();

    const load = await measureLoads(browser, app.url, bare.url, LOADS, log);
    const { year, heap } = await measureRealYear(browser, app.url, HEAP_SWEEPS, log);
    const stress: StressResult[] = [];
    for (const n of [0, ...STRESS_SIZES]) stress.push(await measureStress(browser, app.url, n, WINDOW, log));

    const points = (f: (l: LatencyStats) => number) =>
      stress.flatMap((s) => (s.latency && s.loaded ? [{ features: s.loaded, value: f(s.latency) }] : []));
    const partial: Omit<BenchResults, 'budgets' | 'seconds'> = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        webgl,
        loadAverage: { start: loadBefore, end: loadavg()[0] ?? 0 },
      },
      options: { loads: LOADS, stressSizes: STRESS_SIZES, window: WINDOW, heapSweeps: HEAP_SWEEPS },
      sizes,
      load,
      year,
      stress,
      oneFrame: {
        frame: crossingPoint(
          points((l) => l.frame.p95),
          BUDGET.frameMs,
        ),
        setFilter: crossingPoint(
          points((l) => l.setFilter.p95),
          BUDGET.frameMs,
        ),
      },
      heap,
    };
    const results: BenchResults = {
      ...partial,
      budgets: verdicts(partial),
      seconds: (performance.now() - started) / 1000,
    };
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    // Formatted as `npm run lint` (prettier --check .) expects, so the committed file stays lint-clean.
    const file = join(ROOT, 'bench', 'results.json');
    const prettierOptions = (await resolveConfig(file)) ?? {};
    writeFileSync(file, await format(JSON.stringify(results), { ...prettierOptions, parser: 'json' }));
    log(`done in ${results.seconds.toFixed(0)} s; wrote bench/results.json`);
    process.stdout.write(renderTable(results));
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
