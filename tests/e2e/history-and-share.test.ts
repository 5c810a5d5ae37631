// History and sharing (production build, Chromium): filter and selection changes are history entries that Back and
// Forward undo and redo; camera moves replace the entry; "Copy link" hands over a URL that reopens the same view,
// or shows it in a selected field when the clipboard refuses; the card's permalink names the feature.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  borderToggle,
  cameraInUrl,
  currentUrl,
  featureCard,
  geoFeature,
  geoFeatures,
  historyLength,
  launch,
  legendEntry,
  listedIds,
  mapCamera,
  openAppIn,
  openExtraPage,
  pressed,
  readClipboard,
  steps,
  textSelection,
  waitForCamera,
  waitForMapIdle,
  waitForUrl,
  writeClipboard,
} from './driver';
import type { AppSession, MapCamera, Steps } from './driver';

const baseUrl = inject('baseUrl');

const ROAD_BRIDGE = geoFeature('blagoveshchensk-heihe-road-bridge');
const TONGJIANG_RAIL_BRIDGE = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');

/** Both within 0.01° and 0.01 zoom: what the issue asks of a restored camera. */
function expectCamera(seen: MapCamera, expected: MapCamera, what: string) {
  const message = `${what}: expected ${JSON.stringify(expected)}, saw ${JSON.stringify(seen)}`;
  expect(Math.abs(seen.zoom - expected.zoom), message).toBeLessThanOrEqual(0.01);
  expect(Math.abs(seen.lat - expected.lat), message).toBeLessThanOrEqual(0.01);
  expect(Math.abs(seen.lon - expected.lon), message).toBeLessThanOrEqual(0.01);
}

describe('history and sharing (production build)', () => {
  let s: AppSession;
  let given: Steps['given'];
  let when: Steps['when'];
  let then: Steps['then'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    ({ given, when, then } = steps(s));
    await given.appAt('/');
  });
  afterAll(async () => s?.close());

  it('makes each filter and selection change one history entry that Back undoes and Forward redoes', async () => {
    const page = s.page;
    const port = legendEntry(page, 'Kinds', 'Port');
    const northKorea = borderToggle(page, 'North Korea');
    const card = featureCard(page, ROAD_BRIDGE.name.en);
    const ports = geoFeatures().filter((f) => f.kind === 'port');
    const portIds = ports.map((f) => f.id).sort();
    const startLength = await historyLength(page);

    await when.toggleKind('Port');
    await then.urlSatisfies((u) => u.searchParams.has('kind'));
    await when.toggleBorder('North Korea');
    await then.urlSatisfies((u) => u.searchParams.get('border') === 'cn');
    await given.featureInView(ROAD_BRIDGE, 10);
    await when.clickOnMap(ROAD_BRIDGE);
    await then.urlSatisfies((u) => u.searchParams.get('feature') === ROAD_BRIDGE.id);
    await card.waitFor();
    expect(await historyLength(page), 'three changes, three entries').toBe(startLength + 3);

    await page.goBack();
    await card.waitFor({ state: 'detached' });
    let url = new URL(await currentUrl(page));
    expect(url.searchParams.has('feature')).toBe(false);
    expect(url.searchParams.get('border')).toBe('cn');
    await expect(pressed(northKorea)).resolves.toBe('false');

    await page.goBack();
    await waitForUrl(page, (u) => !u.searchParams.has('border'));
    await expect(pressed(northKorea)).resolves.toBe('true');
    url = new URL(await currentUrl(page));
    expect(url.searchParams.has('kind')).toBe(true);
    await expect(pressed(port)).resolves.toBe('false');

    await page.goBack();
    await waitForUrl(page, (u) => !u.searchParams.has('kind'));
    await expect(pressed(port)).resolves.toBe('true');
    expect(await listedIds(page, ports), 'ports are listed again').toEqual(portIds);

    await page.goForward();
    await waitForUrl(page, (u) => u.searchParams.has('kind') && !u.searchParams.has('border'));
    await expect(pressed(port)).resolves.toBe('false');
    expect(await listedIds(page, ports), 'ports are hidden again').toEqual([]);
    await page.goForward();
    await waitForUrl(page, (u) => u.searchParams.get('border') === 'cn' && !u.searchParams.has('feature'));
    await expect(pressed(northKorea)).resolves.toBe('false');
    await page.goForward();
    await waitForUrl(page, (u) => u.searchParams.get('feature') === ROAD_BRIDGE.id);
    await card.waitFor();
    expect(await historyLength(page)).toBe(startLength + 3);
  });

  it('records camera moves (a script jump, a drag) in the current entry without adding entries', async () => {
    const page = s.page;
    const before = await historyLength(page);

    const jumped = { zoom: 7, lat: 48.3, lon: 133.1 };
    await given.mapAt(jumped);
    const written = cameraInUrl(await waitForUrl(page, (u) => u.hash.startsWith('#map=7/')));
    expect(written).not.toBeNull();
    if (written) expectCamera(written, jumped, 'camera in the URL after a jump');
    expect(await historyLength(page)).toBe(before);

    await when.dragMap({ x: 0.75, y: 0.6 }, { dx: -15, dy: -8 }, 10);
    const dragged = await mapCamera(page);
    expect(dragged.lon, 'dragging left moves the view east').toBeGreaterThan(jumped.lon);
    const inUrl = cameraInUrl(await currentUrl(page));
    expect(inUrl).not.toBeNull();
    if (inUrl) expectCamera(inUrl, dragged, 'camera in the URL after a drag');
    expect(await historyLength(page)).toBe(before);
  });

  it('brings back, on Back and Forward, the camera each entry had', async () => {
    const page = s.page;
    const first = { zoom: 6, lat: 45, lon: 130 };
    const second = { zoom: 7, lat: 43.5, lon: 131.5 };
    const third = { zoom: 8, lat: 48, lon: 132.5 };
    await given.appAt(`/#map=${first.zoom}/${first.lat}/${first.lon}`);

    await when.toggleKind('Port');
    await then.urlSatisfies((u) => u.searchParams.has('kind'));
    await given.mapAt(second);
    await when.toggleBorder('North Korea');
    await then.urlSatisfies((u) => u.searchParams.get('border') === 'cn');
    await given.mapAt(third);

    const moves: [() => Promise<unknown>, MapCamera, string][] = [
      [when.goBack, second, 'Back to the Port change'],
      [when.goBack, first, 'Back to the opened link'],
      [when.goForward, second, 'Forward to the Port change'],
      [when.goForward, third, 'Forward to the border change'],
    ];
    for (const [step, camera, what] of moves) {
      await step();
      await waitForMapIdle(page);
      const inUrl = cameraInUrl(await currentUrl(page));
      expect(inUrl, `${what}: #map in the URL`).not.toBeNull();
      if (inUrl) expectCamera(inUrl, camera, `${what}: #map in the URL`);
      expectCamera(await waitForCamera(page, camera), camera, `${what}: map camera`);
    }
  });

  it('copies a link to the current view that reopens the same card, filters and camera', async () => {
    const page = s.page;
    await given.appAt('/?kind=railway-bridge,road-bridge&border=cn&v=1#map=7/48.2/130.5');
    await given.featureInView(TONGJIANG_RAIL_BRIDGE, 9);
    await when.clickOnMap(TONGJIANG_RAIL_BRIDGE);
    await then.cardOpens(TONGJIANG_RAIL_BRIDGE);
    await then.mapSettles();
    const camera = await mapCamera(page);
    const here = await currentUrl(page);
    await writeClipboard(page, 'nothing copied yet');

    await when.copyLink();

    await page.getByText('Link copied').waitFor();
    const copied = await readClipboard(page);
    expect(copied).toBe(here);

    const { page: fresh } = await openExtraPage(s);
    await openAppIn(fresh, copied);
    await steps(s, fresh).then.cardOpens(TONGJIANG_RAIL_BRIDGE);
    expectCamera(await mapCamera(fresh), camera, 'camera of the shared link');
    expect(new URL(await currentUrl(fresh)).search).toBe(new URL(copied).search);
    await expect(pressed(legendEntry(fresh, 'Kinds', 'Railway bridge'))).resolves.toBe('true');
    await expect(pressed(legendEntry(fresh, 'Kinds', 'Port'))).resolves.toBe('false');
    await expect(pressed(borderToggle(fresh, 'China'))).resolves.toBe('true');
    await expect(pressed(borderToggle(fresh, 'North Korea'))).resolves.toBe('false');
    await fresh.context().close();
  });

  it('shows the link in a selected text field when the clipboard refuses it', async () => {
    const { page, context } = await openExtraPage(s, {
      initScript: `Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });`,
    });
    const refused = steps(s, page);
    await refused.given.appAt('/?border=kp&v=1#map=9/42.42/130.64');
    const here = await currentUrl(page);

    await refused.when.copyLink();

    const field = page.getByRole('textbox', { name: 'Link to this view' });
    await field.waitFor();
    await expect(field.inputValue()).resolves.toBe(here);
    const selection = await textSelection(field);
    expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: here.length });
    await expect(page.getByText('Link copied').count()).resolves.toBe(0);
    await context.close();
  });

  it('gives the card a link to its feature: "Copy link to this feature" and the Permalink name it', async () => {
    const page = s.page;
    const card = featureCard(page, TONGJIANG_RAIL_BRIDGE.name.en);
    await writeClipboard(page, 'nothing copied yet');

    await card.getByRole('button', { name: 'Copy link to this feature' }).click();

    await expect
      .poll(() => readClipboard(page), { timeout: 5000 })
      .toContain(`feature=${TONGJIANG_RAIL_BRIDGE.id}`);
    const href = await card.getByRole('link', { name: 'Permalink' }).getAttribute('href');
    expect(new URL(href ?? '', baseUrl).searchParams.get('feature')).toBe(TONGJIANG_RAIL_BRIDGE.id);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
