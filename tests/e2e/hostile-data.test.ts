// Data is untrusted input: markup in names, notes and titles must show as literal text, never run; only http(s)
// sources may become links (and those open with rel="noopener noreferrer"); map labels must not run anything either.
// The app is served a real data file into which hostile values were injected (page.route on the hashed asset).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  TALL_VIEWPORT,
  dataAlert,
  documentLinks,
  drawnLabels,
  editJsonResponses,
  featureCard,
  geoFeature,
  injectableElementCounts,
  inlineHandlerElements,
  jumpMapTo,
  launch,
  linksOf,
  listEntry,
  listEntryNames,
  openApp,
  pageErrors,
  recordRequests,
  waitForMapIdle,
  wasPwned,
} from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

const ASSET = /\/assets\/china-border-west-[^/]*\.geojson$/;

// ----- The hostile values (quoted in the test report) -----
const TARGET = geoFeature('blagoveshchensk-heihe-road-bridge');
const HOSTILE_NAME =
  'Blagoveshchensk <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script> bridge';
const HOSTILE_RU_NAME = '<img src=x onerror="window.__pwned=1">Мост';
const HOSTILE_STATUS_NOTE =
  '<b onmouseover="window.__pwned=1">Opened</b> <a href="javascript:window.__pwned=1">click me</a> <style>*{display:none}</style>';
const HOSTILE_LOCATION_NOTE =
  '<svg onload="window.__pwned=1"></svg><iframe src="javascript:window.__pwned=1"></iframe> placed by hand';
const HOSTILE_OPERATOR = '<details open ontoggle="window.__pwned=1">operator</details>';
/** Sources appended after the feature's real (https/http) sources. */
const HOSTILE_SOURCES = [
  { url: 'javascript:window.__pwned=1', title: 'A javascript: link', publisher: 'Hostile' },
  { url: 'JaVaScRiPt:window.__pwned=1', title: 'A mixed-case javascript: link', publisher: 'Hostile' },
  { url: '  javascript:window.__pwned=1', title: 'A javascript: link after spaces', publisher: 'Hostile' },
  { url: 'java\tscript:window.__pwned=1', title: 'A javascript: link split by a tab', publisher: 'Hostile' },
  { url: 'data:text/html,<script>window.__pwned=1</script>', title: 'A data: link', publisher: 'Hostile' },
  { url: 'vbscript:window.__pwned=1', title: 'A vbscript: link', publisher: 'Hostile' },
  {
    url: 'https://example.org/"><img src=x onerror="window.__pwned=1">',
    title: '<img src=x onerror="window.__pwned=1">An https link with markup',
    publisher: '<script>window.__pwned=1</script>',
  },
];
const SAFE_HOSTILE_SOURCES = 1; // the last one above is an https URL: it stays a link

// A second feature whose first source is a javascript: link that the timeline's source indexes count (as the data
// file's author wrote them): dropping the link must not drop the feature.
const SHIFTED = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');

type Source = { url: string; title: string; publisher: string; published?: string };

/** The card lists sources newest first (issue 11): the last day each date can mean, as a sortable key; undated last. */
function newestFirst(sources: Source[]): Source[] {
  const END: Record<string, string> = {
    Q1: '03-31',
    Q2: '06-30',
    Q3: '09-30',
    Q4: '12-31',
    H1: '06-30',
    H2: '12-31',
  };
  const SEASON: Record<string, string> = {
    spring: '05-31',
    summer: '08-31',
    autumn: '11-30',
    winter: '12-31',
  };
  const key = (d = '') => {
    const [y, rest] = [d.slice(0, 4), d.slice(5)];
    if (!d) return '';
    if (!rest) return `${y}-12-31`;
    if (/^\d{2}$/.test(rest)) return `${y}-${rest}-31`;
    return /^\d{2}-\d{2}$/.test(rest) ? d : `${y}-${END[rest] ?? SEASON[rest] ?? '12-31'}`;
  };
  return sources
    .map((source, i) => ({ source, i }))
    .sort((a, b) => key(b.source.published).localeCompare(key(a.source.published)) || a.i - b.i)
    .map((x) => x.source);
}
type RawFeature = {
  id: string;
  properties: {
    name: { en: string; ru?: string };
    statusNote?: string;
    sources: Source[];
    location: { note: string };
    facts?: { operator?: string; capacity?: { source?: number }[] };
    timeline?: { sources?: number[] }[];
  };
};

describe('hostile values in a data file (production build)', () => {
  let s: AppSession;
  let requests: string[];
  let realSources: Source[];
  let shiftedSourceCount: number;
  beforeAll(async () => {
    s = await launch(baseUrl, { viewport: TALL_VIEWPORT });
    requests = recordRequests(s.page);
    await editJsonResponses<{ features: RawFeature[] }>(s.page, ASSET, (json) => {
      const target = json.features.find((f) => f.id === TARGET.id);
      const shifted = json.features.find((f) => f.id === SHIFTED.id);
      if (!target || !shifted) throw new Error('the features to tamper with are missing');
      const p = target.properties;
      realSources = p.sources;
      p.name.en = HOSTILE_NAME;
      p.name.ru = HOSTILE_RU_NAME;
      p.statusNote = HOSTILE_STATUS_NOTE;
      p.location.note = HOSTILE_LOCATION_NOTE;
      p.facts = { ...p.facts, operator: HOSTILE_OPERATOR };
      p.sources = [...p.sources, ...HOSTILE_SOURCES];

      const q = shifted.properties;
      shiftedSourceCount = q.sources.length;
      q.sources = [
        { url: 'javascript:window.__pwned=1', title: 'Hostile first', publisher: 'Hostile' },
        ...q.sources,
      ];
      for (const event of q.timeline ?? []) event.sources = (event.sources ?? []).map((i) => i + 1);
      for (const c of q.facts?.capacity ?? []) if (c.source !== undefined) c.source += 1;
    });
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  it('lists the tampered feature under its name, as literal text', async () => {
    const names = await listEntryNames(s.page);
    expect(names.some((n) => n.startsWith(`${HOSTILE_NAME},`))).toBe(true);
    await expect(listEntry(s.page, HOSTILE_NAME).innerText()).resolves.toContain('<img src=x');
  });

  it('opens its card: a dialog whose name is the literal markup', async () => {
    await listEntry(s.page, HOSTILE_NAME).click();
    const card = featureCard(s.page, HOSTILE_NAME);
    await card.waitFor({ timeout: 5_000 });
    await expect(s.page.getByRole('dialog', { name: /<img src=x onerror=/ }).count()).resolves.toBe(1);
    await expect(
      s.page.getByRole('dialog', { name: /<script>window\.__pwned=1<\/script>/ }).count(),
    ).resolves.toBe(1);
  });

  it('shows the status note, the location note, the operator and the Russian name as literal text', async () => {
    const text = await featureCard(s.page, HOSTILE_NAME).innerText();
    expect(text).toContain(HOSTILE_STATUS_NOTE);
    expect(text).toContain(HOSTILE_LOCATION_NOTE);
    expect(text).toContain(HOSTILE_OPERATOR);
    expect(text).toContain(HOSTILE_RU_NAME);
  });

  it('runs none of it: window.__pwned stays undefined, even after hovering and clicking the card', async () => {
    const card = featureCard(s.page, HOSTILE_NAME);
    await card.getByText(HOSTILE_STATUS_NOTE).hover();
    await card.getByText(HOSTILE_STATUS_NOTE).click();
    await card.getByText(HOSTILE_OPERATOR).click();
    await s.page.waitForTimeout(300);
    await expect(wasPwned(s.page)).resolves.toBe(false);
  });

  it('creates no element from the data: no inline handlers, no iframe, no inline script, no img src=x', async () => {
    await expect(inlineHandlerElements(s.page)).resolves.toEqual([]);
    const counts = await injectableElementCounts(s.page);
    expect(counts).toEqual({ iframes: 0, inlineScripts: 0, imgX: 0, styleInBody: 0, details: 0 });
    expect(requests.filter((u) => /\/x$/.test(new URL(u).pathname))).toEqual([]);
  });

  it('has no javascript:, data: or vbscript: link anywhere in the document', async () => {
    const links = await documentLinks(s.page);
    expect(links.length).toBeGreaterThan(0);
    // Browsers ignore whitespace and control characters in a scheme ("java\tscript:"): compare without them.
    const scheme = (href: string) => [...href].filter((ch) => ch.charCodeAt(0) > 0x20).join('');
    const unsafe = links.filter((l) => /^(javascript|data|vbscript):/i.test(scheme(l.href)));
    expect(unsafe).toEqual([]);
  });

  it('keeps every https source as a link that opens in a new tab with rel="noopener noreferrer"', async () => {
    const card = featureCard(s.page, HOSTILE_NAME);
    // The Sources list holds each kept source once, newest first; the timeline links to the same sources.
    const sourceLinks = (
      await linksOf(
        card.getByRole('heading', { name: 'Sources' }).locator('xpath=following-sibling::ol[1]//a[@target]'),
      )
    ).map((l) => l.href);
    expect(sourceLinks).toEqual(
      newestFirst([...realSources, HOSTILE_SOURCES[HOSTILE_SOURCES.length - 1]!]).map((x) => x.url),
    );
    expect(sourceLinks).toHaveLength(realSources.length + SAFE_HOSTILE_SOURCES);
    const links = (await linksOf(card.locator('a[target]'))).map((l) => ({
      ...l,
      rel: l.rel.split(/\s+/).sort().join(' '),
    }));
    const kept = new Set(sourceLinks);
    expect(links.filter((l) => !kept.has(l.href))).toEqual([]);
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.target).toBe('_blank');
      expect(l.rel).toBe('noopener noreferrer');
    }
  });

  it('reports the dropped links in the data alert, naming the feature', async () => {
    const alert = dataAlert(s.page);
    await alert.getByText(/data problems/).click();
    const text = await alert.innerText();
    expect(text).toContain(`china-border-west.geojson · ${TARGET.id}`);
    expect(text).toMatch(/link dropped/);
  });

  it('draws the name on the map as a label, literally, and runs nothing', async () => {
    await jumpMapTo(s.page, { zoom: 11, lat: TARGET.position[1], lon: TARGET.position[0] });
    await waitForMapIdle(s.page);
    const labels = await drawnLabels(s.page);
    expect(labels).toContainEqual({ id: TARGET.id, label: HOSTILE_NAME });
    await expect(wasPwned(s.page)).resolves.toBe(false);
  });

  it('shows the name literally in the year panel ("What changes in 2022")', async () => {
    await s.page.getByRole('slider', { name: 'Year' }).fill('2022');
    const changes = s.page.getByText('What changes in 2022');
    await changes.click();
    await expect(s.page.locator('details', { has: changes }).innerText()).resolves.toContain(HOSTILE_NAME);
    await expect(wasPwned(s.page)).resolves.toBe(false);
    await s.page.getByRole('checkbox', { name: 'All years' }).check();
  });

  it('keeps a feature whose first source is a dropped javascript: link (timeline indexes count it)', async () => {
    const entry = listEntry(s.page, SHIFTED.name.en);
    const reported = (await dataAlert(s.page).innerText())
      .split('\n')
      .filter((line) => line.includes(SHIFTED.id))
      .join(' | ');
    expect(await entry.count(), `the data alert says: ${reported}`).toBe(1);
    await entry.click();
    const card = featureCard(s.page, SHIFTED.name.en);
    await card.waitFor({ timeout: 5_000 });
    const sources = card
      .getByRole('heading', { name: 'Sources' })
      .locator('xpath=following-sibling::ol[1]//a[@target="_blank"]');
    await expect(sources.count()).resolves.toBe(shiftedSourceCount);
    // The renumbered timeline citations still point at the feature's own sources, never at the dropped link.
    const cited = await card
      .locator('a[target="_blank"]')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(cited.every((href) => /^https?:\/\//.test(href))).toBe(true);
  });

  it('throws no uncaught errors and triggers no Content-Security-Policy violation', async () => {
    expect(pageErrors(s)).toEqual([]);
    expect(s.cspViolations).toEqual([]);
    await expect(wasPwned(s.page)).resolves.toBe(false);
  });
});
