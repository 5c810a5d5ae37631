// One data file failing (HTTP 500, a network error, invalid JSON, or features that fail the schema) must not take the
// rest down: an alert names the file (and the features) in plain words, everything else is listed and drawn, and
// Retry reloads the file once it is back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  TALL_VIEWPORT,
  dataAlert,
  editJsonResponses,
  geoFeatures,
  geoFileFeatures,
  launch,
  listedIds,
  mapSourceIds,
  pageErrors,
  renderedIds,
  steps,
  waitForDataLoaded,
  waitForMapIdle,
} from './driver';
import type { AppSession, Steps } from './driver';

const baseUrl = inject('baseUrl');

const FILE = 'china-border-west.geojson';
const ASSET = /\/assets\/china-border-west-[^/]*\.geojson$/;
const FILE_FEATURES = geoFileFeatures(FILE);
const FILE_IDS = new Set(FILE_FEATURES.map((f) => f.id));
const ALL = geoFeatures();
const OTHER_IDS = ALL.map((f) => f.id)
  .filter((id) => !FILE_IDS.has(id))
  .sort();
const OTHER_POINT_IDS = ALL.filter((f) => !FILE_IDS.has(f.id) && f.kind !== 'corridor')
  .map((f) => f.id)
  .sort();
// The two features corrupted in the schema case, and how.
const BAD_STATUS = 'zabaikalsk-manzhouli-road';
const BAD_GEOMETRY = 'poyarkovo-xunke';

describe('a data file that fails to load (production build)', () => {
  let s: AppSession;
  let given: Steps['given'];
  let drawnBaseline: string[];
  beforeAll(async () => {
    s = await launch(baseUrl, {
      viewport: TALL_VIEWPORT,
      // Chromium logs each request this file makes fail on purpose (HTTP 500, an aborted request).
      expectedConsole: [
        /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\)$/,
        /^Failed to load resource: net::ERR_FAILED$/,
      ],
    });
    ({ given } = steps(s));
    await given.appAt('/');
    drawnBaseline = await renderedIds(s.page);
  });
  afterAll(async () => s?.close());

  it('uses a data file whose features are drawn in the default view (the premise)', () => {
    expect(FILE_FEATURES.length).toBeGreaterThan(10);
    expect(drawnBaseline.filter((id) => FILE_IDS.has(id)).length).toBeGreaterThan(5);
  });

  /** Everything from the other files is listed, given to the map and drawn where it was; nothing of FILE is. */
  async function expectOtherFilesShown(): Promise<void> {
    await expect(listedIds(s.page)).resolves.toEqual(OTHER_IDS);
    await expect(mapSourceIds(s.page)).resolves.toEqual(OTHER_POINT_IDS);
    await expect(renderedIds(s.page)).resolves.toEqual(drawnBaseline.filter((id) => !FILE_IDS.has(id)));
  }

  /** Un-routes the file, presses Retry, and expects the alert gone and every feature back. */
  async function expectRetryRecovers(): Promise<void> {
    await s.page.unroute(ASSET);
    await dataAlert(s.page).getByRole('button', { name: 'Retry' }).click();
    // While the files reload the list is briefly empty and the alert gone: wait for the reloaded list itself.
    await expect.poll(() => listedIds(s.page), { timeout: 10_000 }).toEqual(ALL.map((f) => f.id).sort());
    await waitForDataLoaded(s.page);
    await expect(dataAlert(s.page).count()).resolves.toBe(0);
    await waitForMapIdle(s.page);
    await expect(mapSourceIds(s.page)).resolves.toEqual(
      ALL.filter((f) => f.kind !== 'corridor')
        .map((f) => f.id)
        .sort(),
    );
    await expect(renderedIds(s.page)).resolves.toEqual(drawnBaseline);
  }

  /** Lets `arrange` set up how the file is served, opens the app, and returns the data alert's text. */
  async function openWith(arrange: () => Promise<unknown>): Promise<{ text: string; errorsBefore: number }> {
    const errorsBefore = pageErrors(s).length;
    await arrange();
    await given.appAt('/');
    const alert = dataAlert(s.page);
    await alert.waitFor({ timeout: 10_000 });
    return { text: await alert.innerText(), errorsBefore };
  }

  it('(a) HTTP 500: names the file in an alert, shows the rest, and Retry brings the file back', async () => {
    const { text, errorsBefore } = await openWith(() =>
      s.page.route(ASSET, (route) =>
        route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
      ),
    );
    expect(text).toMatch(/could not be loaded/i);
    expect(text).toContain(FILE);
    expect(text).toContain('500');
    await expectOtherFilesShown();
    await expectRetryRecovers();
    expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
  });

  it('(b) invalid JSON: names the file and says it is not valid JSON; Retry brings it back', async () => {
    const { text, errorsBefore } = await openWith(() =>
      s.page.route(ASSET, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/geo+json',
          body: '{"type":"FeatureCollection","features":[{"type":"Feature",',
        }),
      ),
    );
    expect(text).toMatch(/could not be loaded/i);
    expect(text).toContain(FILE);
    expect(text).toMatch(/not valid JSON/i);
    await expectOtherFilesShown();
    await expectRetryRecovers();
    expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
  });

  it('(b2) a network error: names the file; Retry brings it back', async () => {
    const { text, errorsBefore } = await openWith(() =>
      s.page.route(ASSET, (route) => route.abort('failed')),
    );
    expect(text).toMatch(/could not be loaded/i);
    expect(text).toContain(FILE);
    await expectOtherFilesShown();
    await expectRetryRecovers();
    expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
  });

  it('(c) two features fail the schema: the alert names the file and both ids; the rest is shown', async () => {
    type Raw = { features: { id: string; properties: { status: string }; geometry: unknown }[] };
    const { text, errorsBefore } = await openWith(() =>
      editJsonResponses<Raw>(s.page, ASSET, (json) => {
        const byId = (id: string) => {
          const f = json.features.find((x) => x.id === id);
          if (!f) throw new Error(`${id} missing from ${FILE}`);
          return f;
        };
        byId(BAD_STATUS).properties.status = 'exploded';
        byId(BAD_GEOMETRY).geometry = { type: 'Point', coordinates: [999, 999] };
      }),
    );
    expect(text).toMatch(/2 features have data problems/i);
    // The details are folded; a reader opens them to see which file and which features.
    const alert = dataAlert(s.page);
    await alert.getByText(/features have data problems/).click();
    const details = await alert.innerText();
    expect(details).toContain(`${FILE} · ${BAD_STATUS}`);
    expect(details).toContain(`${FILE} · ${BAD_GEOMETRY}`);
    expect(details).toMatch(new RegExp(`${BAD_STATUS}: [^\\n]*status`));
    expect(details).toMatch(new RegExp(`${BAD_GEOMETRY}: [^\\n]*geometry`));

    const valid = ALL.map((f) => f.id)
      .filter((id) => id !== BAD_STATUS && id !== BAD_GEOMETRY)
      .sort();
    await expect(listedIds(s.page)).resolves.toEqual(valid);
    await expect(mapSourceIds(s.page)).resolves.toEqual(
      ALL.filter((f) => f.kind !== 'corridor' && f.id !== BAD_STATUS && f.id !== BAD_GEOMETRY)
        .map((f) => f.id)
        .sort(),
    );
    await expect(renderedIds(s.page)).resolves.toEqual(
      drawnBaseline.filter((id) => id !== BAD_STATUS && id !== BAD_GEOMETRY),
    );
    expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
    await s.page.unroute(ASSET);
  });
});
