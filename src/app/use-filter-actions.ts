// What the panels' controls do to the filters, through the URL owner: each change is one history entry, except
// the steps of a gesture (a slider drag, a held key, a Play run, typing a search), which make one together.
import { useMemo } from 'react';
import type { FilterState } from '../domain/filters';
import { toggleIn } from '../domain/filters';
import type { Border, Kind, Status } from '../domain/vocabulary';
import { KINDS, STATUSES } from '../domain/vocabulary';
import type { AppState } from '../url-state/app-state';
import type { UrlHistory } from '../url-state/url-history';
import type { MapLayers } from '../domain/map-layers';

const withFilters =
  (update: (f: FilterState) => Partial<FilterState>) =>
  (s: AppState): AppState => ({ ...s, filters: { ...s.filters, ...update(s.filters) } });

export function useFilterActions(history: UrlHistory) {
  return useMemo(
    () => ({
      /** A year from the Year control: a step of its gesture while one runs. */
      setYear: (year: number | null) => history.change(withFilters(() => ({ year }))),
      /** A year chosen outside the control (the card's "Show YYYY"). */
      showYear: (year: number) => history.push(withFilters(() => ({ year }))),
      beginGesture: history.begin,
      endGesture: history.commit,
      setGhost: (ghost: boolean) => history.push(withFilters(() => ({ ghost }))),
      setBorders: (borders: Border[] | null) => history.push(withFilters(() => ({ borders }))),
      toggleKind: (kind: Kind) =>
        history.push(withFilters((f) => ({ kinds: toggleIn(f.kinds, KINDS, kind) }))),
      toggleStatus: (status: Status) =>
        history.push(withFilters((f) => ({ statuses: toggleIn(f.statuses, STATUSES, status) }))),
      /** Typing: every key replaces the entry; leaving the field makes the search one entry. */
      setQuery: (query: string) => history.transient(withFilters(() => ({ query }))),
      endQuery: history.commit,
      /** A basemap or overlay picked in the layer switcher: one entry. */
      setLayers: (layers: MapLayers) => history.push((s) => ({ ...s, layers })),
    }),
    [history],
  );
}
