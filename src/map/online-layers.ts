// The opt-in online layers: each provider's published tile URL, attribution and zoom range, and how they are put
// into the style (below the border line and the features; the offline basemap stays drawn underneath, so where a
// provider's tiles fail the offline map shows through). Nothing here is requested until the user picks a layer.
import type { LayerSpecification, RasterSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap, MapLayers, Overlay } from '../domain/map-layers';
import { layerLabel } from '../domain/map-layers';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import { SOURCE } from './layer-ids';

type OnlineLayer = Exclude<Basemap, 'offline'> | Overlay;

interface Provider {
  /** Who serves the tiles, as the failure message names them. */
  name: string;
  source: RasterSourceSpecification;
  opacity: number;
}

const OSM_CREDIT = '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>';
const ORM_CREDIT =
  'Style: <a href="https://creativecommons.org/licenses/by-sa/2.0/">CC-BY-SA 2.0</a> ' +
  `<a href="https://www.openrailwaymap.org/">OpenRailwayMap</a>, data ${OSM_CREDIT}`;

/** One URL per provider, as published: a small set of hosts, each listed in the CSP (vite.config.ts). */
export const PROVIDERS: Record<OnlineLayer, Provider> = {
  // OSMF tile usage policy: the standard tile URL, the attribution linked to the copyright page, max zoom 19, a valid
  // referrer (the browser's default referrer policy sends the page's origin), tiles only as the user views them.
  osm: {
    name: 'OpenStreetMap',
    source: {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution: OSM_CREDIT,
    },
    opacity: 1,
  },
  // Esri World Imagery; Esri asks for "Powered by Esri" and the service's data credit.
  satellite: {
    name: 'Esri World Imagery',
    source: {
      type: 'raster',
      tiles: [
        'https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}',
      ],
      tileSize: 256,
      maxzoom: 19,
      attribution:
        'Powered by <a href="https://www.esri.com/">Esri</a> · Source: Esri, Maxar, Earthstar Geographics, and the GIS User Community',
    },
    opacity: 1,
  },
  rail: {
    name: 'OpenRailwayMap',
    source: {
      type: 'raster',
      tiles: ['https://tiles.openrailwaymap.org/standard/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution: ORM_CREDIT,
    },
    opacity: 0.9,
  },
  gauge: {
    name: 'OpenRailwayMap',
    source: {
      type: 'raster',
      tiles: ['https://tiles.openrailwaymap.org/gauge/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution: ORM_CREDIT,
    },
    opacity: 0.9,
  },
};

const PREFIX = 'online-';
export const onlineSourceId = (layer: OnlineLayer) => `${PREFIX}${layer}`;
const onlineLayerId = onlineSourceId;

/** The online layer a source id belongs to, or null for the offline and data sources. */
export function onlineLayerOf(sourceId: string | undefined): OnlineLayer | null {
  if (!sourceId?.startsWith(PREFIX)) return null;
  const layer = sourceId.slice(PREFIX.length);
  return layer in PROVIDERS ? (layer as OnlineLayer) : null;
}

/** The online layers a choice draws, bottom first: the basemap, then the overlays. */
export function chosenLayers(layers: MapLayers): OnlineLayer[] {
  return [...(layers.basemap === 'offline' ? [] : [layers.basemap]), ...layers.overlays];
}

/** What the user reads when a provider's tiles fail: who failed, and that the offline map is still there. */
export function failureMessage(layer: OnlineLayer, tr: Translator = ENGLISH): string {
  const values = { layer: layerLabel(layer, tr), provider: PROVIDERS[layer].name };
  return layer === 'osm' || layer === 'satellite'
    ? tr.t('map.layerFailed.basemap', values)
    : tr.t('map.layerFailed.overlay', values);
}

/** The part of a map this module drives (MapLibre's Map has it; a test passes a recording stand-in). */
export interface StyleTarget {
  getStyle(): StyleSpecification | undefined;
  getSource(id: string): unknown;
  addSource(id: string, source: RasterSourceSpecification): unknown;
  removeSource(id: string): unknown;
  getLayer(id: string): unknown;
  addLayer(layer: LayerSpecification, beforeId?: string): unknown;
  moveLayer(id: string, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
}

/**
 * The first layer the online rasters must stay below: the border line (and so the features above it). Found by
 * source, not by layer id, so that the offline style's layers can change without this module.
 */
function insertionPoint(style: StyleSpecification): string | undefined {
  const above = new Set<string>([SOURCE.borders, SOURCE.points, SOURCE.lines, SOURCE.halo]);
  return style.layers.find((l) => 'source' in l && typeof l.source === 'string' && above.has(l.source))?.id;
}

/** The offline basemap's labels: symbol layers of the basemap sources (not of the data). */
function offlineLabelLayers(style: StyleSpecification): string[] {
  const data = new Set<string>([SOURCE.points, SOURCE.lines, SOURCE.halo]);
  return style.layers
    .filter((l) => l.type === 'symbol' && typeof l.source === 'string' && !data.has(l.source))
    .map((l) => l.id);
}

/**
 * Makes the style draw exactly the chosen online layers: removes the others (their sources too, so no tile of
 * theirs is fetched any more) and adds the missing ones in order. Over OpenStreetMap the offline labels are hidden
 * (its tiles carry their own names); over the satellite imagery they stay (the imagery has none).
 */
export function applyOnlineLayers(map: StyleTarget, layers: MapLayers): void {
  const style = map.getStyle();
  if (!style) return;
  const wanted = chosenLayers(layers);
  for (const layer of Object.keys(PROVIDERS) as OnlineLayer[]) {
    const id = onlineLayerId(layer);
    if (wanted.includes(layer)) continue;
    if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(id)) map.removeSource(id);
  }
  // Each placed just below the border line, in order: the basemap ends under the overlays whichever came first.
  const before = insertionPoint(style);
  for (const layer of wanted) {
    const id = onlineLayerId(layer);
    if (map.getLayer(id)) {
      map.moveLayer(id, before);
      continue;
    }
    if (!map.getSource(id)) map.addSource(id, PROVIDERS[layer].source);
    const paint = { 'raster-opacity': PROVIDERS[layer].opacity, 'raster-fade-duration': 0 };
    map.addLayer({ id, type: 'raster', source: id, paint }, before);
  }
  const labels = layers.basemap === 'osm' ? 'none' : 'visible';
  for (const id of offlineLabelLayers(style)) map.setLayoutProperty(id, 'visibility', labels);
}
