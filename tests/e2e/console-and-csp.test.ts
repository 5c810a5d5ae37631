// The everyday flows log nothing and break no rule of the site's Content-Security-Policy; the production HTML carries
// a strict policy (no inline or eval'd script, MapLibre's worker from 'self'); nothing is requested off-origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BROWSER_CONSOLE_NOISE,
  RECORD_VIOLATIONS_IN_PAGE,
  TALL_VIEWPORT,
  editTextResponses,
  isBrowserNotice,
  launch,
  geoFeature,
  listedIds,
  openExtraPage,
  policyInPage,
  recordConsoleWithOrigin,
  steps,
  tryEvalAndInlineScript,
  violationsInPage,
  waitForMapIdle,
  wasPwned,
} from './driver';
import type { AppSession, ConsoleEntry, Steps } from './driver';

const baseUrl = inject('baseUrl');

/**
 * Console warnings allowed in these flows: only the browser's own notices (driver.ts BROWSER_CONSOLE_NOISE), and only
 * when no app script logged them (no /assets/ location). The app itself must warn about nothing.
 */
function unexpected(entries: ConsoleEntry[]): string[] {
  return entries
    .filter((e) => e.type === 'error' || e.type === 'warning')
    .filter((e) => e.type === 'error' || !isBrowserNotice(e, BROWSER_CONSOLE_NOISE))
    .map((e) => `${e.type}: ${e.text}${e.url ? ` (${e.url}:${e.line})` : ''}`);
}

/** Directive name → its source list, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const ROAD_BRIDGE = geoFeature('blagoveshchensk-heihe-road-bridge');
// An icon with no co-located neighbour, so it is drawn exactly at its coordinates (no spread offset to compute).
const LONE_ICON = geoFeature('pokrovka-raohe');

describe('console, Content-Security-Policy and requests (production build)', () => {
  let s: AppSession;
  let given: Steps['given'];
  let when: Steps['when'];
  let then: Steps['then'];
  let log: ConsoleEntry[];
  let mark = 0;
  /** Console errors and unexpected warnings since the previous call. */
  const sinceLastCheck = () => {
    const slice = log.slice(mark);
    mark = log.length;
    return unexpected(slice);
  };
  beforeAll(async () => {
    s = await launch(baseUrl, {
      viewport: TALL_VIEWPORT,
      // The last test injects an inline script on purpose; Chromium reports the refusal on the console.
      expectedConsole: [
        /^Executing inline script violates the following Content Security Policy directive 'script-src 'self''/,
      ],
    });
    log = recordConsoleWithOrigin(s.page);
    ({ given, when, then } = steps(s));
    await given.appAt('/');
  });
  afterAll(async () => s?.close());

  it('load: no console error and no unexpected warning', () => {
    expect(sinceLastCheck()).toEqual([]);
  });

  it('open a card from the list: none', async () => {
    await when.chooseInList(ROAD_BRIDGE);
    await then.cardOpens(ROAD_BRIDGE, 5_000);
    await then.mapSettles();
    expect(sinceLastCheck()).toEqual([]);
  });

  it('change the year with the slider: none', async () => {
    await when.setYear(2015);
    await waitForMapIdle(s.page);
    await when.showAllYears();
    await waitForMapIdle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('toggle a legend entry off and on: none', async () => {
    await when.toggleKind('Port');
    await waitForMapIdle(s.page);
    await when.toggleKind('Port');
    await waitForMapIdle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('search the list: none', async () => {
    await when.search('Blagoveshchensk');
    await expect(listedIds(s.page)).resolves.toContain(ROAD_BRIDGE.id);
    await waitForMapIdle(s.page);
    await when.search('');
    await waitForMapIdle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('hover and click an icon on the map (its card opens): none', async () => {
    await when.closeCard();
    await given.featureInView(LONE_ICON, 9);
    await when.clickOnMap(LONE_ICON);
    await then.cardOpens(LONE_ICON, 5_000);
    await then.mapSettles();
    expect(sinceLastCheck()).toEqual([]);
  });

  it('records zero Content-Security-Policy violations across all these flows', () => {
    expect(s.cspViolations).toEqual([]);
  });

  it('requests nothing outside its own origin', () => {
    expect(s.foreignRequests).toEqual([]);
  });

  describe('the policy in the production HTML', () => {
    let served: string;
    let policy: Map<string, string[]>;
    beforeAll(async () => {
      served = await (await fetch(`${baseUrl}/`)).text();
      const m = META_CSP.exec(served);
      policy = parsePolicy(decode(m?.[1] ?? ''));
    });

    it('is the one in dist/index.html, and the page applies the same text', async () => {
      const onDisk = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'index.html'), 'utf8');
      expect(META_CSP.exec(onDisk)?.[1]).toBe(META_CSP.exec(served)?.[1]);
      const inPage = await policyInPage(s.page);
      expect(parsePolicy(inPage)).toEqual(policy);
    });

    it('comes before any script or stylesheet in <head> (a CSP meta only governs what follows it)', () => {
      const at = served.search(META_CSP);
      expect(at).toBeGreaterThan(-1);
      const firstScript = served.search(/<script\b/i);
      const firstLink = served.search(/<link\b[^>]*rel="(stylesheet|modulepreload)"/i);
      expect(at).toBeLessThan(firstScript);
      expect(at).toBeLessThan(firstLink);
    });

    it("has a script-src with 'self' and without 'unsafe-inline', 'unsafe-eval', data:, blob: or *", () => {
      const script = policy.get('script-src');
      expect(script).toBeDefined();
      expect(script).toContain("'self'");
      for (const banned of ["'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:', '*', 'http:', 'https:'])
        expect(script).not.toContain(banned);
    });

    it("allows 'unsafe-eval' nowhere", () => {
      for (const [, sources] of policy) expect(sources).not.toContain("'unsafe-eval'");
    });

    it("has worker-src 'self' (MapLibre's worker is a same-origin file)", () => {
      expect(policy.get('worker-src')).toContain("'self'");
    });

    it('lets the page fetch from its own origin and the opt-in tile hosts only (connect-src), images from none', () => {
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual([
        "'self'",
        'https://server.arcgisonline.com',
        'https://tile.openstreetmap.org',
        'https://tiles.openrailwaymap.org',
      ]);
      // MapLibre fetches raster tiles (connect-src) and draws them from blob: images: no remote host for img-src.
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    });

    it("blocks plugins and base-URL hijacking (object-src 'none', base-uri 'self')", () => {
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
    });
  });

  it("draws the map under worker-src 'self' alone: blob: workers are not needed", async () => {
    const { page, context } = await openExtraPage(s, {
      viewport: TALL_VIEWPORT,
      initScript: RECORD_VIOLATIONS_IN_PAGE,
    });
    await editTextResponses(page, `${baseUrl}/`, (html) =>
      html.replace(META_CSP, (tag) =>
        // The built HTML writes ' as &#39;, whose ";" would end a directive early: edit the decoded policy.
        tag
          .replaceAll('&#39;', "'")
          .replace(/worker-src [^;"]*/, "worker-src 'self'")
          .replace(/child-src [^;"]*/, "child-src 'self'"),
      ),
    );
    await steps(s, page).given.appAt('/');
    expect(await policyInPage(page)).toMatch(/worker-src 'self';/);
    expect(await violationsInPage(page)).toEqual([]);
    await context.close();
  });

  // Last: this test causes violations on purpose, to show that the policy is enforced and that they are recorded.
  it('is enforced: eval and an injected inline script are refused, and each refusal is reported', async () => {
    const before = s.cspViolations.length;
    // DevTools-evaluated code may eval freely; code the page runs later (a timer) is what the policy governs.
    expect(await tryEvalAndInlineScript(s.page)).toBe('EvalError');
    await expect(wasPwned(s.page)).resolves.toBe(false);
    await expect
      .poll(() => s.cspViolations.slice(before).map((v) => v.split(' ')[0]), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
    expect(s.cspViolations.slice(before)).toHaveLength(2);
  });
});
