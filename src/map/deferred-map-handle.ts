// The handle the app holds from its first render: it keeps the wanted state (data, filters, selection and the
// last move asked for) and hands it to the map once the map exists, so nothing asked while maplibre-gl is still
// loading is lost, and a map created again (StrictMode, a new factory) starts from the same state.
import type { Position } from 'geojson';
import type { Bounds, Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { MapLayers } from '../domain/map-layers';
import { DEFAULT_LAYERS } from '../domain/map-layers';
import type { MapHandle, MapInstance, Padding } from './map-types';
import type { PictureCaptions } from '../domain/picture';

export class DeferredMapHandle implements MapHandle {
  private instance: MapInstance | null = null;
  private data: { features: readonly MapFeature[]; lang: Lang } | null = null;
  private filters: { filters: FilterState; matchingIds: readonly string[] | null } | null = null;
  private selected: string | null = null;
  private layers: MapLayers = DEFAULT_LAYERS;
  /** A move asked for before the map existed; made once, on the first map attached. */
  private pendingMove: ((map: MapHandle) => void) | null = null;

  setData(features: readonly MapFeature[], lang: Lang): void {
    this.data = { features, lang };
    this.instance?.setData(features, lang);
  }

  setFilters(filters: FilterState, matchingIds: readonly string[] | null): void {
    this.filters = { filters, matchingIds };
    this.instance?.setFilters(filters, matchingIds);
  }

  select(id: string | null): void {
    this.selected = id;
    this.instance?.select(id);
  }

  setLayers(layers: MapLayers): void {
    this.layers = layers;
    this.instance?.setLayers(layers);
  }

  flyTo(position: Position, padding?: Padding): void {
    this.move((map) => map.flyTo(position, padding));
  }

  fitBounds(bounds: Bounds, padding?: Padding): void {
    this.move((map) => map.fitBounds(bounds, padding));
  }

  jumpTo(camera: Camera): void {
    this.move((map) => map.jumpTo(camera));
  }

  exportImage(scale: number, captions: Omit<PictureCaptions, 'attribution'>): Promise<Blob | null> {
    return this.instance?.exportImage ? this.instance.exportImage(scale, captions) : Promise.resolve(null);
  }

  private move(run: (map: MapHandle) => void): void {
    if (this.instance) run(this.instance);
    else this.pendingMove = run;
  }

  /** The map now exists: give it the whole wanted state, then the pending move. */
  attach(instance: MapInstance): void {
    this.instance = instance;
    if (this.data) instance.setData(this.data.features, this.data.lang);
    if (this.filters) instance.setFilters(this.filters.filters, this.filters.matchingIds);
    instance.select(this.selected);
    instance.setLayers(this.layers);
    const move = this.pendingMove;
    this.pendingMove = null;
    move?.(instance);
  }

  /** The map is gone (it is destroyed by its owner); calls are recorded again until the next attach. */
  detach(instance: MapInstance): void {
    if (this.instance === instance) this.instance = null;
  }
}
