// The card's timeline and source list: each event with its date, who said it, whether it is an official target,
// whether it slipped, and its source links; sources newest first. Pure, so the wording rules are unit-tested.
import type { FeatureProperties, Source } from './schema';
import { isHttpUrl } from './data-rules';
import { MONTH_NAMES, earliestDay, formatPartialDate, latestDay, parsePartialDate } from './partial-date';
import { newestSourceDate } from './quality';
import type { EventType } from './vocabulary';
import { eventLabel } from './labels';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';

/** How a newly announced official target relates to the previous one. */
export type TargetChange = 'first' | 'restated' | 'slip' | 'earlier';

const isBareYear = (d: string) => /^\d{4}$/.test(d);

/**
 * A slip is a later deadline: the new target's last possible day is after the previous one's. A refinement inside
 * the previous target ("Q2 2028" after "2028") and restating a target as its bare year ("2028" after "Q2 2028")
 * are the same target reworded, not a slip.
 */
export function compareTargets(previous: string | undefined, next: string): TargetChange {
  if (previous === undefined) return 'first';
  if (previous === next) return 'restated';
  if (isBareYear(next) && parsePartialDate(previous)?.year === Number(next)) return 'restated';
  const within =
    (earliestDay(next) ?? '') >= (earliestDay(previous) ?? '') &&
    (latestDay(next) ?? '') <= (latestDay(previous) ?? '');
  if (within) return 'restated';
  const a = latestDay(previous) ?? previous;
  const b = latestDay(next) ?? next;
  if (b > a) return 'slip';
  if (b < a) return 'earlier';
  return 'restated';
}

export interface CitedSource {
  /** Index in the feature's sources (what events cite). */
  index: number;
  source: Source;
  /** "Example News, 24 Dec 2016": the link text where the title would be too long. */
  short: string;
}

export interface TimelineEntry {
  type: EventType;
  typeLabel: string;
  /** Formatted event date, or null when the source gives none. */
  date: string | null;
  text: string;
  by: string | null;
  /** A projection by someone without authority over the project: not an official target. */
  projection: boolean;
  /** Target events: the formatted target and how it relates to the previous official target. */
  target: string | null;
  change: TargetChange | null;
  /** For a slip or a restatement: the previous official target, formatted. */
  previousTarget: string | null;
  sources: CitedSource[];
}

function cited(p: Pick<FeatureProperties, 'sources'>, index: number, tr: Translator): CitedSource | null {
  const source = p.sources[index];
  if (!source || !isHttpUrl(source.url)) return null;
  const date = source.published ? `, ${formatPartialDate(source.published, tr)}` : '';
  return { index, source, short: `${source.publisher}${date}` };
}

/** The events in data order (the data keeps them in time order), ready to render. */
export function timelineEntries(
  p: Pick<FeatureProperties, 'timeline' | 'sources'>,
  tr: Translator = ENGLISH,
): TimelineEntry[] {
  let previous: string | undefined;
  return p.timeline.map((e) => {
    const projection = e.official === false;
    let change: TargetChange | null = null;
    let previousTarget: string | null = null;
    if (e.type === 'target' && e.target && !projection) {
      change = compareTargets(previous, e.target);
      if (previous !== undefined) previousTarget = formatPartialDate(previous, tr);
      previous = e.target;
    }
    return {
      type: e.type,
      typeLabel: eventLabel(e.type, tr),
      date: e.date ? formatPartialDate(e.date, tr) : null,
      text: e.text,
      by: e.by ?? null,
      projection,
      target: e.target ? formatPartialDate(e.target, tr) : null,
      change,
      previousTarget,
      sources: e.sources.map((i) => cited(p, i, tr)).filter((s): s is CitedSource => s !== null),
    };
  });
}

/** The marker a target entry carries: "projection, not an official target", "slip from 2025", … or null. */
export function targetMarker(entry: TimelineEntry, tr: Translator = ENGLISH): string | null {
  if (entry.type !== 'target') return null;
  if (entry.projection) return tr.t('timeline.projection');
  const from = entry.previousTarget ?? tr.t('timeline.previousTarget');
  if (entry.change === 'slip') return tr.t('timeline.slip', { from });
  if (entry.change === 'earlier') return tr.t('timeline.earlier', { from });
  if (entry.change === 'restated') return tr.t('timeline.restated');
  return null;
}

/** Linkable sources, newest first (by the last day their date can mean); undated ones last, in data order. */
export function sourcesNewestFirst(
  p: Pick<FeatureProperties, 'sources'>,
  tr: Translator = ENGLISH,
): CitedSource[] {
  const list = p.sources.map((_, i) => cited(p, i, tr)).filter((s): s is CitedSource => s !== null);
  const day = (s: CitedSource) => (s.source.published ? (latestDay(s.source.published) ?? '') : '');
  return list.sort((a, b) => day(b).localeCompare(day(a)) || a.index - b.index);
}

/** "March 2026" (the month of the date); a date without a month as formatPartialDate gives it ("2024", "Q1 2026"). */
export function formatMonth(value: string, tr: Translator = ENGLISH): string {
  const d = parsePartialDate(value);
  if (!d?.month) return formatPartialDate(value, tr);
  if (tr.lang !== 'en')
    return tr.date(new Date(Date.UTC(d.year, d.month - 1, 1)), { month: 'long', year: 'numeric' });
  return `${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** "Latest report: March 2026", from the newest source; null when no source is dated. */
export function latestReport(
  p: Pick<FeatureProperties, 'sources' | 'verification'>,
  tr: Translator = ENGLISH,
): string | null {
  const newest = newestSourceDate(p);
  return newest ? tr.t('card.latestReport', { month: formatMonth(newest, tr) }) : null;
}
