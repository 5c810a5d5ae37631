// The data-quality rules of `check:geo` (issue 11): precision, overdue, dates, verification and capacity are
// errors; stale features and capacity figures without a year are warnings. Pure: "today" is passed in.
import type { DataIssue, MapFeature } from '../domain/schema';
import { earliestDay, latestDay } from '../domain/partial-date';
import { isOverdue, isStale, newestSourceDate } from '../domain/quality';
import { CAPACITY_UNITS, UNITS_OF_MEASURE, isOneOf } from '../domain/vocabulary';

export interface RuleResult {
  errors: DataIssue[];
  warnings: DataIssue[];
}

/** Words that mark a passed target as acknowledged in statusNote or a timeline event. */
const OVERDUE_NOTE = /\b(overdue|missed|lapsed|has passed|passed without|not met)\b/i;

/** Event types that say the feature was (or had been) working on their date. */
const WORKING_EVENTS = new Set(['opened', 'suspended', 'reopened', 'closed']);

export function qualityRules(file: string, feature: MapFeature, today: string): RuleResult {
  const p = feature.properties;
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const issue = (field: string, message: string) => ({ file, featureId: feature.id, field, message });
  const error = (field: string, message: string) => errors.push(issue(field, message));
  const warn = (field: string, message: string) => warnings.push(issue(field, message));

  // precision: an exact or site point says where its coordinate comes from.
  const { precision, coordinateSource } = p.location;
  if ((precision === 'exact' || precision === 'site') && !coordinateSource)
    error(
      'location.coordinateSource',
      `precision "${precision}" needs a coordinateSource (where the coordinate comes from); otherwise use "settlement" or "estimated"`,
    );

  // overdue: a passed target is acknowledged in words.
  if (isOverdue(p, today)) {
    const texts = [p.statusNote ?? '', ...p.timeline.map((e) => e.text)];
    if (!texts.some((t) => OVERDUE_NOTE.test(t)))
      error(
        'target',
        `target ${String(p.target)} has passed with no confirmed opening: say so ("overdue", "missed") in statusNote or a timeline event, or record the new target`,
      );
  }

  // dates: `opened` (or `inOperationBy`) agrees with its own timeline.
  const start = p.opened ?? p.inOperationBy?.date;
  if (start) {
    const startFirst = earliestDay(start) ?? '';
    const label = p.opened ? `it opened (${start})` : `its "in operation by" date (${start})`;
    const working = p.timeline.filter((e) => e.date && WORKING_EVENTS.has(e.type));
    working.forEach((e) => {
      if ((latestDay(e.date ?? '') ?? '') < startFirst)
        error(
          `timeline.${p.timeline.indexOf(e)}.date`,
          `a "${e.type}" event on ${e.date} says it was working before ${label}`,
        );
    });
    // A construction start after the opening is a contradiction unless an event in between shows it working
    // (then the works are a rebuild of a working link).
    p.timeline.forEach((e, i) => {
      if (e.type !== 'construction-start' || !e.date) return;
      const built = earliestDay(e.date) ?? '';
      if (built <= (latestDay(start) ?? '')) return;
      const between = working.some((w) => {
        const d = earliestDay(w.date ?? '') ?? '';
        return d >= startFirst && d <= built;
      });
      if (!between)
        error(
          `timeline.${i}.date`,
          `construction started ${e.date}, after ${label}, and no event in between shows it working`,
        );
    });
  }
  if (p.opened && p.inOperationBy && (latestDay(p.inOperationBy.date) ?? '') < (earliestDay(p.opened) ?? ''))
    error(
      'inOperationBy.date',
      `in operation by ${p.inOperationBy.date}, before its opening date ${p.opened}`,
    );
  if (p.inOperationBy && p.inOperationBy.source === undefined)
    error('inOperationBy.source', 'an "in operation by" date needs the source that mentions it');

  // verification: when we checked, the newest source and what it confirmed.
  const v = p.verification;
  if (!v.newestSource) error('verification.newestSource', 'give the date of the newest source found');
  if (!v.confirmed) error('verification.confirmed', 'say what the newest source confirmed');
  if (v.newestSource) {
    const claimed = latestDay(v.newestSource) ?? '';
    const newest = newestSourceDate({ sources: p.sources, verification: { checked: v.checked } });
    if (newest && (earliestDay(newest) ?? '') > claimed)
      error('verification.newestSource', `${v.newestSource} is older than a listed source (${newest})`);
    else if (!p.sources.some((s) => s.published === v.newestSource))
      error('verification.newestSource', `no listed source is dated ${v.newestSource}: add that source`);
  }
  if (isStale(p, today))
    warn(
      'verification.newestSource',
      `stale: status "${p.status}" rests on a source older than 12 months (${newestSourceDate(p) ?? 'undated'})`,
    );

  // capacity: every figure is comparable (what it counts, in a known unit, design or actual, with its source).
  p.facts?.capacity?.forEach((c, i) => {
    const at = `facts.capacity.${i}`;
    if (!isOneOf(CAPACITY_UNITS, c.unit))
      error(`${at}.unit`, `"${c.unit}" is not one of ${CAPACITY_UNITS.join(', ')}`);
    if (!c.measure) error(`${at}.measure`, 'say what the figure counts (freight, containers, …)');
    else if (isOneOf(CAPACITY_UNITS, c.unit) && !UNITS_OF_MEASURE[c.measure].includes(c.unit))
      error(`${at}.unit`, `${c.unit} cannot measure ${c.measure}`);
    if (!c.basis) error(`${at}.basis`, 'say whether the figure is "design" or "actual"');
    if (c.source === undefined) error(`${at}.source`, 'cite the source of the figure');
    if (c.year === undefined) warn(`${at}.year`, 'no year: say which year the figure refers to');
  });
  return { errors, warnings };
}
