// The one owner of the MapLibre map: created once per container, driven through MapAdapter, removed on destroy.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import type { Feature, Point, Position } from 'geojson';
import { buildStyle, labelExpression } from './basemap-style';
import { DATA_LAYERS, FILTERED_LAYERS, LAYER, SOURCE } from './layer-ids';
import { allIcons, haloIcons, ICON_PIXEL_RATIO } from './icons';
import type { MapInstance, MapFactory, MapHandlers, MapOptions, Padding } from './map-types';
import { buildGhostExpression, buildLayerFilter } from './filter-expression';
import { iconOffsetExpression, iconScale, toMapCollections } from './map-data';
import type { MapProperties } from './map-data';
import type { Bounds, Camera } from '../domain/camera';
import { DEFAULT_BOUNDS } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';

maplibregl.setWorkerUrl(workerUrl);

type PointFeature = Feature<Point, MapProperties & { selected?: boolean }>;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

declare global {
  interface Window {
    /** Test hook: the live map, set only for the map currently mounted. */
    __blmMap?: maplibregl.Map;
    __blmMapsCreated?: number;
  }
}

/** Maps not yet removed, oldest first: the test hook points at the newest. */
const liveMaps: maplibregl.Map[] = [];

class MapController implements MapInstance {
  private readonly map: maplibregl.Map;
  private features: readonly MapFeature[] = [];
  /** The drawn points by id (with their spread offsets), for the halo source. */
  private pointsById = new Map<string, PointFeature>();
  private lang: Lang = 'en';
  /** The language the basemap labels are drawn in: changing it re-tiles the big basemap source, so only on change. */
  private labelLang: Lang;
  private filters: FilterState | null = null;
  private matchingIds: readonly string[] | null = null;
  private selected: string | null = null;
  private hovered: string | null = null;
  /**
   * True while the style is loaded and drawable. False before the first load and while the WebGL context is lost
   * (MapLibre drops the style then and rebuilds it from a snapshot on restore); calls made meanwhile only record
   * the wanted state, which is applied whole once the style is back.
   */
  private styleReady = false;

  constructor(
    container: HTMLElement,
    private readonly handlers: MapHandlers,
    options: MapOptions,
  ) {
    const camera = options.camera;
    this.labelLang = options.lang;
    this.lang = options.lang;
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(options.lang),
      ...(camera ? { center: [camera.lon, camera.lat], zoom: camera.zoom } : { bounds: DEFAULT_BOUNDS }),
      fitBoundsOptions: { padding: options.fitPadding ?? 20 },
      attributionControl: { compact: true },
      maxZoom: 16,
      minZoom: 1.5,
      dragRotate: false,
      pitchWithRotate: false,
      hash: false,
      // Symbols appear at once instead of fading in over 300 ms: a year step or a filter shows its result in the
      // next frame, and the map reaches idle that much sooner.
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map
      .getCanvas()
      .setAttribute('aria-label', 'Map of border crossings; use arrow keys to pan, + and − to zoom');
    liveMaps.push(this.map);
    window.__blmMap = this.map;
    window.__blmMapsCreated = (window.__blmMapsCreated ?? 0) + 1;
    this.bindEvents();
  }

  private bindEvents(): void {
    const map = this.map;
    // The style is ready long before its basemap tiles have loaded (the 'load' event): handing the data over then
    // lets the data tiles load alongside the basemap's. MapLibre fires it again after a lost WebGL context is
    // restored, once the style is rebuilt from its snapshot; state set during the loss is applied then.
    map.on('style.load', () => this.onStyleReady());
    map.on('error', (e) => {
      const message = e.error instanceof Error ? e.error.message : 'unknown map error';
      // Tile or source failures are reported without blanking the map.
      this.handlers.onStatus({
        state: 'error',
        message: `The map could not load part of its data (${message}).`,
      });
    });
    map.on('webglcontextlost', () => {
      this.styleReady = false;
      this.hovered = null;
      this.handlers.onStatus({ state: 'context-lost' });
    });
    map.on('moveend', () => this.handlers.onCameraChange(this.getCamera()));
    map.on('click', (e) => {
      const hit = this.pick(e.point);
      this.handlers.onSelect(hit);
    });
    map.on('mousemove', (e) => {
      const hit = this.pick(e.point);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      if (hit !== this.hovered) {
        this.hovered = hit;
        this.updateHalo();
      }
    });
  }

  /** Adds the icons if the style lacks them and applies the whole wanted state: data, filters, selection. */
  private onStyleReady(): void {
    const map = this.map;
    for (const icon of [...allIcons(), ...haloIcons()]) {
      if (!map.hasImage(icon.id)) map.addImage(icon.id, icon.data, { pixelRatio: ICON_PIXEL_RATIO });
    }
    this.styleReady = true;
    this.applyFeatures();
    this.applyFilters();
    this.updateHalo();
    this.handlers.onStatus({ state: 'ready' });
  }

  /** The data feature under a pixel: with spread icons, the one whose drawn icon centre is nearest. */
  private pick(point: maplibregl.Point): string | null {
    if (!this.styleReady) return null;
    const pad = 4;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - pad, point.y - pad],
      [point.x + pad, point.y + pad],
    ];
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(box, { layers: [...DATA_LAYERS] });
    let best: { id: string; d: number } | null = null;
    for (const h of hits) {
      const id: unknown = h.properties.id;
      if (typeof id !== 'string') continue;
      let d: number;
      if (h.geometry.type === 'Point') {
        const [lon = 0, lat = 0] = h.geometry.coordinates;
        const at = this.map.project([lon, lat]);
        const scale = iconScale(this.map.getZoom());
        const dx = Number(h.properties.offsetX ?? 0) * scale;
        const dy = Number(h.properties.offsetY ?? 0) * scale;
        d = Math.hypot(at.x + dx - point.x, at.y + dy - point.y);
      } else d = 50; // lines rank after icons
      if (!best || d < best.d) best = { id, d };
    }
    return best?.id ?? null;
  }

  setData(features: readonly MapFeature[], lang: Lang): void {
    this.features = features;
    this.lang = lang;
    if (this.styleReady) this.applyFeatures();
  }

  private applyFeatures(): void {
    const { points, lines } = toMapCollections(this.features, this.lang);
    this.pointsById = new Map(points.features.map((f) => [f.properties.id, f]));
    this.map.getSource<GeoJSONSource>(SOURCE.points)?.setData(points);
    this.map.getSource<GeoJSONSource>(SOURCE.lines)?.setData(lines);
    const offsets = iconOffsetExpression(points.features);
    this.map.setLayoutProperty(LAYER.points, 'icon-offset', offsets);
    this.map.setLayoutProperty(LAYER.halo, 'icon-offset', offsets);
    if (this.lang !== this.labelLang) {
      this.labelLang = this.lang;
      const label = labelExpression(this.lang);
      this.map.setLayoutProperty(LAYER.countryLabel, 'text-field', ['upcase', label]);
      this.map.setLayoutProperty(LAYER.townLabel, 'text-field', label);
      this.map.setLayoutProperty(LAYER.waterLabel, 'text-field', label);
    }
  }

  setFilters(filters: FilterState, matchingIds: readonly string[] | null): void {
    this.filters = filters;
    this.matchingIds = matchingIds;
    if (this.styleReady) this.applyFilters();
  }

  private applyFilters(): void {
    const filters = this.filters;
    if (!filters) return;
    const filter = buildLayerFilter(filters, this.matchingIds);
    for (const layer of FILTERED_LAYERS) this.map.setFilter(layer, filter);
    const ghost = buildGhostExpression(filters);
    this.map.setPaintProperty(LAYER.points, 'icon-opacity', ['case', ghost, 0.3, 1]);
    this.map.setPaintProperty(LAYER.pointLabels, 'text-opacity', ['case', ghost, 0.45, 1]);
    this.map.setPaintProperty(LAYER.bridgeLines, 'line-opacity', ['case', ghost, 0.3, 1]);
    this.map.setPaintProperty(LAYER.corridors, 'line-opacity', ['case', ghost, 0.25, 0.8]);
  }

  select(id: string | null): void {
    this.selected = id;
    if (this.styleReady) this.updateHalo();
  }

  /** Rings the selected point (and the hovered one) by giving the small halo source just those points. */
  private updateHalo(): void {
    const ring: PointFeature[] = [];
    for (const id of new Set([this.selected, this.hovered])) {
      const point = id === null ? undefined : this.pointsById.get(id);
      if (point) ring.push({ ...point, properties: { ...point.properties, selected: id === this.selected } });
    }
    this.map.getSource<GeoJSONSource>(SOURCE.halo)?.setData({
      type: 'FeatureCollection',
      features: ring,
    });
  }

  flyTo(position: Position, padding?: Padding): void {
    const center: [number, number] = [position[0] ?? 0, position[1] ?? 0];
    const target = { center, zoom: Math.max(8, this.map.getZoom()), ...(padding ? { padding } : {}) };
    if (reducedMotion()) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, speed: 1.6, essential: false });
  }

  fitBounds(bounds: Bounds, padding?: Padding): void {
    this.map.fitBounds(bounds, { maxZoom: 9, ...(padding ? { padding } : {}), animate: !reducedMotion() });
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  getCamera(): Camera {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  destroy(): void {
    // Under StrictMode the discarded map may be created after the kept one (the lazy import settles in any order),
    // so the hook falls back to the newest map still alive rather than to nothing.
    liveMaps.splice(liveMaps.indexOf(this.map), 1);
    const newest = liveMaps[liveMaps.length - 1];
    if (newest) window.__blmMap = newest;
    else delete window.__blmMap;
    this.map.remove();
  }
}

export const createMap: MapFactory = (container, handlers, options) => {
  try {
    return Promise.resolve(new MapController(container, handlers, options));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};
