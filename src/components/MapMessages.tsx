// What the map region says over the map: a failure, a lost graphics context, what is still loading, and (to
// screen readers) which feature is selected.
import type { MapStatus } from '../map/map-types';
import type { FeatureProperties } from '../domain/schema';
import { STATUS_LABEL } from '../domain/vocabulary';

export interface MapMessagesProps {
  map: MapStatus;
  dataLoading: boolean;
  /** Read out when it changes: the selected feature. */
  selected?: Pick<FeatureProperties, 'name' | 'status'> | null;
}

export function MapMessages({ map, dataLoading, selected = null }: MapMessagesProps) {
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected ? `Selected on the map: ${selected.name.en}, ${STATUS_LABEL[selected.status]}` : ''}
      </p>
      {map.state === 'error' && (
        <div className="map-region__message" role="alert">
          {map.message}
        </div>
      )}
      {map.state === 'context-lost' && (
        <div className="map-region__message" role="alert">
          The map&rsquo;s graphics context was lost. It comes back by itself when the browser restores it.
        </div>
      )}
      {(dataLoading || map.state === 'loading') && (
        <div className="map-region__loading" role="status">
          {dataLoading ? 'Loading data…' : 'Loading map…'}
        </div>
      )}
    </>
  );
}
