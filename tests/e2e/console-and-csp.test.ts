// The everyday flows log nothing and break no rule of the site's Content-Security-Policy; the production HTML carries
// a strict policy (no inline or eval'd script, MapLibre's worker from 'self'); nothing is requested off-origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BROWSER_CONSOLE_NOISE,
  TALL_VIEWPORT,
  bringFeatureIntoView,
  clickFeatureOnMap,
  featureCard,
  geoFeature,
  launch,
  listEntry,
  listedIds,
  openApp,
  openExtraPage,
  recordConsoleWithOrigin,
  waitForMapIdle,
  waitForMapToSettle,
  wasPwned,
} from './driver';
import type { AppSession, ConsoleEntry } from './driver';

const baseUrl = inject('baseUrl');

/**
 * Console warnings allowed in these flows: only the browser's own notices (driver.ts BROWSER_CONSOLE_NOISE), and only
 * when no app script logged them (no /assets/ location). The app itself must warn about nothing.
 */
function unexpected(entries: ConsoleEntry[]): string[] {
  return entries
    .filter((e) => e.type === 'error' || e.type === 'warning')
    .filter((e) => {
      if (e.type === 'error') return true;
      const fromBrowser = !/\/assets\//.test(e.url) && e.line === 0;
      return !(fromBrowser && BROWSER_CONSOLE_NOISE.some((re) => re.test(e.text)));
    })
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
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  it('load: no console error and no unexpected warning', () => {
    expect(sinceLastCheck()).toEqual([]);
  });

  it('open a card from the list: none', async () => {
    await listEntry(s.page, ROAD_BRIDGE.name.en).click();
    await featureCard(s.page, ROAD_BRIDGE.name.en).waitFor({ timeout: 5_000 });
    await waitForMapToSettle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('change the year with the slider: none', async () => {
    await s.page.getByRole('slider', { name: 'Year' }).fill('2015');
    await waitForMapIdle(s.page);
    await s.page.getByRole('checkbox', { name: 'All years' }).check();
    await waitForMapIdle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('toggle a legend entry off and on: none', async () => {
    const port = s.page.getByRole('group', { name: 'Kinds' }).getByRole('button', { name: /^Port \d+$/ });
    await port.click();
    await waitForMapIdle(s.page);
    await port.click();
    await waitForMapIdle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('search the list: none', async () => {
    const search = s.page.getByRole('searchbox', { name: 'Search features' });
    await search.fill('Blagoveshchensk');
    await expect(listedIds(s.page)).resolves.toContain(ROAD_BRIDGE.id);
    await waitForMapIdle(s.page);
    await search.fill('');
    await waitForMapIdle(s.page);
    expect(sinceLastCheck()).toEqual([]);
  });

  it('hover and click an icon on the map (its card opens): none', async () => {
    await s.page.getByRole('button', { name: 'Close', exact: true }).click();
    await bringFeatureIntoView(s.page, LONE_ICON.id, 9);
    await clickFeatureOnMap(s.page, LONE_ICON.id);
    await featureCard(s.page, LONE_ICON.name.en).waitFor({ timeout: 5_000 });
    await waitForMapToSettle(s.page);
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
      const inPage = await s.page.evaluate(
        () =>
          document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      );
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
      initScript: `window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    await page.route(`${baseUrl}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(META_CSP, (tag) =>
        // The built HTML writes ' as &#39;, whose ";" would end a directive early: edit the decoded policy.
        tag
          .replaceAll('&#39;', "'")
          .replace(/worker-src [^;"]*/, "worker-src 'self'")
          .replace(/child-src [^;"]*/, "child-src 'self'"),
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${baseUrl}/`);
    await waitForMapIdle(page);
    const seen = await page.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    expect(seen.policy).toMatch(/worker-src 'self';/);
    expect(seen.violations).toEqual([]);
    await context.close();
  });

  // Last: this test causes violations on purpose, to show that the policy is enforced and that they are recorded.
  it('is enforced: eval and an injected inline script are refused, and each refusal is reported', async () => {
    const before = s.cspViolations.length;
    // DevTools-evaluated code may eval freely; code the page runs later (a timer) is what the policy governs.
    await s.page.evaluate(() => {
      const w = window as unknown as { __evalOutcome?: string };
      setTimeout(() => {
        try {
          w.__evalOutcome = String((0, eval)('1 + 1'));
        } catch (e) {
          w.__evalOutcome = (e as Error).name;
        }
        const script = document.createElement('script');
        script.textContent = 'window.__pwned = 1';
        document.body.append(script);
      }, 0);
    });
    const outcome = await s.page
      .waitForFunction(() => (window as unknown as { __evalOutcome?: string }).__evalOutcome)
      .then((h) => h.jsonValue());
    expect(outcome).toBe('EvalError');
    await expect(wasPwned(s.page)).resolves.toBe(false);
    await expect
      .poll(() => s.cspViolations.slice(before).map((v) => v.split(' ')[0]), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
    expect(s.cspViolations.slice(before)).toHaveLength(2);
  });
});
