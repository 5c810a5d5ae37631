// "Latest developments" with since=, the embed page, Cite on a card, the Embed snippet and the per-feature pages
// with their Open Graph tags (production build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { featureCard, geoFeature, launch, openApp, waitForUrl } from './driver';
import type { AppSession } from './driver';
import { checkDataset } from '../../src/data/check-dataset';
import { feedEntries, feedSince } from '../../src/domain/feed';
import { readBorders, readGeoFiles } from '../../scripts/geo-files';

const baseUrl = inject('baseUrl');
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SINCE = '2025-06-01';
const KHASAN = geoFeature('khasan-tumangang-road-bridge');
const ZABAIKALSK = geoFeature('zabaikalsk-manzhouli-rail');

const dataset = checkDataset(
  readGeoFiles(),
  readBorders(),
  new Date().toISOString().slice(0, 10),
).features.map((f) => f.feature);

describe('the "Latest developments" feed (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl, `/?since=${SINCE}&v=1`);
  });
  afterAll(async () => s?.close());

  const feed = () => s.page.getByRole('region', { name: 'Latest developments' });

  it('with since= it is open and lists only later events, newest first, as many as the data has', async () => {
    await feed().waitFor();
    const expected = feedSince(feedEntries(dataset), SINCE);
    expect(expected.length).toBeGreaterThan(3);
    await expect(feed().getByRole('status').innerText()).resolves.toBe(
      `${expected.length} events after 1 Jun 2025`,
    );
    const days = await feed()
      .locator('li[data-date]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
    expect(days.length).toBe(Math.min(30, expected.length));
    for (const d of days) expect(d > SINCE, d).toBe(true);
    expect(days).toEqual([...days].sort().reverse());
    expect(days).toEqual(expected.slice(0, days.length).map((e) => e.day));
  });

  it('each entry has its date, its feature as a link to the card, what happened and its sources', async () => {
    const first = feed().locator('li').first();
    await expect(first.locator('time').count()).resolves.toBe(1);
    const links = await first
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links[0]).toMatch(/[?&]feature=[a-z0-9-]+/);
    for (const href of links.slice(1)) expect(href).toMatch(/^https?:\/\//);
  });

  it('follows the filters: with only North Korea, only its features appear', async () => {
    await s.page.getByRole('button', { name: 'China', exact: true }).click();
    await waitForUrl(s.page, (u) => u.searchParams.get('border') === 'kp');
    const names = await feed().locator('li .feed__meta a').allInnerTexts();
    const kp = new Set(dataset.filter((f) => f.properties.border === 'kp').map((f) => f.properties.name.en));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(kp.has(n), n).toBe(true);
    await s.page.getByRole('button', { name: 'China', exact: true }).click();
    await waitForUrl(s.page, (u) => u.searchParams.get('border') === null);
  });

  it('since can be changed in the feed, and the URL follows', async () => {
    await feed().getByLabel('Since').fill('2026-01-01');
    await waitForUrl(s.page, (u) => u.searchParams.get('since') === '2026-01-01');
    const expected = feedSince(feedEntries(dataset), '2026-01-01');
    await expect(feed().getByRole('status').innerText()).resolves.toBe(
      `${expected.length} events after 1 Jan 2026`,
    );
  });

  it('an entry opens its card', async () => {
    const link = feed().locator('li .feed__meta a').first();
    const name = await link.innerText();
    await link.click();
    await featureCard(s.page, name).waitFor();
  });

  it('the control named "Latest developments" closes and opens it', async () => {
    const control = s.page.getByRole('button', { name: 'Latest developments' });
    await expect(control.getAttribute('aria-expanded')).resolves.toBe('true');
    await control.click();
    await expect(feed().count()).resolves.toBe(0);
    await control.click();
    await feed().waitFor();
  });

  it('logs no CSP violations', () => expect(s.cspViolations).toEqual([]));
});

describe('Cite and Embed (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl, `/?feature=${KHASAN.id}&v=1`);
  });
  afterAll(async () => s?.close());

  it('the card\'s "Cite" shows the citation with the permalink, the access date and BibTeX', async () => {
    const card = featureCard(s.page, KHASAN.name.en);
    await card.getByRole('button', { name: 'Cite', exact: true }).click();
    const panel = card.getByRole('region', { name: `Citation of ${KHASAN.name.en}` });
    const text = await panel.innerText();
    const today = new Date();
    const year = today.getUTCFullYear();
    expect(text).toContain(`feature=${KHASAN.id}`);
    expect(text).toMatch(new RegExp(`accessed \\d{1,2} \\w+ ${year}`));
    expect(text).toContain(`@misc{blm-${KHASAN.id}-${year}`);
    expect(text).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('BibTeX citation copied.');
  });

  it('"Embed" gives an <iframe> snippet of the current view with embed=1', async () => {
    await s.page.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = await s.page.getByLabel('HTML to paste into your page').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+embed=1[^"]*" width="800" height="600"/);
    expect(code).toContain(`feature=${KHASAN.id}`);
    expect(code).toContain('title="Border Logistics Map"');
  });

  it('names the feature in the page title', async () => {
    await expect(s.page.title()).resolves.toBe(`${KHASAN.name.en} — Border Logistics Map`);
  });
});

describe('the embed page ?embed=1 (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl, { viewport: { width: 800, height: 600 } });
    await openApp(s, baseUrl, `/?embed=1&feature=${ZABAIKALSK.id}&v=1`);
  });
  afterAll(async () => s?.close());

  it('shows the map and the card without the header and the panel', async () => {
    await expect(
      s.page.getByRole('region', { name: 'Map', exact: true }).locator('canvas').count(),
    ).resolves.toBe(1);
    await featureCard(s.page, ZABAIKALSK.name.en).waitFor();
    await expect(s.page.getByRole('heading', { name: 'Border Logistics Map' }).count()).resolves.toBe(0);
    await expect(s.page.getByRole('complementary').count()).resolves.toBe(0);
    await expect(s.page.getByRole('list', { name: 'Features' }).count()).resolves.toBe(0);
  });

  it('has a "View full map" link to the same view without embed', async () => {
    const link = s.page.getByRole('link', { name: 'View full map' });
    const href = new URL((await link.getAttribute('href')) ?? '', baseUrl);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('feature')).toBe(ZABAIKALSK.id);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
  });

  it('logs no CSP violations', () => expect(s.cspViolations).toEqual([]));
});

describe('per-feature pages for link previews (production build)', () => {
  it('dist/f/<id>/index.html carries the title and Open Graph / Twitter tags with name and status, no script', () => {
    const html = readFileSync(join(DIST, 'f', KHASAN.id, 'index.html'), 'utf8');
    expect(html).toContain(`<title>${KHASAN.name.en} — Border Logistics Map</title>`);
    expect(html).toContain(`<meta property="og:title" content="${KHASAN.name.en} — Border Logistics Map" />`);
    expect(html).toMatch(/<meta property="og:description" content="Road bridge, Under construction, /);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('<script');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  it('one page per feature in the data', () => {
    for (const f of dataset)
      expect(readFileSync(join(DIST, 'f', f.id, 'index.html'), 'utf8')).toContain(f.id);
  });

  it("sends a reader on to the app with the feature's card open", async () => {
    const s = await launch(baseUrl);
    try {
      await s.page.goto(`${baseUrl}/f/${KHASAN.id}/`);
      // A navigation (the meta refresh), so Playwright's own wait rather than polling the page.
      await s.page.waitForURL((u) => u.searchParams.get('feature') === KHASAN.id, { timeout: 15_000 });
      await featureCard(s.page, KHASAN.name.en).waitFor({ timeout: 30_000 });
      expect(s.cspViolations).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
