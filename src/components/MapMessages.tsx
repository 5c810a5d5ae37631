// What the map region says over the map: a failure, a lost graphics context, or what is still loading.
import type { MapStatus } from '../map/map-types';

export function MapMessages({ map, dataLoading }: { map: MapStatus; dataLoading: boolean }) {
  return (
    <>
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
