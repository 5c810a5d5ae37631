// The map's camera: reading it, moving it the way a script or a drag does, and waiting until it has come to rest.
import type { Page } from '../../../scripts/browser/launch';
import { geoFeature } from './geo';
import { waitForMapIdle } from './map';

/** The camera as the URL spells it: #map=zoom/lat/lon. */
export interface MapCamera {
  zoom: number;
  lat: number;
  lon: number;
}

/** The slice of maplibregl.Map these helpers use (the live map is window.__blmMap). */
interface LiveMap {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  isMoving(): boolean;
  jumpTo(options: { center: [number, number]; zoom?: number }): void;
  panBy(offset: [number, number], options?: { animate: boolean }): void;
  project(lnglat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
}

/** The camera the map shows right now. */
export async function mapCamera(page: Page): Promise<MapCamera> {
  return page.evaluate(() => {
    const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  });
}

/** Waits until no camera animation runs any more and the map has drawn the result. */
export async function waitForMapToSettle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { __blmMap: LiveMap }).__blmMap.isMoving(),
    undefined,
    { timeout, polling: 100 },
  );
  await waitForMapIdle(page, timeout);
}

/** Waits until the map is centred within `toleranceDeg` of [lon, lat] and at rest (e.g. after a fly). */
export async function waitForMapCentredNear(
  page: Page,
  [lon, lat]: [number, number],
  toleranceDeg: number,
  timeout = 30_000,
): Promise<MapCamera> {
  await page.waitForFunction(
    ({ lon, lat, toleranceDeg }) => {
      const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
      const c = map.getCenter();
      return (
        !map.isMoving() && Math.abs(c.lng - lon) <= toleranceDeg && Math.abs(c.lat - lat) <= toleranceDeg
      );
    },
    { lon, lat, toleranceDeg },
    { timeout, polling: 100 },
  );
  await waitForMapIdle(page, timeout);
  return mapCamera(page);
}

/**
 * Waits until the camera has moved away from `before` (by at least `minDeg` along one axis) and stopped, e.g. after
 * an arrow key on the focused map; returns where it is.
 */
export async function waitForMapToMoveFrom(page: Page, before: MapCamera, minDeg = 0.01): Promise<MapCamera> {
  await page.waitForFunction(
    ({ before, minDeg }) => {
      const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
      const c = map.getCenter();
      const moved = Math.abs(c.lng - before.lon) >= minDeg || Math.abs(c.lat - before.lat) >= minDeg;
      return moved && !map.isMoving();
    },
    { before, minDeg },
    { polling: 100 },
  );
  return mapCamera(page);
}

/** Waits until the map's camera is within `toleranceDeg` (and 0.01 zoom) of `camera`; returns where it is. */
export async function waitForCamera(
  page: Page,
  camera: MapCamera,
  toleranceDeg = 0.01,
  timeout = 5000,
): Promise<MapCamera> {
  const near = (c: MapCamera) =>
    Math.abs(c.lat - camera.lat) <= toleranceDeg &&
    Math.abs(c.lon - camera.lon) <= toleranceDeg &&
    Math.abs(c.zoom - camera.zoom) <= 0.01;
  const deadline = Date.now() + timeout;
  let seen = await mapCamera(page);
  while (!near(seen) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    seen = await mapCamera(page);
  }
  return seen;
}

/** Moves the camera the way a script or a drag does (no animation), and waits until it is drawn. */
export async function jumpMapTo(page: Page, camera: MapCamera): Promise<void> {
  await page.evaluate((c) => {
    (window as unknown as { __blmMap: LiveMap }).__blmMap.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });
  }, camera);
  await waitForMapToSettle(page);
}

/**
 * Puts a data feature at the middle of the part of the map that no card or bottom sheet covers, at `zoom`
 * (a reader pans and zooms there first), and waits until it is drawn.
 */
export async function bringFeatureIntoView(page: Page, id: string, zoom: number): Promise<void> {
  const f = geoFeature(id);
  if (f.geometryType !== 'Point') throw new Error(`${id} is drawn as a line, not an icon`);
  await page.evaluate(
    ({ at, zoom }) => {
      const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
      map.jumpTo({ center: at, zoom });
      const canvas = map.getCanvas().getBoundingClientRect();
      const free = { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom };
      for (const el of [document.querySelector('[role="dialog"]'), document.getElementById('side-panel')]) {
        if (!el) continue;
        const r = el.getBoundingClientRect();
        const overlaps = r.width > 0 && r.right > free.left && r.left < free.right && r.bottom > free.top;
        if (!overlaps || r.top >= free.bottom) continue;
        if (r.width >= 0.9 * canvas.width) free.bottom = Math.min(free.bottom, r.top);
        else if (r.left + r.width / 2 < canvas.left + canvas.width / 2)
          free.left = Math.max(free.left, r.right);
        else free.right = Math.min(free.right, r.left);
      }
      const target = { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
      const p = map.project(at);
      map.panBy([canvas.left + p.x - target.x, canvas.top + p.y - target.y], { animate: false });
    },
    { at: f.position, zoom },
  );
  await waitForMapToSettle(page);
}

/**
 * Drags the map with the mouse from a point of the map region (given as fractions of its size) by `steps` moves of
 * (dx, dy) pixels each, as a reader does, and waits until the map has come to rest.
 */
export async function dragMap(
  page: Page,
  from: { x: number; y: number },
  step: { dx: number; dy: number },
  steps = 10,
): Promise<void> {
  const region = await page.getByRole('region', { name: 'Map', exact: true }).boundingBox();
  if (!region) throw new Error('no map region');
  const start = { x: region.x + region.width * from.x, y: region.y + region.height * from.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(start.x + step.dx * i, start.y + step.dy * i);
  await page.mouse.up();
  await waitForMapToSettle(page);
}

/** Pans the map by (dx, dy) screen pixels without animation (content moves up for dy > 0), and waits until drawn. */
export async function panMapBy(page: Page, dx: number, dy: number): Promise<void> {
  await page.evaluate(
    ({ dx, dy }) => (window as unknown as { __blmMap: LiveMap }).__blmMap.panBy([dx, dy], { animate: false }),
    { dx, dy },
  );
  await waitForMapToSettle(page);
}
