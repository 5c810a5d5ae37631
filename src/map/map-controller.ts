// The one owner of the MapLibre map: created once per container, driven through MapInstance, removed on destroy.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Position } from 'geojson';
import { labelExpression } from './basemap-style';
import { mapOptions } from './map-options';
import { BASEMAP_LABEL_LAYERS } from './basemap-layers';
import { watchBasemapDetail } from './basemap-detail';
import { LAYER, SOURCE } from './layer-ids';
import { CLUSTER_MAX_ZOOM } from './data-layers';
import { allIcons, clusterIcon, haloIcons, ICON_PIXEL_RATIO } from './icons';
import type { MapInstance, MapFactory, MapHandlers, MapOptions, MapPoint, Padding } from './map-types';
import { MapInteraction, reducedMotion } from './map-interaction';
import { FilteredSources } from './apply-filters';
import type { PointFeature } from './apply-filters';
import { iconOffsetExpression, iconScale, toMapCollections } from './map-data';
import type { Bounds, Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { PictureCaptions } from '../domain/picture';
import { bindPrintSnapshot, exportPicture } from './export-image';
import type { MapLayers } from '../domain/map-layers';
import { DEFAULT_LAYERS } from '../domain/map-layers';
import { applyOnlineLayers, failureMessage, onlineLayerOf } from './online-layers';
import { addControls } from './map-controls';
import type { Translator } from '../i18n/translator';

maplibregl.setWorkerUrl(workerUrl);

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
  /** The points source's data and the filters of every data layer. */
  private readonly filtered: FilteredSources;
  private lang: Lang = 'en';
  /** The language the basemap labels are drawn in: changing it re-tiles the big basemap source, so only on change. */
  private labelLang: Lang;
  private selected: string | null = null;
  private hovered: string | null = null;
  private layers: MapLayers = DEFAULT_LAYERS;
  /** Online layers whose failure the user has been told of (once per layer until the choice changes). */
  private failedLayers = new Set<string>();
  /**
   * True while the style is loaded and drawable. False before the first load and while the WebGL context is lost
   * (MapLibre drops the style then and rebuilds it from a snapshot on restore); calls made meanwhile only record
   * the wanted state, which is applied whole once the style is back.
   */
  private styleReady = false;
  private unbindPrint: () => void = () => undefined;
  /** The reader's language, for what the map says itself (alerts, control labels), and how to relabel them. */
  private tr: Translator;
  private readonly relabel: (tr: Translator) => void;

  constructor(
    container: HTMLElement,
    private readonly handlers: MapHandlers,
    options: MapOptions,
  ) {
    this.labelLang = options.lang;
    this.lang = options.lang;
    this.map = new maplibregl.Map(mapOptions(container, options));
    this.filtered = new FilteredSources(this.map, () => this.styleReady);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.tr = options.tr;
    this.relabel = addControls(this.map, options.tr);
    watchBasemapDetail(this.map);
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
    map.on('error', (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
      const online = onlineLayerOf(e.sourceId);
      if (online) {
        if (this.failedLayers.has(online)) return;
        this.failedLayers.add(online);
        return this.handlers.onStatus({ state: 'error', message: failureMessage(online, this.tr) });
      }
      // Reported without blanking the map, in plain words: never the error's own text (AJAXError, a URL).
      this.handlers.onStatus({ state: 'error', message: this.tr.t('map.partFailed') });
    });
    map.on('webglcontextlost', () => {
      this.styleReady = false;
      this.filtered.forgetHeld();
      this.hovered = null;
      this.handlers.onStatus({ state: 'context-lost' });
    });
    map.on('moveend', () => this.handlers.onCameraChange(this.getCamera()));
    this.unbindPrint = bindPrintSnapshot(map, () => this.tr.t('map.printAlt'));
    map.on('movestart', () => {
      this.handlers.onHover?.(null);
      this.handlers.onChoose?.(null);
    });
    const pointer = new MapInteraction(map, this.handlers, {
      ready: () => this.styleReady,
      iconPoint: (id) => this.iconPoint(id),
      setHovered: (id) => this.setHovered(id),
    });
    map.on('click', (e) => void pointer.onClick(e));
    map.on('mousemove', (e) => pointer.onHover(e));
    map.on('mouseout', () => this.setHovered(null));
  }

  setTranslator(tr: Translator): void {
    if (tr !== this.tr) this.relabel((this.tr = tr));
  }

  setHovered(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    if (id === null) this.handlers.onHover?.(null);
    this.updateHalo();
  }

  /** Where a feature's icon is drawn (map CSS px), null when it is off screen or not among the drawn points. */
  iconPoint(id: string): MapPoint | null {
    const f = this.pointsById.get(id);
    if (!f || !this.styleReady) return null;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const at = this.map.project([lon, lat]);
    const scale = iconScale(this.map.getZoom());
    const x = at.x + f.properties.offsetX * scale;
    const y = at.y + f.properties.offsetY * scale;
    const canvas = this.map.getCanvas();
    if (x < 0 || y < 0 || x > canvas.clientWidth || y > canvas.clientHeight) return null;
    return { x, y };
  }

  /** Adds the icons if the style lacks them and applies the whole wanted state: data, filters, selection. */
  private onStyleReady(): void {
    const map = this.map;
    for (const icon of [...allIcons(), ...haloIcons(), ...clusterIcon()]) {
      if (!map.hasImage(icon.id)) map.addImage(icon.id, icon.data, { pixelRatio: ICON_PIXEL_RATIO });
    }
    this.styleReady = true;
    this.applyFeatures();
    this.filtered.apply();
    this.updateHalo();
    applyOnlineLayers(this.map, this.layers);
    this.handlers.onStatus({ state: 'ready' });
  }

  setData(features: readonly MapFeature[], lang: Lang): void {
    this.features = features;
    this.lang = lang;
    if (this.styleReady) this.applyFeatures();
  }

  private applyFeatures(): void {
    const { points, lines } = toMapCollections(this.features, this.lang);
    this.filtered.setPoints(points.features);
    this.pointsById = new Map(points.features.map((f) => [f.properties.id, f]));
    this.map.getSource<GeoJSONSource>(SOURCE.lines)?.setData(lines);
    const offsets = iconOffsetExpression(points.features);
    this.map.setLayoutProperty(LAYER.points, 'icon-offset', offsets);
    this.map.setLayoutProperty(LAYER.halo, 'icon-offset', offsets);
    if (this.lang !== this.labelLang) {
      this.labelLang = this.lang;
      const label = labelExpression(this.lang);
      for (const l of BASEMAP_LABEL_LAYERS)
        this.map.setLayoutProperty(l.id, 'text-field', l.upcase ? ['upcase', label] : label);
    }
  }

  setFilters(filters: FilterState, matchingIds: readonly string[] | null): void {
    this.filtered.setFilters(filters, matchingIds);
  }

  setLayers(layers: MapLayers): void {
    if (layers === this.layers) return;
    this.layers = layers;
    this.failedLayers.clear();
    if (!this.styleReady) return;
    applyOnlineLayers(this.map, layers);
    // A failure message was about the previous choice.
    this.handlers.onStatus({ state: 'ready' });
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
    // Past the clusters' last zoom, so the feature flown to is drawn as its own icon, not inside a count.
    const zoom = Math.max(CLUSTER_MAX_ZOOM + 1, this.map.getZoom());
    const target = { center, zoom, ...(padding ? { padding } : {}) };
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

  exportImage(scale: number, captions: Omit<PictureCaptions, 'attribution'>): Promise<Blob> {
    return exportPicture(this.map, scale, captions);
  }

  destroy(): void {
    // Under StrictMode the discarded map may be created after the kept one (the lazy import settles in any order),
    // so the hook falls back to the newest map still alive rather than to nothing.
    liveMaps.splice(liveMaps.indexOf(this.map), 1);
    const newest = liveMaps[liveMaps.length - 1];
    if (newest) window.__blmMap = newest;
    else delete window.__blmMap;
    this.unbindPrint();
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
