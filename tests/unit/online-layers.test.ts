import { describe, expect, it } from 'vitest';
import {
  PROVIDERS,
  applyOnlineLayers,
  chosenLayers,
  failureMessage,
  onlineLayerOf,
  onlineSourceId,
} from '../../src/map/online-layers';
import type { StyleTarget } from '../../src/map/online-layers';
import { SOURCE } from '../../src/map/layer-ids';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

type LayerSpecification = Parameters<StyleTarget['addLayer']>[0];
type RasterSourceSpecification = Parameters<StyleTarget['addSource']>[1];
type StyleSpecification = NonNullable<ReturnType<StyleTarget['getStyle']>>;

/** A style stand-in with the offline basemap's shape: fills, a label layer, the border line, then the data. */
class StyleStandIn implements StyleTarget {
  sources = new Map<string, unknown>([
    [SOURCE.region, {}],
    [SOURCE.borders, {}],
    [SOURCE.points, {}],
  ]);
  layers: LayerSpecification[] = [
    { id: 'background', type: 'background' },
    { id: 'country-fill', type: 'fill', source: SOURCE.region },
    { id: 'border-main', type: 'line', source: SOURCE.borders },
    { id: 'label-town', type: 'symbol', source: SOURCE.region },
    { id: 'data-points', type: 'symbol', source: SOURCE.points },
  ];
  visibility = new Map<string, unknown>();
  getStyle(): StyleSpecification {
    return { version: 8, sources: {}, layers: this.layers };
  }
  getSource(id: string) {
    return this.sources.get(id);
  }
  addSource(id: string, source: RasterSourceSpecification) {
    this.sources.set(id, source);
  }
  removeSource(id: string) {
    this.sources.delete(id);
  }
  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }
  addLayer(layer: LayerSpecification, beforeId?: string) {
    const at = beforeId ? this.layers.findIndex((l) => l.id === beforeId) : this.layers.length;
    this.layers.splice(at, 0, layer);
  }
  moveLayer(id: string, beforeId?: string) {
    const layer = this.getLayer(id);
    if (!layer) return;
    this.layers = this.layers.filter((l) => l !== layer);
    this.addLayer(layer, beforeId);
  }
  removeLayer(id: string) {
    this.layers = this.layers.filter((l) => l.id !== id);
  }
  setLayoutProperty(layer: string, name: string, value: unknown) {
    if (name === 'visibility') this.visibility.set(layer, value);
  }
  order() {
    return this.layers.map((l) => l.id);
  }
}

describe('online layers', () => {
  it('use each provider’s published tile URL, with HTTPS, 256 px tiles and zoom at most 19', () => {
    expect(PROVIDERS.osm.source.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
    expect(PROVIDERS.satellite.source.tiles).toEqual([
      'https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}',
    ]);
    expect(PROVIDERS.rail.source.tiles).toEqual([
      'https://tiles.openrailwaymap.org/standard/{z}/{x}/{y}.png',
    ]);
    expect(PROVIDERS.gauge.source.tiles).toEqual(['https://tiles.openrailwaymap.org/gauge/{z}/{x}/{y}.png']);
    for (const { source } of Object.values(PROVIDERS)) {
      expect(source.tileSize).toBe(256);
      expect(source.maxzoom).toBeLessThanOrEqual(19);
    }
  });

  it('credit each provider as its terms ask, linking only to https pages', () => {
    expect(PROVIDERS.osm.source.attribution).toBe(
      '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
    );
    expect(PROVIDERS.satellite.source.attribution).toContain(
      'Powered by <a href="https://www.esri.com/">Esri</a>',
    );
    expect(PROVIDERS.satellite.source.attribution).toContain(
      'Esri, Maxar, Earthstar Geographics, and the GIS User Community',
    );
    for (const layer of ['rail', 'gauge'] as const) {
      expect(PROVIDERS[layer].source.attribution).toContain('OpenRailwayMap');
      expect(PROVIDERS[layer].source.attribution).toContain('CC-BY-SA');
      expect(PROVIDERS[layer].source.attribution).toContain('© OpenStreetMap contributors');
    }
    for (const { source } of Object.values(PROVIDERS)) {
      const hrefs = [...(source.attribution ?? '').matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    }
  });

  it('are exactly the tile hosts the CSP allows to be fetched', () => {
    const hosts = new Set(
      Object.values(PROVIDERS).flatMap((p) => (p.source.tiles ?? []).map((t) => new URL(t).origin)),
    );
    const connect = CONTENT_SECURITY_POLICY.split('; ')
      .find((d) => d.startsWith('connect-src '))
      ?.split(' ')
      .slice(1);
    expect(connect).toEqual(["'self'", ...[...hosts].sort()]);
  });

  it('draw nothing online by default', () => {
    const map = new StyleStandIn();
    const before = map.order();
    applyOnlineLayers(map, { basemap: 'offline', overlays: [] });
    expect(map.order()).toEqual(before);
    expect([...map.sources.keys()].some((id) => onlineLayerOf(id))).toBe(false);
    expect(map.visibility.get('label-town')).toBe('visible');
  });

  it('put the basemap, then the overlays, below the border line and the features', () => {
    const map = new StyleStandIn();
    applyOnlineLayers(map, { basemap: 'offline', overlays: ['rail'] });
    applyOnlineLayers(map, { basemap: 'satellite', overlays: ['rail', 'gauge'] });
    expect(map.order()).toEqual([
      'background',
      'country-fill',
      'online-satellite',
      'online-rail',
      'online-gauge',
      'border-main',
      'label-town',
      'data-points',
    ]);
    // Over the imagery the offline names stay; over OpenStreetMap (which has its own) they are hidden.
    expect(map.visibility.get('label-town')).toBe('visible');
    applyOnlineLayers(map, { basemap: 'osm', overlays: [] });
    expect(map.order()).toEqual([
      'background',
      'country-fill',
      'online-osm',
      'border-main',
      'label-town',
      'data-points',
    ]);
    expect(map.visibility.get('label-town')).toBe('none');
    expect(map.visibility.has('data-points')).toBe(false);
  });

  it('remove a layer’s source when it is switched off, so none of its tiles is fetched any more', () => {
    const map = new StyleStandIn();
    applyOnlineLayers(map, { basemap: 'osm', overlays: ['gauge'] });
    applyOnlineLayers(map, { basemap: 'offline', overlays: [] });
    expect(map.sources.has(onlineSourceId('osm'))).toBe(false);
    expect(map.sources.has(onlineSourceId('gauge'))).toBe(false);
    expect(map.order()).toEqual(['background', 'country-fill', 'border-main', 'label-town', 'data-points']);
    expect(map.visibility.get('label-town')).toBe('visible');
  });

  it('name the layer a failing source belongs to, and say so in plain words', () => {
    expect(onlineLayerOf('online-osm')).toBe('osm');
    expect(onlineLayerOf('online-nope')).toBeNull();
    expect(onlineLayerOf(SOURCE.borders)).toBeNull();
    expect(onlineLayerOf(undefined)).toBeNull();
    expect(chosenLayers({ basemap: 'satellite', overlays: ['rail'] })).toEqual(['satellite', 'rail']);
    expect(failureMessage('satellite')).toBe(
      'Satellite: tiles from Esri World Imagery could not be loaded (no connection, or the service is down). The offline map is shown instead.',
    );
    expect(failureMessage('rail')).toMatch(
      /^Railways overlay: tiles from OpenRailwayMap could not be loaded/,
    );
  });
});
