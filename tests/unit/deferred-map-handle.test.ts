import { describe, expect, it } from 'vitest';
import { DeferredMapHandle } from '../../src/map/deferred-map-handle';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { FakeMap } from '../fixtures/fake-map';
import { makeFeature } from '../fixtures/make-feature';
import { ENGLISH } from '../../src/i18n/translator';

const handlers = { onSelect: () => {}, onCameraChange: () => {}, onStatus: () => {} };
const newMap = () => new FakeMap({} as HTMLElement, handlers, { camera: null, lang: 'en', tr: ENGLISH });

describe('the deferred map handle', () => {
  it('hands the state asked for before the map existed to the map when it is attached', () => {
    const handle = new DeferredMapHandle();
    const features = [makeFeature('a')];
    const filters = { ...DEFAULT_FILTERS, year: 2020 };
    handle.setData(features, 'ru');
    handle.setFilters(filters, ['a']);
    handle.select('a');
    handle.setLayers({ basemap: 'satellite', overlays: ['rail'] });
    handle.flyTo([131.9, 43.1], { top: 1, right: 2, bottom: 3, left: 4 });
    const map = newMap();
    handle.attach(map);
    expect(map.features).toBe(features);
    expect(map.lang).toBe('ru');
    expect(map.filters).toBe(filters);
    expect(map.matchingIds).toEqual(['a']);
    expect(map.selected).toBe('a');
    expect(map.layers).toEqual({ basemap: 'satellite', overlays: ['rail'] });
    expect(map.moves).toEqual([
      { method: 'flyTo', position: [131.9, 43.1], padding: { top: 1, right: 2, bottom: 3, left: 4 } },
    ]);
  });

  it('keeps only the last move asked for while waiting, and makes it once', () => {
    const handle = new DeferredMapHandle();
    handle.flyTo([130, 45]);
    handle.jumpTo({ zoom: 6, lat: 44, lon: 131 });
    const first = newMap();
    handle.attach(first);
    expect(first.moves).toEqual([{ method: 'jumpTo', camera: { zoom: 6, lat: 44, lon: 131 } }]);
    handle.detach(first);
    const second = newMap();
    handle.attach(second);
    expect(second.moves).toEqual([]);
  });

  it('forwards calls at once to an attached map, and records them again after detach', () => {
    const handle = new DeferredMapHandle();
    const map = newMap();
    handle.attach(map);
    handle.select('b');
    handle.jumpTo({ zoom: 7, lat: 45, lon: 132 });
    expect(map.selected).toBe('b');
    expect(map.moves).toHaveLength(1);
    handle.detach(map);
    handle.select('c');
    expect(map.selected).toBe('b');
    const next = newMap();
    handle.attach(next);
    expect(next.selected).toBe('c');
  });
});
