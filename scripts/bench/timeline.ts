// `npm run bench:timeline -- [features] [keys]` (defaults 10000, 6; build first): what happens between a Year key
// and its first frame, on the built app (dist/) with N generated features in place of one geo file (as the bench
// does): the repaint floor before each key, then the key's timeline of the app's map calls and MapLibre's events, in
// ms from the keydown (page clock). The diagnostic behind README § Benchmark's account of a step.
import { launchBrowser, freshPage, prepareSlider, waitForLoad, pressUnmeasured } from './browser';
import { serveApp } from '../browser/serve';
import { repaintCosts } from './probes';
import { generateStressCollection } from './stress-data';
import { STRESS_TARGET } from './measure';

const features = Number(process.argv[2] ?? 10_000);
const keys = Number(process.argv[3] ?? 6);

function installTimeline(): void {
  type M = {
    on(t: string, f: (e: { sourceId?: string; sourceDataType?: string; tile?: unknown }) => void): void;
    setFilter: (...a: unknown[]) => unknown;
    getSource(id: string): Record<string, (...a: unknown[]) => unknown>;
    isSourceLoaded(id: string): boolean;
  };
  const w = window as unknown as { __blmMap: M; __tl: [number, string][]; __t0: number };
  const map = w.__blmMap;
  w.__tl = [];
  w.__t0 = 0;
  const mark = (s: string) => w.__tl.push([performance.now() - w.__t0, s]);
  window.addEventListener(
    'keydown',
    (e) => {
      w.__tl = [];
      w.__t0 = e.timeStamp;
      mark('keydown');
    },
    { capture: true },
  );
  map.on('render', () => {
    const loaded = ['data-points', 'data-lines'].every((id) => map.isSourceLoaded(id));
    mark(`render${loaded ? ' (data loaded)' : ''}`);
    requestAnimationFrame(() => mark('  rAF after render'));
  });
  map.on('idle', () => mark('idle'));
  map.on('sourcedata', (e) => {
    if (e.sourceId?.startsWith('data'))
      mark(`sourcedata ${e.sourceId} ${e.sourceDataType ?? (e.tile ? 'tile' : '')}`);
  });
  const f = map.setFilter;
  map.setFilter = function (...a: unknown[]) {
    mark(`setFilter ${String(a[0])}`);
    return f.apply(this, a);
  };
  const src = map.getSource('data-points');
  for (const m of ['setData', 'updateData']) {
    const o = src[m];
    if (o)
      src[m] = (...a: unknown[]) => {
        mark(m);
        return o.apply(src, a);
      };
  }
}

const served = await serveApp();
const browser = await launchBrowser();
const body = JSON.stringify(generateStressCollection(features));
const bp = await freshPage(browser, features > 0 ? [{ pattern: STRESS_TARGET.pattern, body }] : []);
await bp.page.goto(`${served.url}/`);
await waitForLoad(bp, 300_000);
await prepareSlider(bp.page, 120_000);
await pressUnmeasured(bp.page, ['End']);
await bp.page.evaluate(installTimeline);
for (let i = 0; i < keys; i++) {
  await bp.page.waitForTimeout(2500);
  console.log('floor', (await bp.page.evaluate(repaintCosts, 3)).map((v) => v.toFixed(0)).join(' '));
  await bp.page.keyboard.press('ArrowLeft');
  await bp.page.waitForTimeout(2500);
  const tl = await bp.page.evaluate(() => (window as unknown as { __tl: [number, string][] }).__tl);
  console.log(`--- key ${i + 1}`);
  for (const [t, s] of tl) console.log(`${t.toFixed(0).padStart(6)}  ${s}`);
}
await bp.close();
await browser.close();
await served.close();
