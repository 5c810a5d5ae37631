// The selected feature: chosen on the map or in the list (a history entry), centred for a feature link, and
// dropped with a notice when the data does not have it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Dataset } from '../data/load-features';
import { anchorPosition } from '../domain/geometry';
import type { MapFeature } from '../domain/schema';
import type { MapHandle } from '../map/map-types';
import type { AppState } from '../url-state/app-state';
import type { UrlHistory } from '../url-state/url-history';
import { cardPadding } from './layout';

export interface Selection {
  selected: MapFeature | null;
  /** Selects a feature (null = none); `fly` moves the map to it, clear of the card. */
  select(id: string | null, fly: boolean): void;
}

export function useSelection(
  dataset: Dataset | null,
  state: AppState,
  history: UrlHistory,
  map: RefObject<MapHandle | null>,
): Selection {
  const selected = (state.feature && dataset?.byId.get(state.feature)) || null;
  // Whether the page was opened with a camera of its own (#map): then a feature link does not move the map.
  const [linkHasCamera] = useState(() => state.camera !== null);

  // A linked id the data does not have: say so and drop it from the URL.
  useEffect(() => {
    if (dataset && state.feature && !dataset.byId.has(state.feature)) {
      history.addNotice({ key: 'notice.featureNotFound' });
      history.push((s) => ({ ...s, feature: null }));
    }
  }, [dataset, state.feature, history]);

  // A feature link without #map centres on the feature once the data is there.
  const centredOnLink = useRef(false);
  useEffect(() => {
    if (centredOnLink.current || !dataset) return;
    centredOnLink.current = true;
    const f = state.feature ? dataset.byId.get(state.feature) : undefined;
    if (f && !linkHasCamera) map.current?.flyTo(anchorPosition(f.geometry), cardPadding());
  }, [dataset, state.feature, linkHasCamera, map]);

  const select = useCallback(
    (id: string | null, fly: boolean) => {
      history.push((s) => ({ ...s, feature: id }));
      const f = id ? dataset?.byId.get(id) : undefined;
      if (f && fly) map.current?.flyTo(anchorPosition(f.geometry), cardPadding());
    },
    [history, dataset, map],
  );

  return { selected, select };
}
