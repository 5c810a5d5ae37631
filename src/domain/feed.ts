// "Latest developments": the timeline events of every feature, newest first, and what changes between two years.
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import type { MapFeature, Source } from './schema';
import { isHttpUrl } from './data-rules';
import { earliestDay, formatPartialDate, yearOf } from './partial-date';
import { fromYear, inYear, untilYear } from './filters';
import { displayLang, displayName } from './feature-view';
import type { EventType, Lang } from './vocabulary';

export interface FeedEntry {
  featureId: string;
  /** The feature's name in the reader's language (English where the data has none), and that language. */
  featureName: string;
  nameLang: Lang;
  type: EventType;
  /** The partial date of the event as the data holds it. */
  date: string;
  /** Its earliest day (yyyy-mm-dd): what the feed sorts and `since` compares by. */
  day: string;
  /** Headline: "Opened", "Target moved from 2025 to 2026". */
  headline: string;
  /** The event as the data tells it (English only). */
  text: string;
  sources: Source[];
}

/**
 * Every dated event of the features, newest first (by earliest day; ties by name), headlines in the reader's
 * language. Undated events are left out.
 */
export function feedEntries(features: readonly MapFeature[], tr: Translator = ENGLISH): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const feature of features) {
    const p = feature.properties;
    let previousTarget: string | undefined;
    for (const event of p.timeline) {
      let headline = tr.t(`feed.headline.${event.type}` as MessageKey);
      if (event.type === 'target' && event.target) {
        const to = formatPartialDate(event.target, tr);
        headline =
          previousTarget === undefined
            ? tr.t('feed.targetSet', { to })
            : previousTarget === event.target
              ? tr.t('feed.targetConfirmed', { to })
              : tr.t('feed.targetMoved', { from: formatPartialDate(previousTarget, tr), to });
        previousTarget = event.target;
      }
      if (!event.date) continue;
      const day = earliestDay(event.date);
      if (!day) continue;
      entries.push({
        featureId: feature.id,
        featureName: displayName(p, tr.lang),
        nameLang: displayLang(p, tr.lang),
        type: event.type,
        date: event.date,
        day,
        headline,
        text: event.text,
        sources: event.sources.flatMap((i) => {
          const s = p.sources[i];
          return s && isHttpUrl(s.url) ? [s] : [];
        }),
      });
    }
  }
  return entries.sort(
    (a, b) =>
      b.day.localeCompare(a.day) ||
      a.featureName.localeCompare(b.featureName) ||
      a.type.localeCompare(b.type),
  );
}

/**
 * Only what happened after `since` (yyyy-mm-dd): events whose whole period starts after it, so "2026" is not
 * "after 1 June 2026" but "2026-07" is.
 */
export function feedSince(entries: FeedEntry[], since: string | null): FeedEntry[] {
  if (!since) return entries;
  return entries.filter((e) => e.day > since);
}

/** A from–to window of years: the end of `from` to the end of `to`. */
export interface YearRange {
  from: number;
  to: number;
}

export interface RangeChanges {
  /** Shown at the end of `to` but not at the end of `from`: opened or became due in the window. */
  appear: MapFeature[];
  /** Shown at the end of `from` but not at the end of `to`: closed in the window. */
  disappear: MapFeature[];
  /** Events dated in the window (from < year ≤ to), newest first. */
  events: FeedEntry[];
}

/** What changes between the end of year `from` and the end of year `to` (from < to). */
export function changesBetween(
  features: readonly MapFeature[],
  from: number,
  to: number,
  tr: Translator = ENGLISH,
): RangeChanges {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const appear: MapFeature[] = [];
  const disappear: MapFeature[] = [];
  for (const f of features) {
    const before = inYear(f.properties, a);
    const after = inYear(f.properties, b);
    if (!before && after) appear.push(f);
    if (before && !after) disappear.push(f);
  }
  const events = feedEntries(features, tr).filter((e) => {
    const y = yearOf(e.date);
    return y !== null && y > a && y <= b;
  });
  return { appear, disappear, events };
}

/** Ids that differ between two years: what the map highlights for a from–to range. */
export function differingIds(features: readonly MapFeature[], from: number, to: number): string[] {
  const { appear, disappear } = changesBetween(features, from, to);
  return [...appear, ...disappear].map((f) => f.id);
}

/** Years in [min, max] in which the map changes: a feature opens, becomes due or closes (always with `min`). */
export function changeYears(features: readonly MapFeature[], min: number, max: number): number[] {
  const years = new Set<number>([min]);
  for (const f of features) {
    const from = fromYear(f.properties);
    const until = untilYear(f.properties);
    if (from >= until) continue;
    if (from > min && from <= max) years.add(from);
    if (until > min && until <= max) years.add(until);
  }
  return [...years].sort((x, y) => x - y);
}
