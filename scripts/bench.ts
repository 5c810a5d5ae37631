// `npm run bench`: builds the app and a bare MapLibre page (bench/bare), serves both with Vite's preview server,
// and measures in headless Chromium: gzip sizes, the time to the first fully drawn map (app vs bare), the
// year-filter latency on the real data and on generated stress data, and JS heap growth over repeated sweeps.
// Progress goes to stderr, the table (Markdown) to stdout, everything to bench/results.json.
// Options: --loads N (default 7), --sizes 1000,10000,… , --window N (stress keys), --heap-sweeps N, --no-build.
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
import { APP_DIST, buildApp, buildBare, ROOT, serveApp, serveBare } from './bench/serve';
import { measureSizes } from './bench/sizes';
import { crossingPoint } from './bench/stats';
import { renderTable } from './bench/table';

const { values: opts } = parseArgs({
  options: {
    loads: { type: 'string', default: '7' },
    sizes: { type: 'string', default: '1000,5000,10000,20000,50000,100000' },
    window: { type: 'string', default: '20' },
    'heap-sweeps': { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
  },
});
const LOADS = Math.max(1, Number(opts.loads) || 7);
const STRESS_SIZES = String(opts.sizes)
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const WINDOW = Math.max(1, Number(opts.window) || 20);
const HEAP_SWEEPS = Math.max(1, Number(opts['heap-sweeps']) || 20);

const started = performance.now();
const log = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );

function verdicts(r: Omit<BenchResults, 'budgets' | 'seconds'>): Verdict[] {
  const at10k = r.stress.find((s) => s.generated === 10_000);
  const p95 = at10k?.latency?.frame.p95;
  const mb = (b: number) => `${b >= 0 ? '+' : ''}${(b / 1e6).toFixed(2)} MB`;
  return [
    {
      budget: `time-to-idle app / bare ≤ ${BUDGET.loadRatio}`,
      measured: `${r.load.ratio.toFixed(2)} (${r.load.app.idle.median.toFixed(0)} / ${r.load.bare.idle.median.toFixed(0)} ms)`,
      pass: r.load.ratio <= BUDGET.loadRatio,
    },
    {
      budget: `year-filter p95 (keydown → first frame) ≤ ${BUDGET.filterP95At10kMs} ms at 10k generated features`,
      measured: p95 === undefined ? (at10k?.error ?? 'not measured') : `${p95.toFixed(0)} ms`,
      pass: p95 === undefined ? null : p95 <= BUDGET.filterP95At10kMs,
    },
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
