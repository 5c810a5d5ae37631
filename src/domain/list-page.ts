// How much of the feature list is rendered: the first LIST_PAGE entries in reading order, a page more per "Show
// more", and always far enough to include the selected feature. A list of thousands of entries costs React and
// layout hundreds of milliseconds on every filter step; the real data (72 features) never reaches a page.

/** Entries rendered at first, and added by each "Show more". */
export const LIST_PAGE = 250;

export interface Grouped<F> {
  features: readonly F[];
}

/**
 * How many entries to render: `requested` (a whole number of pages), or more when the selected entry lies beyond
 * it, up to the end of the page that holds it.
 */
export function renderedCount<F>(
  groups: readonly Grouped<F>[],
  requested: number,
  isSelected: (f: F) => boolean,
): number {
  let index = 0;
  for (const group of groups)
    for (const f of group.features) {
      if (isSelected(f))
        return index < requested ? requested : Math.ceil((index + 1) / LIST_PAGE) * LIST_PAGE;
      index++;
    }
  return requested;
}

/** The groups cut to their first `count` entries in reading order (empty groups dropped), and the total. */
export function firstEntries<F, G extends Grouped<F>>(
  groups: readonly G[],
  count: number,
): { groups: G[]; shown: number; total: number } {
  const total = groups.reduce((sum, g) => sum + g.features.length, 0);
  if (total <= count) return { groups: [...groups], shown: total, total };
  const cut: G[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    const features = group.features.slice(0, left);
    left -= features.length;
    cut.push({ ...group, features });
  }
  return { groups: cut, shown: count, total };
}
