// What the panels' controls do to the filters, through the URL owner: each change is one history entry, except
// the steps of a gesture (a slider drag, a held key, a Play run, typing a search), which make one together.
import { useMemo } from 'react';
import type { Facet, FilterState } from '../domain/filters';
import { DEFAULT_FILTERS, FACET_VALUES, toggleIn } from '../domain/filters';
import type { Border, Lang } from '../domain/vocabulary';
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
      /** The interface language (a history entry, like a filter). */
      setLang: (lang: Lang) => history.push((s) => ({ ...s, lang })),
      setGhost: (ghost: boolean) => history.push(withFilters(() => ({ ghost }))),
      setBorders: (borders: Border[] | null) => history.push(withFilters(() => ({ borders }))),
      /** A legend entry switched on or off. */
      toggle: (facet: Facet, value: string) =>
        history.push(
          withFilters((f) => ({
            [facet]: toggleIn<string>(f[facet] as readonly string[] | null, FACET_VALUES[facet], value),
          })),
        ),
      /** "Only this": that entry alone of its group. */
      only: (facet: Facet, value: string) => history.push(withFilters(() => ({ [facet]: [value] }))),
      reset: (facet: Facet) => history.push(withFilters(() => ({ [facet]: null }))),
      /** Every filter back to its default; the year stays, it is the time, not a filter of what. */
      resetAll: () =>
        history.push(
          withFilters((f) => ({ ...DEFAULT_FILTERS, year: f.year, ghost: f.ghost, query: f.query })),
        ),
      /** Typing: every key replaces the entry; leaving the field makes the search one entry. */
      setQuery: (query: string) => history.transient(withFilters(() => ({ query }))),
      endQuery: history.commit,
      /** A basemap or overlay picked in the layer switcher: one entry. */
      setLayers: (layers: MapLayers) => history.push((s) => ({ ...s, layers })),
    }),
    [history],
  );
}
