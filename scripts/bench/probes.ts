// What the benchmark runs inside the page. Both pages (the app and the bare baseline) set window.__blmMap to
// their maplibregl.Map, so one set of probes measures both.

/** The slice of maplibregl.Map the probes use (kept structural: the page's map is not typed here). */
interface ProbedMap {
  on(type: string, fn: () => void): void;
  off(type: string, fn: () => void): void;
  once(type: string, fn: () => void): void;
  areTilesLoaded(): boolean;
  querySourceFeatures(source: string): unknown[];
  setFilter(...args: unknown[]): unknown;
  getSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
  getCanvas(): HTMLCanvasElement;
  triggerRepaint(): void;
}

export interface LoadMarks {
  /** navigation start → first contentful paint (ms). */
  fcp: number | null;
  /** navigation start → `new maplibregl.Map` has run (the map hook was set). */
  mapCreated: number | null;
  /** navigation start → the map's `load` event (style and basemap sources parsed). */
  styleLoaded: number | null;
  /** navigation start → the page first hands features to the 'data-points' source (its setData). */
  dataSet: number | null;
  /** navigation start → first map `idle` at which the 'data-points' source has features and all tiles are loaded. */
  idle: number | null;
  canvas: { width: number; height: number } | null;
}

interface ProbeWindow {
  __blmMap?: ProbedMap;
  __benchLoad?: LoadMarks;
  __benchYear?: YearProbe;
}

/**
 * Init script: catches the map the moment the page assigns window.__blmMap (an accessor in its place) and
 * stamps the first `idle` with every layer drawn. performance.now() counts from navigation start.
 */
export function installLoadProbe(): void {
  const w = window as unknown as ProbeWindow;
  const marks: LoadMarks = {
    fcp: null,
    mapCreated: null,
    styleLoaded: null,
    dataSet: null,
    idle: null,
    canvas: null,
  };
  w.__benchLoad = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  let current: ProbedMap | undefined;
  Object.defineProperty(window, '__blmMap', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set(map: ProbedMap | undefined) {
      current = map;
      if (!map || marks.mapCreated !== null) return;
      marks.mapCreated = performance.now();
      // Registered before the page's own handlers (the hook is set in the constructor), so the source's setData is
      // wrapped before the page calls it: the app hands its data over at 'style.load', before the basemap tiles
      // have loaded. `on`, not `once`: MapLibre runs once-listeners last.
      const onStyle = () => {
        map.off('style.load', onStyle);
        const source = map.getSource('data-points') as
          { setData?: (...args: unknown[]) => unknown } | undefined;
        const setData = source?.setData;
        if (!source || !setData) return;
        source.setData = function (this: unknown, ...args: unknown[]) {
          const data = args[0] as { features?: unknown[] } | undefined;
          if (marks.dataSet === null && (data?.features?.length ?? 0) > 0) marks.dataSet = performance.now();
          return setData.apply(this, args);
        };
      };
      map.on('style.load', onStyle);
      const onLoad = () => {
        map.off('load', onLoad);
        marks.styleLoaded = performance.now();
      };
      map.on('load', onLoad);
      const onIdle = () => {
        if (map.querySourceFeatures('data-points').length === 0 || !map.areTilesLoaded()) return;
        marks.idle = performance.now();
        const canvas = map.getCanvas();
        marks.canvas = { width: canvas.clientWidth, height: canvas.clientHeight };
        map.off('idle', onIdle);
      };
      map.on('idle', onIdle);
    },
  });
}

export interface YearSample {
  key: string;
  /** keydown event timestamp (when the browser created the input event) → the app's first map.setFilter or setData call. */
  toSetFilter: number;
  /**
   * keydown → the requestAnimationFrame callback after the first map `render` at which every tile of the data
   * sources has been rebuilt under the new filter: the frame that first shows the filtered set has been presented.
   */
  toFrame: number;
  /**
   * keydown → the requestAnimationFrame callback after the next `idle`: the picture has settled, including
   * MapLibre's symbol fade (fadeDuration, 300 ms by default) for icons that appear.
   */
  toSettled: number;
}

interface Pending {
  key: string;
  t0: number;
  setFilterAt: number | null;
  frameAt: number | null;
  settledAt: number | null;
}

interface YearProbe {
  enabled: boolean;
  samples: YearSample[];
  pending: Pending | null;
  waiters: (() => void)[];
}

/**
 * Evaluated once the map is idle: wraps this map instance's setFilter and its data sources' setData (the app
 * applies the year through map.setFilter on its line layers and as the points source's data, filtered before
 * it clusters), and listens to keydown in the capture phase. `sources` are the sources
 * whose tiles must have been rebuilt before a frame counts as showing the new filter.
 */
export function installYearProbe(sources: string[]): void {
  const w = window as unknown as ProbeWindow;
  const map = w.__blmMap;
  if (!map) throw new Error('no map on the page');
  if (w.__benchYear) return;
  const probe: YearProbe = { enabled: true, samples: [], pending: null, waiters: [] };
  w.__benchYear = probe;
  const finish = (p: Pending) => {
    if (p.frameAt === null || p.settledAt === null || p.setFilterAt === null) return;
    probe.samples.push({
      key: p.key,
      toSetFilter: p.setFilterAt - p.t0,
      toFrame: p.frameAt - p.t0,
      toSettled: p.settledAt - p.t0,
    });
    if (probe.pending === p) probe.pending = null;
    for (const resolve of probe.waiters.splice(0)) resolve();
  };
  // A change reaches the map as a layer filter (map.setFilter) or as new data for a source filtered before it
  // clusters (setData, or updateData with just what changed): the first of these starts the wait, and a frame counts only once every source given new
  // data has had it back from the worker ('content') and every tile of the data sources is rebuilt.
  const awaitingData = new Set<string>();
  map.on('sourcedata', ((e: { sourceId?: string; sourceDataType?: string }) => {
    if (e.sourceDataType === 'content' && e.sourceId) awaitingData.delete(e.sourceId);
  }) as () => void);
  const arm = () => {
    const p = probe.pending;
    if (!p || p.setFilterAt !== null) return;
    p.setFilterAt = performance.now();
    // Any render after this call has run the style update, so the data tiles are reloading until rebuilt.
    const onRender = () => {
      if (awaitingData.size > 0) return;
      if (!sources.every((id) => !map.getSource(id) || map.isSourceLoaded(id))) return;
      map.off('render', onRender);
      requestAnimationFrame(() => {
        p.frameAt = performance.now();
        finish(p);
      });
    };
    map.on('render', onRender);
    const onIdle = () => {
      if (awaitingData.size > 0) return map.once('idle', onIdle);
      requestAnimationFrame(() => {
        p.settledAt = performance.now();
        finish(p);
      });
    };
    map.once('idle', onIdle);
  };
  const original = map.setFilter;
  map.setFilter = function setFilter(this: ProbedMap, ...args: unknown[]) {
    arm();
    return original.apply(this, args);
  };
  type DataMethod = (...args: unknown[]) => unknown;
  for (const id of sources) {
    const source = map.getSource(id) as Record<'setData' | 'updateData', DataMethod | undefined> | undefined;
    if (!source) continue;
    for (const method of ['setData', 'updateData'] as const) {
      const original = source[method];
      if (!original) continue;
      source[method] = function (...args: unknown[]) {
        arm();
        awaitingData.add(id);
        return original.apply(source, args);
      };
    }
  }
  window.addEventListener(
    'keydown',
    (e) => {
      if (!probe.enabled || probe.pending) return; // a key pressed before the last change was drawn: measured with that one
      probe.pending = { key: e.key, t0: e.timeStamp, setFilterAt: null, frameAt: null, settledAt: null };
    },
    { capture: true },
  );
}

/** Starts a measurement by hand, for a change made without a key (the "All years" click). */
export function armYearProbe(label: string): void {
  const probe = (window as unknown as ProbeWindow).__benchYear;
  if (probe)
    probe.pending = { key: label, t0: performance.now(), setFilterAt: null, frameAt: null, settledAt: null };
}

/** Resolves once `count` samples exist (or rejects after timeoutMs, e.g. a key that changed nothing). */
export function waitForSamples([count, timeoutMs]: [number, number]): Promise<number> {
  const probe = (window as unknown as ProbeWindow).__benchYear;
  if (!probe) return Promise.reject(new Error('year probe not installed'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no map update within ${timeoutMs} ms`)), timeoutMs);
    const check = () => {
      if (probe.samples.length >= count) {
        clearTimeout(timer);
        resolve(probe.samples.length);
      } else probe.waiters.push(check);
    };
    check();
  });
}

/** Turns the year probe on or off (off while the heap sweeps run, so it adds nothing to the heap). */
export function setYearProbe(enabled: boolean): void {
  const probe = (window as unknown as ProbeWindow).__benchYear;
  if (probe) probe.enabled = enabled;
}

/** Resolves at the map's next `idle` (a repaint is requested so that one comes even if nothing is pending). */
export function nextIdle(): Promise<void> {
  const map = (window as unknown as ProbeWindow).__blmMap;
  if (!map) return Promise.reject(new Error('no map on the page'));
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * The cost of one frame with nothing to do: triggerRepaint → the requestAnimationFrame after the `render`
 * event, on the idle map. On SwiftShader this is the floor under any filter latency.
 */
export async function repaintCosts(count: number): Promise<number[]> {
  const map = (window as unknown as ProbeWindow).__blmMap;
  if (!map) throw new Error('no map on the page');
  const costs: number[] = [];
  for (let i = 0; i < count; i++) {
    costs.push(
      await new Promise<number>((resolve) => {
        const t0 = performance.now();
        map.once('render', () => requestAnimationFrame(() => resolve(performance.now() - t0)));
        map.triggerRepaint();
      }),
    );
  }
  return costs;
}

/** The WebGL renderer string (e.g. SwiftShader), read from a throwaway canvas. */
export function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** The count in the Year control's caption ("All years: 10,050 features"), or null. */
export function captionCount(): number | null {
  // The count is grouped the English way ("10,050").
  const m = /All years: ([\d,]+) features?/.exec(document.body.innerText);
  return m?.[1] ? Number(m[1].replaceAll(',', '')) : null;
}

/** Returns the samples so far and empties the list (so the probe itself does not grow the heap). */
export function takeSamples(): YearSample[] {
  const probe = (window as unknown as ProbeWindow).__benchYear;
  if (!probe) return [];
  probe.pending = null;
  return probe.samples.splice(0);
}
