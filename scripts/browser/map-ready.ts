// Waiting for the app's map to finish drawing, for tests and scripts alike. The app exposes its live
// maplibregl.Map as window.__blmMap (src/map/ sets it), the only page internal this harness reads.
import { SOURCE } from '../../src/map/layer-ids';
import type { Page } from './launch';

/** The slice of maplibregl.Map these waits use. */
interface IdleMap {
  loaded(): boolean;
  areTilesLoaded(): boolean;
  querySourceFeatures(id: string): unknown[];
  once(type: string, listener: () => void): void;
  triggerRepaint(): void;
}

/**
 * Waits until the map has loaded its style, every tile and the data (the point or the line source has features: the
 * clustered point source holds only what passes the filters, so a link that filters every point out has none,
 * while the line source always holds every line), then for one more idle, so that filters applied after load have
 * been drawn too.
 */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    ([points, lines]) => {
      const map = (window as unknown as { __blmMap?: IdleMap }).__blmMap;
      return Boolean(
        map &&
        map.loaded() &&
        map.areTilesLoaded() &&
        (map.querySourceFeatures(points).length > 0 || map.querySourceFeatures(lines).length > 0),
      );
    },
    [SOURCE.points, SOURCE.lines] as const,
    { timeout, polling: 200 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __blmMap?: IdleMap }).__blmMap;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
