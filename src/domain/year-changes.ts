// What one year changes in the network: openings (or due openings), construction starts, target slips, closures.
import type { MapFeature } from './schema';
import { fromYear } from './filters';
import { formatPartialDate, yearOf } from './partial-date';
import { compareTargets } from './timeline-view';

export interface TargetSlip {
  feature: MapFeature;
  /** The replaced target, formatted for display ("2025", "summer 2026"). */
  from: string;
  /** The newly announced target, formatted for display. */
  to: string;
  /** The two targets as the data gives them (partial dates), to format in the reader's language. */
  fromDate: string;
  toDate: string;
}

export interface YearChanges {
  /** Opened in the year, or (not yet open) currently due in it: the same rule the year filter uses. */
  opens: MapFeature[];
  constructionStarts: MapFeature[];
  slips: TargetSlip[];
  closes: MapFeature[];
}

const inThe = (date: string | undefined, year: number) => date !== undefined && yearOf(date) === year;

export function changesInYear(features: readonly MapFeature[], year: number): YearChanges {
  const changes: YearChanges = { opens: [], constructionStarts: [], slips: [], closes: [] };
  for (const feature of features) {
    const p = feature.properties;
    if (fromYear(p) === year) changes.opens.push(feature);
    if (p.timeline.some((e) => e.type === 'construction-start' && inThe(e.date, year)))
      changes.constructionStarts.push(feature);
    // A slip (a later official target; not a restatement, not a projection) is only datable when the new
    // target's announcement date is known.
    let previous: string | undefined;
    for (const event of p.timeline) {
      if (event.type !== 'target' || !event.target || event.official === false) continue;
      if (
        compareTargets(previous, event.target) === 'slip' &&
        previous !== undefined &&
        inThe(event.date, year)
      )
        changes.slips.push({
          feature,
          from: formatPartialDate(previous),
          to: formatPartialDate(event.target),
          fromDate: previous,
          toDate: event.target,
        });
      previous = event.target;
    }
    if (inThe(p.closed, year)) changes.closes.push(feature);
  }
  return changes;
}
