// The offline style: the bundled basemap (basemap-layers.ts) with the Russia–China and Russia–North Korea borders
// drawn prominently, then the data layers. No glyphs URL: MapLibre draws labels with the bundled CSS font.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import { SOURCE } from './layer-ids';
import type { Lang } from '../domain/vocabulary';
import { basemapLabelLayers, basemapLayers } from './basemap-layers';
import { dataLayers, dataSources } from './data-layers';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Label text in the chosen language, falling back to English. */
export function labelExpression(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/** Credits for the offline basemap (OpenStreetMap's data is ODbL: the credit links to its copyright page). */
export const BASEMAP_ATTRIBUTION =
  '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a> (ODbL) · Natural Earth · GeoNames (CC BY 4.0)';

export function buildStyle(lang: Lang): StyleSpecification {
  return {
    version: 8,
    state: { selected: { default: '' } },
    sources: {
      [SOURCE.world]: {
        type: 'geojson',
        data: assetUrl('basemap/world.geojson'),
        attribution: 'Natural Earth',
      },
      [SOURCE.region]: {
        type: 'geojson',
        data: assetUrl('basemap/region.geojson'),
        attribution: BASEMAP_ATTRIBUTION,
      },
      // Filled with basemap/region-detail.geojson by watchBasemapDetail once the map first reaches DETAIL_LOAD_ZOOM.
      [SOURCE.regionDetail]: { type: 'geojson', data: EMPTY },
      [SOURCE.borders]: { type: 'geojson', data: assetUrl('basemap/borders.geojson') },
      ...dataSources(),
    },
    layers: [...basemapLayers(), ...basemapLabelLayers(labelExpression(lang)), ...dataLayers()],
  };
}
