// The pointer on the map: hover shows the tooltip (through the handlers) and rings the icon; a click or tap opens
// one feature's card, the chooser of several, or zooms into a cluster too big to list.
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { LAYER } from './layer-ids';
import { candidatesAt, resolveCandidates } from './map-pointer';
import type { MapHandlers, MapPoint } from './map-types';
import type { Pointer } from './pick-candidates';

export interface InteractionOwner {
  /** False while the style is not drawable (before load, during a lost WebGL context). */
  ready(): boolean;
  iconPoint(id: string): MapPoint | null;
  setHovered(id: string | null): void;
}

export const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A tap's click is a PointerEvent whose pointerType says it came from a finger. */
function pointerOf(event: MouseEvent): Pointer {
  const touch =
    typeof PointerEvent !== 'undefined' && event instanceof PointerEvent && event.pointerType === 'touch';
  return touch ? 'touch' : 'mouse';
}

export class MapInteraction {
  /** Bumped by every click, so a slow cluster lookup never answers a later click. */
  private clickSeq = 0;

  constructor(
    private readonly map: MaplibreMap,
    private readonly handlers: MapHandlers,
    private readonly owner: InteractionOwner,
  ) {}

  onHover(e: MapMouseEvent): void {
    if (!this.owner.ready()) return;
    const [first] = candidatesAt(this.map, e.point, 'mouse');
    this.map.getCanvas().style.cursor = first ? 'pointer' : '';
    const id = first && first.kind !== 'cluster' ? first.key : null;
    this.owner.setHovered(id);
    if (!first) return this.handlers.onHover?.(null);
    const at = { x: e.point.x, y: e.point.y };
    if (first.kind === 'cluster') this.handlers.onHover?.({ count: this.clusterCount(e), ...at });
    else this.handlers.onHover?.({ id: first.key, ...(this.owner.iconPoint(first.key) ?? at) });
  }

  private clusterCount(e: MapMouseEvent): number {
    const [cluster] = this.map.queryRenderedFeatures(e.point, { layers: [LAYER.clusters] });
    return Number(cluster?.properties.point_count ?? 0);
  }

  /** One feature under the pointer opens its card; several open the chooser; a big cluster zooms in. */
  async onClick(e: MapMouseEvent): Promise<void> {
    if (!this.owner.ready()) return;
    const seq = ++this.clickSeq;
    const pointer = pointerOf(e.originalEvent);
    const ranked = candidatesAt(this.map, e.point, pointer);
    const [first] = ranked;
    this.handlers.onChoose?.(null);
    if (!first) return this.handlers.onSelect(null);
    if (ranked.length === 1 && first.kind !== 'cluster') return this.handlers.onSelect(first.key);
    const result = await resolveCandidates(this.map, ranked);
    if (seq !== this.clickSeq) return;
    if ('zoomTo' in result) {
      this.map.easeTo({
        center: e.lngLat,
        zoom: Math.min(result.zoomTo, 16),
        duration: reducedMotion() ? 0 : 500,
      });
      return;
    }
    const [only, ...more] = result.ids;
    if (only && more.length === 0) return this.handlers.onSelect(only);
    this.handlers.onChoose?.({ ids: result.ids, x: e.point.x, y: e.point.y });
  }
}
