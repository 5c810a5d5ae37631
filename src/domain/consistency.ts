// Rules that tie status and dates together; used by the data check (CI) and reported at load.
import type { DataIssue, MapFeature } from './schema';
import { NO_TARGET } from './data-rules';
import { earliestDay } from './partial-date';

const OPEN_STATUSES = new Set(['operational', 'suspended', 'closed']);
const NOT_OPEN_STATUSES = new Set(['under-construction', 'planned', 'proposed']);

/** Today's date as yyyy-mm-dd (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function checkConsistency(file: string, feature: MapFeature, today: string): DataIssue[] {
  const p = feature.properties;
  const issues: DataIssue[] = [];
  const add = (field: string, message: string) =>
    issues.push({ file, featureId: feature.id, field, message });
  const inFuture = (date: string) => (earliestDay(date) ?? date) > today;

  if (OPEN_STATUSES.has(p.status)) {
    if (!p.opened && !p.inOperationBy)
      add('opened', `status "${p.status}" needs the date it opened (or an inOperationBy date)`);
    else if (p.opened && inFuture(p.opened))
      add('opened', `opening date ${p.opened} is in the future for a "${p.status}" feature`);
  }
  if (p.inOperationBy && inFuture(p.inOperationBy.date))
    add('inOperationBy.date', `${p.inOperationBy.date} is in the future`);
  if (p.status === 'closed' && !p.closed) add('closed', 'status "closed" needs the date it closed');
  if (p.closed && p.status !== 'closed') add('closed', `has a closing date but status is "${p.status}"`);
  const start = p.opened ?? p.inOperationBy?.date;
  if (p.closed && start && (earliestDay(p.closed) ?? '') < (earliestDay(start) ?? ''))
    add('closed', 'closed before it opened');
  if (p.closed && inFuture(p.closed)) add('closed', `closing date ${p.closed} is in the future`);

  if (NOT_OPEN_STATUSES.has(p.status)) {
    if (!p.target) add('target', `status "${p.status}" needs a target date or "${NO_TARGET}"`);
    if (p.opened) add('opened', `has an opening date but status "${p.status}" says it is not open`);
    if (p.inOperationBy)
      add('inOperationBy', `has an "in operation by" date but status "${p.status}" says it is not open`);
  }
  if (p.verification.checked > today)
    add('verification.checked', `${p.verification.checked} is in the future`);
  if (p.verification.newestSource && inFuture(p.verification.newestSource))
    add('verification.newestSource', `${p.verification.newestSource} is in the future`);

  p.timeline.forEach((event, i) => {
    if (event.date && inFuture(event.date))
      add(`timeline.${i}.date`, `event date ${event.date} is in the future`);
  });
  p.sources.forEach((s, i) => {
    if (s.published && inFuture(s.published))
      add(`sources.${i}.published`, `${s.published} is in the future`);
  });
  return issues;
}
