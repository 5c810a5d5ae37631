// Renders bench/results.json as the Markdown table `npm run bench` prints (and README.md § Benchmark quotes).
import type { BenchResults, FloorStats, LatencyStats, LoadStats, StressResult } from './results';
import type { Crossing } from './stats';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(0);
const MB = (bytes: number) => (bytes / 1e6).toFixed(2);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** What a chunk is, by its Vite chunk name. */
function role(file: string, initial: string[], preloaded: string[]): string {
  if (file.endsWith('.css')) return file.startsWith('maplibre') ? 'CSS, lazy (map)' : 'CSS, initial';
  if (initial.includes(file)) return 'JS, initial';
  if (file.startsWith('maplibre-gl-worker')) return 'JS, web worker';
  return preloaded.includes(file) ? 'JS, lazy (map), preloaded' : 'JS, lazy (map)';
}

const isThirdParty = (file: string) => /^(maplibre|react|uplot|intl)-/.test(file);

function latencyCells(l: LatencyStats | null): string[] {
  if (!l) return ['–', '–', '–'];
  return [
    `${ms(l.setFilter.median)} / ${ms(l.setFilter.p95)}`,
    `${ms(l.frame.median)} / ${ms(l.frame.p95)} / ${ms(l.frame.max)}`,
    `${ms(l.settled.median)} / ${ms(l.settled.p95)}`,
  ];
}

const ratio = (v: number) => `${v.toFixed(2)} ×`;

/** Repaint floor median / p95, and first frame over it (median over median, p95 over p95). */
function floorCells(l: LatencyStats | null, f: FloorStats | null): string[] {
  if (!l || !f) return ['–', '–'];
  return [
    `${ms(f.median)} / ${ms(f.p95)}`,
    `**${ratio(l.frame.median / f.median)}** / **${ratio(l.frame.p95 / f.p95)}**`,
  ];
}

function stressRow(s: StressResult): string[] {
  const name = s.generated === 0 ? 'real data' : `${s.generated.toLocaleString('en')} generated`;
  const features = s.loaded === null ? '–' : s.loaded.toLocaleString('en');
  const cells = latencyCells(s.latency);
  return [
    name,
    features,
    ms(s.load?.idle),
    s.latency ? String(s.latency.n) : '–',
    ...cells,
    ...floorCells(s.latency, s.floor),
    s.error ? `fails: ${s.error.slice(0, 160)}` : '',
  ];
}

export function describeCrossing(c: Crossing | null, limit: number): string {
  if (!c) return 'not measured';
  if (c.kind === 'below-all')
    return `none: already ${ms(c.smallest.value)} ms at the smallest measured size (${c.smallest.features.toLocaleString('en')} features)`;
  if (c.kind === 'above-all')
    return `at least ${c.largest.features.toLocaleString('en')} (${ms(c.largest.value)} ms at the largest size that loaded)`;
  return `≈ ${c.features.toLocaleString('en')} features (log-interpolated between ${c.lower.features.toLocaleString('en')} at ${ms(c.lower.value)} ms and ${c.upper.features.toLocaleString('en')} at ${ms(c.upper.value)} ms; limit ${limit} ms)`;
}

export function renderTable(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Benchmark of ${r.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ` +
      `Chromium ${m.chromium} headless, WebGL: ${m.webgl}; 1-min load average ${m.loadAverage.start.toFixed(1)} at the start, ` +
      `${m.loadAverage.end.toFixed(1)} at the end; ${r.seconds.toFixed(0)} s in all. Sizes: kB = 1000 bytes, gzip = zlib level ${r.sizes.gzipLevel}.`,
    '',
  );

  const s = r.sizes;
  const initial = s.initialJs.files;
  const own = s.chunks.filter((c) => c.file.endsWith('.js') && !isThirdParty(c.file));
  out.push('**Bundle (dist/assets)**', '');
  out.push(
    table(
      ['chunk', 'loads', 'raw kB', 'gzip kB'],
      [
        ...s.chunks.map((c) => [c.file, role(c.file, initial, s.preloadedJs ?? []), kB(c.raw), kB(c.gzip)]),
        [
          '**initial JS** (entry + static imports)',
          initial.join(', '),
          kB(s.initialJs.raw),
          `**${kB(s.initialJs.gzip)}**`,
        ],
        [
          "**first view's JS** (initial, React aside; budget 60 kB)",
          initial.filter((f) => !f.startsWith('react-')).join(', '),
          kB(
            s.chunks
              .filter((c) => initial.includes(c.file) && !c.file.startsWith('react-'))
              .reduce((n, c) => n + c.raw, 0),
          ),
          `**${kB(s.chunks.filter((c) => initial.includes(c.file) && !c.file.startsWith('react-')).reduce((n, c) => n + c.gzip, 0))}**`,
        ],
        [
          '**lazy JS** (map, data loader, tools, catalogues, worker)',
          s.lazyJs.files.join(', '),
          kB(s.lazyJs.raw),
          kB(s.lazyJs.gzip),
        ],
        [
          "**app's own JS** (all but maplibre-*, react-*, uplot-*, intl-*)",
          own.map((c) => c.file).join(', '),
          kB(own.reduce((n, c) => n + c.raw, 0)),
          kB(own.reduce((n, c) => n + c.gzip, 0)),
        ],
      ],
    ),
    '',
  );
  if ((s.preloadedJs ?? []).length > 0)
    out.push(
      `Preloaded lazy JS (index.html's modulepreload links: fetched and compiled from the start, in parallel with ` +
        `the entry, but run only when the map is created): ${(s.preloadedJs ?? []).join(', ')}.`,
      '',
    );
  out.push('**Geodata**', '');
  out.push(
    table(
      ['file', 'raw kB', 'gzip kB'],
      [
        ...s.geodata.map((g) => [g.file, kB(g.raw), kB(g.gzip)]),
        ...(s.firstViewGeodata
          ? [
              [
                '**first view** (all but the zoom-7 detail)',
                kB(s.firstViewGeodata.raw),
                `**${kB(s.firstViewGeodata.gzip)}**`,
              ],
            ]
          : []),
      ],
    ),
    '',
  );

  const l = r.load;
  out.push(
    `**Time to the first full \`idle\`** (navigation start → first map \`idle\` with the data drawn; median of ${r.options.loads} fresh contexts, map ${l.canvas ? `${l.canvas.width}×${l.canvas.height}` : '?'} px for both)`,
    '',
  );
  const loadRow = (name: string, p: LoadStats) => [
    name,
    ms(p.fcp),
    ms(p.mapCreated),
    ms(p.styleLoaded),
    ms(p.dataSet),
    `**${ms(p.idle.median)}**`,
    `${ms(p.idle.min)}–${ms(p.idle.max)}`,
  ];
  out.push(
    table(
      [
        'page',
        'first paint',
        'map created',
        'map `load`',
        'data handed to the map',
        'first full idle',
        'idle min–max',
      ],
      [
        loadRow('app', l.app),
        loadRow('bare MapLibre', l.bare),
        ['**ratio app / bare**', '', '', '', '', `**${l.ratio.toFixed(2)}**`, ''],
      ],
    ),
    '',
    'All in ms from navigation start, medians.',
    '',
  );

  const y = r.year;
  out.push(
    `**Year filter** (ms; keydown → setFilter median / p95; keydown → first frame showing the filtered set median / p95 / max; keydown → settled idle median / p95; the repaint floor, one idle-map repaint timed on the same page before each key, median / p95; first frame over floor, median over median and p95 over p95). Idle-map repaint on the real data after load: median ${ms(y.repaint.median)} ms, p95 ${ms(y.repaint.p95)} ms.`,
    '',
  );
  out.push(
    table(
      [
        'dataset',
        'features',
        'load → idle ms',
        'keys',
        'keydown → setFilter',
        'keydown → first frame',
        'keydown → settled',
        'repaint floor',
        'first frame / floor',
        'note',
      ],
      [
        [
          'real data, full sweep',
          y.features === null ? '–' : String(y.features),
          '',
          String(y.sweep.n),
          ...latencyCells(y.sweep),
          ...floorCells(y.sweep, y.floor ?? null),
          `Home + ArrowRight × ${y.range.max - y.range.min} (${y.range.min}–${y.range.max})`,
        ],
        ...r.stress.map(stressRow),
      ],
    ),
    '',
  );
  out.push(
    `Stress rows: End, then ${r.options.window} × ArrowLeft from the last year, each drawn before the next.`,
    `Largest dataset whose filter change reaches the screen within one ${16} ms frame (p95): ${describeCrossing(r.oneFrame.frame, 16)}.`,
    `Largest dataset whose main-thread part (keydown → setFilter) stays within ${16} ms (p95): ${describeCrossing(r.oneFrame.setFilter, 16)}.`,
    '',
  );

  const h = r.heap;
  out.push(
    `**JS heap** (main thread, after 2 × forced GC; ${h.sweeps} full sweeps of ${h.keysPerSweep} keys in ${h.seconds.toFixed(0)} s)`,
    '',
  );
  out.push(
    table(
      ['after load MB', 'before sweeps MB', `after ${h.sweeps} sweeps MB`, 'growth MB'],
      [[MB(h.afterLoad), MB(h.before), MB(h.after), `**${h.growth >= 0 ? '+' : ''}${MB(h.growth)}**`]],
    ),
    '',
  );

  out.push('**Budgets**', '');
  out.push(
    table(
      ['budget', 'measured', 'verdict'],
      r.budgets.map((b) => [
        b.budget,
        b.measured,
        b.pass === null ? 'not measured' : b.pass ? 'PASS' : '**FAIL**',
      ]),
    ),
    '',
  );
  return `${out.join('\n')}\n`;
}
