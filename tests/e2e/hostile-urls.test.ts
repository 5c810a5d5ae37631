// Links are untrusted input: every hostile URL below must leave the app rendered (heading, map region with its
// canvas, the map drawn), run nothing, throw nothing, fall back to the defaults for what it ignores, and say so in a
// short notice (role "status"). The list of inputs is the record of what was tried.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  TALL_VIEWPORT,
  allYearsBox,
  dialogTitles,
  featureCard,
  geoFeature,
  geoFeatures,
  inlineHandlerElements,
  launch,
  listEntry,
  mapCamera,
  mapCanvas,
  openApp,
  pageErrors,
  prototypeKeys,
  standsOrIsDueBy,
  urlNotice,
  wasPwned,
  yearSlider,
} from './driver';
import type { AppSession, MapCamera } from './driver';

const baseUrl = inject('baseUrl');

const ALL = geoFeatures();
const ROAD_BRIDGE = geoFeature('blagoveshchensk-heihe-road-bridge');
const RAIL = geoFeature('zabaikalsk-manzhouli-rail');
const OPERATIONAL = ALL.filter((f) => f.status === 'operational').length;
const DEFAULT_CAPTION = `All years: ${ALL.length} features`;

// Payloads: each one sets window.__pwned if it ever runs.
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror=window.__pwned=1>';
const SVG = '"><svg onload=window.__pwned=1>';
const JS = 'javascript:window.__pwned=1';
const long = (unit: string, length = 5_000) => unit.repeat(Math.ceil(length / unit.length));

// What each parameter's notice says (url-codec.ts wording, matched loosely).
const N = {
  year: /year/i,
  feature: /feature was not found/i,
  status: /status/i,
  kind: /kind/i,
  border: /border/i,
  lang: /language/i,
  v: /version/i,
  map: /map position/i,
  tooLong: (key: string) => new RegExp(`"${key}".*too long`, 'i'),
};

interface HostileCase {
  /** path + query + hash after the base URL (the exact input tried) */
  path: string;
  /** the notice expected: a pattern (or several) it must match, 'none', or 'unchecked' */
  notice: RegExp | RegExp[] | 'none' | 'unchecked';
  /** what differs from the defaults: a card that opens, a year applied, another caption */
  dialog?: string;
  year?: number;
  caption?: string;
  /** the camera is not checked (a valid feature link centres the map on the feature) */
  cameraMoves?: boolean;
  /** the expected year and caption may instead fall back to the defaults, provided a notice says so */
  orIgnoredWithNotice?: boolean;
}

/** Every hostile input tried, grouped as the issue lists them. */
const HOSTILE_URLS: Record<string, HostileCase[]> = {
  'malformed or out-of-range year': [
    { path: '/?year=abc', notice: N.year },
    { path: '/?year=20a5', notice: N.year },
    { path: '/?year=2015.5', notice: N.year },
    { path: '/?year=-2015', notice: N.year },
    { path: '/?year=1e3', notice: N.year },
    { path: '/?year=0x7DF', notice: N.year },
    { path: '/?year=Infinity', notice: N.year },
    { path: '/?year=NaN', notice: N.year },
    { path: '/?year=99999', notice: N.year },
    { path: '/?year=1799', notice: N.year },
    { path: '/?year=2101', notice: N.year },
    { path: '/?year=%202015', notice: N.year },
    { path: '/?year=２０１５', notice: N.year },
  ],
  'malformed or out-of-range #map': [
    { path: '/#map=NaN/NaN/NaN', notice: N.map },
    { path: '/#map=5/91/0', notice: N.map },
    { path: '/#map=5/0/181', notice: N.map },
    { path: '/#map=99/50/120', notice: N.map },
    { path: '/#map=-1/50/120', notice: N.map },
    { path: '/#map=5/1e3/120', notice: N.map },
    { path: '/#map=5/50', notice: N.map },
    { path: '/#map=5/50/120/0/0/0', notice: N.map },
    { path: '/#map=Infinity/50/120', notice: N.map },
    { path: '/#map=5/-90/0', notice: N.map },
    { path: '/#map=5//120', notice: N.map },
    { path: '/#map=0x5/50/120', notice: N.map },
    { path: '/#map=5.00000000001/50/120', notice: N.map },
    { path: '/#map=5/50/120junk', notice: N.map },
  ],
  'unknown feature ids': [
    { path: '/?feature=no-such-feature&v=1', notice: N.feature },
    { path: '/?feature=Zabaikalsk-Manzhouli-Rail', notice: N.feature },
    { path: '/?feature=zabaikalsk-manzhouli-rail%20', notice: N.feature },
    { path: '/?feature=..%2F..%2Fetc%2Fpasswd', notice: N.feature },
    { path: '/?feature=tostring', notice: N.feature },
  ],
  '__proto__ and constructor': [
    { path: '/?feature=__proto__', notice: N.feature },
    { path: '/?feature=constructor', notice: N.feature },
    { path: '/?feature=prototype', notice: N.feature },
    { path: '/?year=constructor', notice: N.year },
    { path: '/?status=__proto__', notice: N.status },
    { path: '/?kind=constructor', notice: N.kind },
    { path: '/?border=__proto__', notice: N.border },
    { path: '/?lang=__proto__', notice: N.lang },
    { path: '/?lang=constructor', notice: N.lang },
    { path: '/?v=__proto__', notice: N.v },
    { path: '/#map=__proto__', notice: N.map },
    {
      path: '/?__proto__[year]=2015&constructor[prototype][__pwned]=1&__proto__.__pwned=1&__proto__=1',
      notice: 'none',
    },
    { path: '/#__proto__=1&sel=constructor', notice: N.feature },
  ],
  'markup or script in every parameter': [
    { path: `/?year=${SCRIPT}`, notice: N.year },
    { path: `/?feature=${IMG}`, notice: N.feature },
    { path: `/?status=${SVG}`, notice: N.status },
    { path: `/?kind=${encodeURIComponent(`">${SCRIPT}`)}`, notice: N.kind },
    { path: `/?border=<iframe src=${JS}>`, notice: N.border },
    { path: `/?lang=${JS}`, notice: N.lang },
    { path: `/?v=${IMG}`, notice: N.v },
    { path: `/#map=${SCRIPT}`, notice: N.map },
    { path: `/?feature=${encodeURIComponent(SCRIPT)}`, notice: N.feature },
    { path: `/#sel=${IMG}`, notice: N.feature },
    { path: `/#year=${SCRIPT}`, notice: N.year },
    {
      path:
        `/?year=${SCRIPT}&feature=${IMG}&status=${SVG}&kind=${IMG}&border=${SCRIPT}&lang=${SVG}` +
        `&v=${SCRIPT}#map=${IMG}`,
      notice: [N.year, N.feature, N.status, N.kind, N.border, N.lang, N.v, N.map],
    },
  ],
  'very long values (5,000+ characters)': [
    { path: `/?year=${long('2')}`, notice: N.tooLong('year') },
    { path: `/?feature=${long('a')}`, notice: N.tooLong('feature') },
    { path: `/?status=${long('operational,')}`, notice: N.tooLong('status') },
    { path: `/?lang=${long('x', 6_000)}`, notice: N.tooLong('lang') },
    { path: `/?v=${long('1')}`, notice: N.tooLong('v') },
    { path: `/#map=${long('9')}`, notice: N.tooLong('map') },
    { path: `/?feature=${long(IMG)}`, notice: N.tooLong('feature') },
    // Longer than this, the static server itself refuses the request line (HTTP 431), before the app sees it.
    { path: `/?kind=${long('port,', 10_000)}`, notice: N.tooLong('kind') },
  ],
  'broken percent-escapes': [
    { path: '/?year=%E0%A4%A', notice: N.year },
    { path: '/?feature=%', notice: N.feature },
    { path: '/?status=%ZZ', notice: N.status },
    { path: '/?lang=%FF%FE', notice: N.lang },
    { path: '/#map=%E0%A4%A/%/%', notice: N.map },
    { path: '/?year=%00', notice: N.year },
    { path: '/?kind=%25%32%35', notice: N.kind },
    { path: '/?%=%&&&==&year=', notice: 'none' },
  ],
  'duplicate parameters (the last one counts)': [
    { path: `/?year=2015&year=${SCRIPT}`, notice: N.year },
    { path: `/?feature=${RAIL.id}&feature=__proto__`, notice: N.feature },
    { path: '/?lang=ru&lang=<b>x</b>', notice: N.lang },
    { path: '/?status=operational&status=__proto__', notice: N.status },
    { path: '/#map=5/50/120&map=NaN/NaN/NaN', notice: N.map },
    { path: '/?v=1&v=2', notice: N.v },
    {
      path: `/?year=${SCRIPT}&year=2015`,
      notice: 'unchecked',
      year: 2015,
      caption: `Network by end of 2015: ${ALL.filter((f) => standsOrIsDueBy(f, 2015)).length} features`,
    },
  ],
  'hostile values beside valid ones': [
    {
      path: `/?status=operational,${SCRIPT}`,
      notice: N.status,
      caption: `All years: ${OPERATIONAL} features`,
    },
    {
      path: `/?feature=${RAIL.id}&year=${IMG}&v=1`,
      notice: N.year,
      dialog: RAIL.name.en,
      cameraMoves: true,
    },
    {
      // A long unknown parameter first: the valid year after it must still count, or be reported as ignored.
      path: `/?x=${long('a')}&year=2015`,
      notice: 'unchecked',
      orIgnoredWithNotice: true,
      year: 2015,
      caption: `Network by end of 2015: ${ALL.filter((f) => standsOrIsDueBy(f, 2015)).length} features`,
    },
  ],
};

interface Observed {
  heading: boolean;
  mapCanvases: number;
  dialogs: string[];
  allYears: boolean;
  slider: string;
  caption: string;
  notices: string;
  roadBridgeEntry: string | null;
  camera: MapCamera;
  pwned: boolean;
  inlineHandlers: string[];
  prototypeKeys: string[];
}

async function observe(s: AppSession): Promise<Observed> {
  const page = s.page;
  const notice = urlNotice(page);
  const entry = listEntry(page, ROAD_BRIDGE.name.en);
  return {
    heading: await page.getByRole('heading', { level: 1, name: 'Border Logistics Map' }).isVisible(),
    mapCanvases: await mapCanvas(page).count(),
    dialogs: await dialogTitles(page),
    allYears: await allYearsBox(page).isChecked(),
    slider: await yearSlider(page).inputValue(),
    caption: (
      await page.getByText(/^(All years|Network by end of \d{4}): \d+ features?$/).innerText()
    ).trim(),
    notices: (await notice.count()) > 0 ? await notice.innerText() : '',
    roadBridgeEntry: (await entry.count()) > 0 ? await entry.getAttribute('aria-label') : null,
    camera: await mapCamera(page),
    pwned: await wasPwned(page),
    inlineHandlers: await inlineHandlerElements(page),
    prototypeKeys: await prototypeKeys(page),
  };
}

describe('hostile URLs (production build)', () => {
  let s: AppSession;
  let defaults: Observed;
  beforeAll(async () => {
    s = await launch(baseUrl, { viewport: TALL_VIEWPORT });
    await openApp(s, baseUrl, '/');
    defaults = await observe(s);
  });
  afterAll(async () => s?.close());

  it('has a clean baseline at / (defaults, no notice, English names)', () => {
    expect(defaults.heading).toBe(true);
    expect(defaults.mapCanvases).toBe(1);
    expect(defaults.dialogs).toEqual([]);
    expect(defaults.allYears).toBe(true);
    expect(defaults.caption).toBe(DEFAULT_CAPTION);
    expect(defaults.notices).toBe('');
    expect(defaults.roadBridgeEntry).toBe(`${ROAD_BRIDGE.name.en}, Operational, opened 2022`);
  });

  for (const [group, cases] of Object.entries(HOSTILE_URLS)) {
    describe(group, () => {
      for (const c of cases) {
        const label = c.path.length > 100 ? `${c.path.slice(0, 80)}… (${c.path.length} chars)` : c.path;
        it(`survives ${label}`, async () => {
          const errorsBefore = pageErrors(s).length;
          const cspBefore = s.cspViolations.length;
          await s.page.goto('about:blank');
          // openApp waits until the map has drawn the data: a hostile #map must not stop the map from loading.
          await openApp(s, baseUrl, c.path);
          const seen = await observe(s);

          expect(seen.heading).toBe(true);
          expect(seen.mapCanvases).toBe(1);
          expect(seen.pwned).toBe(false);
          expect(seen.inlineHandlers).toEqual([]);
          expect(seen.prototypeKeys).toEqual(defaults.prototypeKeys);
          expect(pageErrors(s).slice(errorsBefore)).toEqual([]);
          expect(s.cspViolations.slice(cspBefore)).toEqual([]);

          expect(seen.dialogs).toEqual(c.dialog ? [c.dialog] : []);
          if (c.dialog) await featureCard(s.page, c.dialog).waitFor({ timeout: 1_000 });
          const ignoredWithNotice = c.orIgnoredWithNotice === true && seen.notices !== '';
          const year = ignoredWithNotice ? undefined : c.year;
          const caption = ignoredWithNotice ? DEFAULT_CAPTION : (c.caption ?? DEFAULT_CAPTION);
          if (year === undefined) {
            expect(seen.allYears).toBe(true);
          } else {
            expect(
              seen.allYears,
              `"All years" is unchecked: year=${year} was applied (notice: "${seen.notices}")`,
            ).toBe(false);
            expect(seen.slider).toBe(String(year));
          }
          expect(seen.caption).toBe(caption);
          if (seen.roadBridgeEntry !== null)
            expect(seen.roadBridgeEntry).toBe(`${ROAD_BRIDGE.name.en}, Operational, opened 2022`);
          if (!c.cameraMoves) {
            expect(seen.camera.zoom).toBeCloseTo(defaults.camera.zoom, 2);
            expect(seen.camera.lat).toBeCloseTo(defaults.camera.lat, 2);
            expect(seen.camera.lon).toBeCloseTo(defaults.camera.lon, 2);
          }

          if (c.notice === 'none') expect(seen.notices).toBe('');
          else if (c.notice !== 'unchecked') {
            expect(seen.notices).not.toBe('');
            for (const pattern of Array.isArray(c.notice) ? c.notice : [c.notice])
              expect(seen.notices).toMatch(pattern);
            // Short and literal: the notice never echoes a payload as markup, nor at length.
            expect(seen.notices.length).toBeLessThan(800);
          }
        });
      }
    });
  }
});
