import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvField, featuresToCsv } from '../../src/domain/export-csv';
import { FEATURES, FIXTURE_TODAY, withProperties } from '../fixtures/features';
import { parseCsv } from '../fixtures/parse-csv';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Blagoveshchensk')).toBe('Blagoveshchensk');
    expect(csvField('Мост Благовещенск — Хэйхэ')).toBe('Мост Благовещенск — Хэйхэ');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'neutralises a formula trigger at the start: %j',
    (value) => {
      const out = csvField(value);
      expect(out.startsWith('"\'')).toBe(true);
      expect(parseCsv(`${out}\r\n`)[0]?.[0]).toBe(`'${value}`);
    },
  );

  it('does not touch a trigger character inside the text', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('Khasan-Tumangang')).toBe('Khasan-Tumangang');
  });
});

describe('featuresToCsv', () => {
  const csv = featuresToCsv(FEATURES, FIXTURE_TODAY);

  it('starts with a UTF-8 BOM and ends each record with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('has the header and one row per feature, every row as wide as the header', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(FEATURES.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('carries ids, names in every language, status, dates, capacity, precision and source URLs', () => {
    const rows = parseCsv(csv.slice(1));
    const header = rows[0] ?? [];
    const row = rows.find((r) => r[0] === 'blagoveshchensk-heihe-road-bridge') ?? [];
    const get = (c: string) => row[header.indexOf(c)];
    expect(get('name_ru')).toBe('Мост Благовещенск — Хэйхэ');
    expect(get('name_zh')).toBe('黑河—布拉戈维申斯克大桥');
    expect(get('status')).toBe('operational');
    expect(get('opened')).toBe('2022-06-10');
    expect(get('capacity')).toContain('3,000,000 t/yr (2023)');
    expect(get('precision')).toBe('site');
    expect(get('radius_m')).toBe('300');
    expect(get('lon')).toBe('127.4653');
    expect(get('newest_source')).toBe('2022-06-10');
    expect(get('source_urls')).toBe('https://example.org/source-1 https://example.org/source-2');
    const khasan = rows.find((r) => r[0] === 'khasan-tumangang-road-bridge') ?? [];
    expect(khasan[header.indexOf('overdue')]).toBe('yes');
    expect(khasan[header.indexOf('name_ko')]).toBe('두만강 자동차다리');
  });

  it('reads back hostile names exactly, with formulas neutralised', () => {
    const hostile = withProperties('example-closed-ferry', {
      name: { en: '=HYPERLINK("http://evil.example","x"), "quoted"\r\nnext', ru: '@cmd', zh: '+1', ko: '-2' },
    });
    const rows = parseCsv(featuresToCsv([hostile], FIXTURE_TODAY).slice(1));
    expect(rows).toHaveLength(2);
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    expect(row[header.indexOf('name_en')]).toBe(`'=HYPERLINK("http://evil.example","x"), "quoted"\r\nnext`);
    expect(row[header.indexOf('name_ru')]).toBe(`'@cmd`);
    expect(row[header.indexOf('name_zh')]).toBe(`'+1`);
    expect(row[header.indexOf('name_ko')]).toBe(`'-2`);
  });
});
