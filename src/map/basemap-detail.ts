// Fetches region-detail.geojson only when the map first reaches DETAIL_LOAD_ZOOM, so the first view stays light.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { DETAIL_LOAD_ZOOM } from './basemap-layers';
import { assetUrl } from './basemap-style';
import { SOURCE } from './layer-ids';

export const DETAIL_URL = 'basemap/region-detail.geojson';

export function watchBasemapDetail(map: MapLibreMap): void {
  let requested = false;
  const check = (): void => {
    if (requested || map.getZoom() < DETAIL_LOAD_ZOOM) return;
    const source = map.getSource(SOURCE.regionDetail) as GeoJSONSource | undefined;
    if (!source) return;
    requested = true;
    source.setData(assetUrl(DETAIL_URL));
    map.off('zoomend', check);
  };
  map.on('zoomend', check);
  // A link may open the map at a crossing's zoom; after a lost WebGL context the style (and its data) is rebuilt.
  map.on('style.load', () => {
    if (requested)
      (map.getSource(SOURCE.regionDetail) as GeoJSONSource | undefined)?.setData(assetUrl(DETAIL_URL));
    else check();
  });
}
