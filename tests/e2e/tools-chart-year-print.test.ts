// The capacity chart against its table, the year control's span, Play and from–to comparison, the year on the
// map, the tools on a phone, axe with the tools open, and printing (production build).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  firePrintEvent,
  horizontalOverflow,
  isOnTopAt,
  launch,
  listedIds,
  openApp,
  openExtraPage,
  recordRequests,
  renderedIds,
  waitForMapIdle,
  waitForUrl,
} from './driver';
import type { AppSession, AxeViolation } from './driver';
import { checkDataset } from '../../src/data/check-dataset';
import { changeYears, differingIds } from '../../src/domain/feed';
import { readBorders, readGeoFiles } from '../../scripts/geo-files';

const baseUrl = inject('baseUrl');
const dataset = checkDataset(
  readGeoFiles(),
  readBorders(),
  new Date().toISOString().slice(0, 10),
).features.map((f) => f.feature);

const serious = (violations: AxeViolation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`);

describe('capacity over the years (production build)', () => {
  let s: AppSession;
  let requests: string[];
  beforeAll(async () => {
    s = await launch(baseUrl);
    requests = recordRequests(s.page);
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  it('loads the chart library only when the chart is opened', async () => {
    expect(requests.filter((u) => /\/uplot-[^/]*\.js/.test(u))).toEqual([]);
    await s.page.getByRole('button', { name: 'Capacity over the years' }).click();
    await s.page.locator('.capacity__chart canvas').first().waitFor();
    expect(requests.filter((u) => /\/uplot-[^/]*\.js/.test(u))).toHaveLength(1);
  });

  it('plots the same figures as its table, gaps included', async () => {
    const plotted = JSON.parse(
      (await s.page.locator('.capacity__chart').getAttribute('data-values')) ?? '[]',
    ) as { label: string; values: (number | null)[] }[];
    expect(plotted.length).toBeGreaterThan(0);
    await s.page.getByText('Figures by year').click();
    const table = s.page.getByRole('table', { name: /capacity \(Mt\/yr\) by year and section/ });
    const headers = (await table.getByRole('columnheader').allInnerTexts()).slice(1);
    expect(headers).toEqual(plotted.map((p) => p.label));
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          Array.from(r.querySelectorAll('td')).map((td) => td.getAttribute('data-value') ?? ''),
        ),
      );
    plotted.forEach((series, j) =>
      series.values.forEach((v, i) =>
        expect(cells[i]?.[j], `${series.label} row ${i}`).toBe(v === null ? '' : String(v)),
      ),
    );
    // The data has gaps, and they stay gaps: some years without a figure, shown as such.
    expect(plotted.some((p) => p.values.includes(null))).toBe(true);
    await expect(table.getByText('no figure').first().isVisible()).resolves.toBe(true);
  });

  it('offers each measure the data has', async () => {
    const options = await s.page.getByRole('combobox', { name: 'Measure' }).locator('option').allInnerTexts();
    expect(options[0]).toBe('Freight (Mt/yr)');
    expect(options.length).toBeGreaterThan(1);
  });

  it('logs no CSP violations', () => expect(s.cspViolations).toEqual([]));
});

describe('the year control (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());
  const slider = () => s.page.getByRole('slider', { name: 'Year' });
  const overlay = () => s.page.getByTestId('map-year');

  it('spans 1990 to the latest target by default, with an "earlier" end at 1989', async () => {
    await expect(overlay().innerText()).resolves.toBe('All years');
    await s.page.getByRole('checkbox', { name: 'All years' }).uncheck();
    await expect(slider().getAttribute('min')).resolves.toBe('1989');
    const max = Number(await slider().getAttribute('max'));
    expect(max).toBeGreaterThanOrEqual(2030);
    await slider().focus();
    await s.page.keyboard.press('Home');
    await waitForUrl(s.page, (u) => u.searchParams.get('year') === '1989');
    await expect(slider().getAttribute('aria-valuetext')).resolves.toBe('before 1990');
    await expect(overlay().innerText()).resolves.toBe('1989');
  });

  it('"Earlier years" widens it to the earliest year in the data', async () => {
    await s.page.getByRole('checkbox', { name: /^Earlier years/ }).check();
    const min = Number(await slider().getAttribute('min'));
    expect(min).toBeLessThan(1960);
    await s.page.getByRole('checkbox', { name: /^Earlier years/ }).uncheck();
  });

  it('Play stops only at years in which the map changes', async () => {
    const max = Number(await slider().getAttribute('max'));
    const stops = new Set(changeYears(dataset, 1989, max));
    await s.page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
    await s.page.getByRole('button', { name: 'Play' }).click();
    const seen = new Set<number>();
    for (let i = 0; i < 25; i++) {
      seen.add(Number(await slider().inputValue()));
      await s.page.waitForTimeout(120);
    }
    await s.page.getByRole('button', { name: 'Pause' }).click();
    expect(seen.size).toBeGreaterThan(2);
    for (const y of seen) expect(stops.has(y), `year ${y}`).toBe(true);
  });

  it('"Compare two years" shows only the features that differ between them, and says so on the map', async () => {
    await s.page.getByText('Compare two years').click();
    await s.page.getByRole('combobox', { name: 'From end of' }).selectOption('2025');
    await s.page.getByRole('combobox', { name: 'to end of' }).selectOption('2030');
    // Choosing a year starts the comparison (the "Compare" button starts it with the years shown).
    await waitForUrl(
      s.page,
      (u) => u.searchParams.get('from') === '2025' && u.searchParams.get('to') === '2030',
    );
    const expected = differingIds(dataset, 2025, 2030).sort();
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => listedIds(s.page)).toEqual(expected);
    await waitForMapIdle(s.page);
    for (const id of await renderedIds(s.page)) expect(expected).toContain(id);
    await expect(overlay().innerText()).resolves.toBe('2025–2030');
    await s.page.getByRole('button', { name: 'Stop comparing' }).click();
    await waitForUrl(s.page, (u) => u.searchParams.get('from') === null);
  });
});

describe('the tools on a phone (375×812) and axe with them open (production build)', () => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    ({ page } = await openExtraPage(s, { bypassCSP: true, viewport: { width: 375, height: 812 } }));
    page.setDefaultTimeout(10_000);
    await page.goto(`${baseUrl}/?since=2025-01-01&v=1`);
    await waitForMapIdle(page);
  });
  afterAll(async () => s?.close());

  it('opens the table over the whole screen, and a row opens its card over it', async () => {
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const box = await page.getByRole('region', { name: 'Table of features' }).boundingBox();
    expect(box?.width).toBe(375);
    const row = page.getByRole('table').locator('tbody th button').first();
    const name = await row.innerText();
    await row.click();
    const card = page.getByRole('dialog', { name });
    await card.waitFor();
    const cardBox = await card.boundingBox();
    // The card is on top where the two overlap: its centre hits the card.
    const hit = await isOnTopAt(card, {
      x: (cardBox?.x ?? 0) + (cardBox?.width ?? 0) / 2,
      y: (cardBox?.y ?? 0) + 40,
    });
    expect(hit).toBe(true);
  });

  it('has no serious or critical axe violations with the table, the card and the feed open', async () => {
    const found = serious(await axeViolations(page));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('keeps the page from scrolling sideways', async () => {
    await page.getByRole('button', { name: 'Close tools' }).click();
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('has no serious or critical axe violations with the chart open', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Capacity over the years' }).click();
    await page.locator('.capacity__chart canvas').first().waitFor();
    await page.getByText('Figures by year').click();
    const found = serious(await axeViolations(page));
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('printing (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl, '/?feature=blagoveshchensk-heihe-road-bridge&v=1');
  });
  afterAll(async () => s?.close());

  it('prints the map as a picture, its legend and the card, without the controls', async () => {
    await firePrintEvent(s.page, 'beforeprint');
    const src = await s.page.locator('.map-print-image').getAttribute('src');
    expect(src?.startsWith('data:image/png;base64,')).toBe(true);
    expect(src?.length ?? 0).toBeGreaterThan(20_000);
    await s.page.emulateMedia({ media: 'print' });
    await expect(s.page.locator('.map-print-image').isVisible()).resolves.toBe(true);
    await expect(s.page.locator('.legend').first().isVisible()).resolves.toBe(true);
    await expect(
      s.page.getByRole('dialog', { name: 'Blagoveshchensk–Heihe road bridge' }).isVisible(),
    ).resolves.toBe(true);
    for (const name of ['Copy link', 'Table', 'Download CSV', 'Play'])
      await expect(s.page.getByRole('button', { name, exact: true }).isVisible(), name).resolves.toBe(false);
    await expect(s.page.getByRole('list', { name: 'Features' }).isVisible()).resolves.toBe(false);
  });

  it('makes a PDF on A4 and on Letter', async () => {
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await s.page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
    }
    await s.page.emulateMedia({ media: 'screen' });
    await firePrintEvent(s.page, 'afterprint');
    await expect(s.page.locator('.map-print-image').count()).resolves.toBe(0);
  });
});
