// Partial dates as sources print them: a year, a month, a day, a quarter, a half or a season.
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(Q[1-4])|-(H[12])|-(spring|summer|autumn|winter))?$/;

export interface ParsedDate {
  year: number;
  /** 1-based month of the earliest day the value can mean. */
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
}

export function parsePartialDate(value: string): ParsedDate | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1800 || year > 2100) return null;
  const out: ParsedDate = { year };
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    out.month = month;
    if (m[3]) {
      const day = Number(m[3]);
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) return null;
      out.day = day;
    }
  }
  if (m[4]) out.quarter = Number(m[4].slice(1));
  if (m[5]) out.half = Number(m[5].slice(1));
  if (m[6]) out.season = m[6] as ParsedDate['season'];
  return out;
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** The year a partial date falls in (its first year; winter counts in the year written). */
export function yearOf(value: string): number | null {
  return parsePartialDate(value)?.year ?? null;
}

/** The last day (ISO yyyy-mm-dd) the partial date can mean: used to tell whether a date is in the future. */
export function latestDay(value: string): string | null {
  const d = parsePartialDate(value);
  if (!d) return null;
  let month = 12;
  if (d.month) month = d.month;
  else if (d.quarter) month = d.quarter * 3;
  else if (d.half) month = d.half * 6;
  else if (d.season) month = { spring: 5, summer: 8, autumn: 11, winter: 12 }[d.season];
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The earliest day the partial date can mean. */
export function earliestDay(value: string): string | null {
  const d = parsePartialDate(value);
  if (!d) return null;
  let month = 1;
  if (d.month) month = d.month;
  else if (d.quarter) month = d.quarter * 3 - 2;
  else if (d.half) month = d.half * 6 - 5;
  else if (d.season) month = { spring: 3, summer: 6, autumn: 9, winter: 12 }[d.season];
  const day = d.day ?? 1;
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** English month names in full, for sentences and citations ("March 2026", "1 March 2026"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Human form in the reader's language: "2026", "Jun 2026", "10 Jun 2022", "Q2 2028", "H1 2023", "summer 2026" in
 * English; months and days by `Intl` in the others ("10 июн. 2022 г.", "2022年6月10日").
 */
export function formatPartialDate(value: string, tr: Translator = ENGLISH): string {
  const d = parsePartialDate(value);
  if (!d) return value;
  const year = String(d.year);
  if (d.month && tr.lang !== 'en') {
    const at = new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
    return tr.date(
      at,
      d.day ? { day: 'numeric', month: 'short', year: 'numeric' } : { month: 'short', year: 'numeric' },
    );
  }
  if (d.day && d.month) return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  if (d.month) return `${MONTHS[d.month - 1]} ${d.year}`;
  if (d.quarter) return tr.t('date.quarter', { quarter: d.quarter, year });
  if (d.half) return tr.t('date.half', { half: String(d.half), year });
  if (d.season) return tr.t('date.season', { season: d.season, year });
  return year;
}

/** Order partial dates by their earliest day. */
export function comparePartialDates(a: string, b: string): number {
  return (earliestDay(a) ?? a).localeCompare(earliestDay(b) ?? b);
}
