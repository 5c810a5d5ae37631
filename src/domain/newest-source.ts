// The date of the newest source a feature cites: the checked figure when the data records it, else the newest
// `published` date among its sources.
import type { FeatureProperties } from './schema';
import { comparePartialDates } from './partial-date';

/** Data written after the verification schema carries `verification.newestSource`; older data only source dates. */
type WithVerification = { verification?: { newestSource?: string } };

export function newestSourceDate(p: Pick<FeatureProperties, 'sources'> & WithVerification): string | null {
  const recorded = p.verification?.newestSource;
  if (typeof recorded === 'string' && recorded) return recorded;
  let newest: string | null = null;
  for (const s of p.sources) {
    if (s.published && (newest === null || comparePartialDates(s.published, newest) > 0))
      newest = s.published;
  }
  return newest;
}
