// CSV export of the filtered features: RFC 4180 (CRLF, quoted fields), UTF-8 with a BOM so spreadsheet programs
// read Cyrillic, Chinese and Korean names, and spreadsheet formulas neutralised.
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import type { MapFeature } from './schema';
import { NO_TARGET } from './data-rules';
import { dateLine, formatCapacity } from './feature-view';
import { newestSourceDate } from './newest-source';
import { anchorPosition } from './geometry';

export const CSV_COLUMNS = [
  'id',
  'name_en',
  'name_ru',
  'name_zh',
  'name_ko',
  'kind',
  'border',
  'section',
  'status',
  'overdue',
  'opened',
  'closed',
  'target',
  'capacity',
  'precision',
  'radius_m',
  'lon',
  'lat',
  'newest_source',
  'source_urls',
] as const;

/** A leading =, +, -, @, tab or CR makes a spreadsheet read the cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula triggers get a leading apostrophe; quotes, commas and line breaks are quoted (RFC 4180). */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: string[]): string {
  return values.map(csvField).join(',');
}

export function featureCsvValues(feature: MapFeature, today: string): string[] {
  const p = feature.properties;
  const line = dateLine(p, today);
  const [lon, lat] = anchorPosition(feature.geometry);
  const values: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: feature.id,
    name_en: p.name.en,
    name_ru: p.name.ru ?? '',
    name_zh: p.name.zh ?? '',
    name_ko: p.name.ko ?? '',
    kind: p.kind,
    border: p.border ?? '',
    section: p.section,
    status: p.status,
    overdue: line.overdue ? 'yes' : 'no',
    opened: p.opened ?? '',
    closed: p.closed ?? '',
    target: p.target === NO_TARGET ? 'none announced' : (p.target ?? ''),
    capacity: (p.facts?.capacity ?? []).map((c) => formatCapacity(c)).join('; '),
    precision: p.location.precision,
    radius_m: String(p.location.radiusM),
    lon: lon === undefined ? '' : String(lon),
    lat: lat === undefined ? '' : String(lat),
    newest_source: newestSourceDate(p) ?? '',
    source_urls: p.sources.map((s) => s.url).join(' '),
  };
  return CSV_COLUMNS.map((c) => values[c]);
}

export const CSV_BOM = '\uFEFF';

/** The header row in the reader's language: in English the column ids themselves ("id", "name_en", …). */
export function csvHeader(tr: Translator = ENGLISH): string[] {
  return CSV_COLUMNS.map((c) => tr.t(`csv.${c}` as MessageKey));
}

/**
 * The whole file: BOM, header, one CRLF-terminated record per feature. The header follows the reader's language;
 * the values stay as the data holds them (vocabulary ids, ISO dates), so a spreadsheet can filter on them.
 */
export function featuresToCsv(
  features: readonly MapFeature[],
  today: string,
  tr: Translator = ENGLISH,
): string {
  const lines = [csvRow(csvHeader(tr)), ...features.map((f) => csvRow(featureCsvValues(f, today)))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
