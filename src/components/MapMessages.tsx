// What the map region says over the map: a failure, a lost graphics context, what is still loading, and (to
// screen readers) which feature is selected.
import type { MapStatus } from '../map/map-types';
import type { FeatureProperties } from '../domain/schema';
import { statusLabel } from '../domain/labels';
import { displayName } from '../domain/feature-view';
import { useT } from '../i18n/I18nProvider';

export interface MapMessagesProps {
  map: MapStatus;
  dataLoading: boolean;
  /** Read out when it changes: the selected feature. */
  selected?: Pick<FeatureProperties, 'name' | 'status'> | null;
}

export function MapMessages({ map, dataLoading, selected = null }: MapMessagesProps) {
  const tr = useT();
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected
          ? tr.t('region.selected', {
              name: displayName(selected, tr.lang),
              status: statusLabel(selected.status, tr),
            })
          : ''}
      </p>
      {map.state === 'error' && (
        <div className="map-region__message" role="alert">
          {map.message}
        </div>
      )}
      {map.state === 'context-lost' && (
        <div className="map-region__message" role="alert">
          {tr.t('region.contextLost')}
        </div>
      )}
      {(dataLoading || map.state === 'loading') && (
        <div className="map-region__loading" role="status">
          {dataLoading ? tr.t('region.loadingData') : tr.t('region.loadingMap')}
        </div>
      )}
    </>
  );
}
