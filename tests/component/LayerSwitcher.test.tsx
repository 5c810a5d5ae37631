// @vitest-environment jsdom
// The layer switcher alone (a radio group and two checkboxes, choices out through onChange), and in the App with
// the fake map: a deep link's layers reach the map and the controls; a choice goes to the map and the URL.
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LayerSwitcher } from '../../src/components/LayerSwitcher';
import { App } from '../../src/app/App';
import type { DataFile, Fetcher } from '../../src/data/load-features';
import { DEFAULT_LAYERS } from '../../src/domain/map-layers';
import type { MapLayers } from '../../src/domain/map-layers';
import { FEATURES, FIXTURE_TODAY } from '../fixtures/features';
import { fakeMapFactory } from '../fixtures/fake-map';

afterEach(cleanup);

const basemaps = () => screen.getByRole('radiogroup', { name: 'Basemap' });
const radio = (name: string) => within(basemaps()).getByRole('radio', { name });

function renderSwitcher(layers: MapLayers) {
  const onChange = vi.fn();
  render(<LayerSwitcher layers={layers} onChange={onChange} />);
  return onChange;
}

describe('LayerSwitcher', () => {
  it('offers Offline (chosen by default), OpenStreetMap and Satellite, and the two overlays unchecked', () => {
    renderSwitcher(DEFAULT_LAYERS);
    expect(
      within(basemaps())
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['offline', 'osm', 'satellite']);
    expect(radio('Offline')).toBeChecked();
    expect(radio('OpenStreetMap')).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Railways overlay' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Track gauge overlay' })).not.toBeChecked();
    expect(screen.getByText(/nothing is loaded from other sites/)).toBeInTheDocument();
  });

  it('has no axe violations, offline and online', async () => {
    for (const layers of [DEFAULT_LAYERS, { basemap: 'osm', overlays: ['rail', 'gauge'] } as const]) {
      const { container, unmount } = render(
        <main>
          <LayerSwitcher layers={layers} onChange={() => {}} />
        </main>,
      );
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => v.id)).toEqual([]);
      unmount();
    }
  }, 20_000);

  it('reports a basemap choice and an overlay switched on or off', async () => {
    const user = userEvent.setup();
    const onChange = renderSwitcher({ basemap: 'satellite', overlays: ['gauge'] });
    expect(radio('Satellite')).toBeChecked();
    expect(screen.getByText(/load map tiles from their providers/)).toBeInTheDocument();
    await user.click(radio('OpenStreetMap'));
    expect(onChange).toHaveBeenLastCalledWith({ basemap: 'osm', overlays: ['gauge'] });
    await user.click(screen.getByRole('checkbox', { name: 'Railways overlay' }));
    expect(onChange).toHaveBeenLastCalledWith({ basemap: 'satellite', overlays: ['rail', 'gauge'] });
    await user.click(screen.getByRole('checkbox', { name: 'Track gauge overlay' }));
    expect(onChange).toHaveBeenLastCalledWith({ basemap: 'satellite', overlays: [] });
  });
});

const FILES: DataFile[] = [{ name: 'fixtures.geojson', url: '/geo/fixtures.geojson' }];
const fetcher: Fetcher = () =>
  Promise.resolve(new Response(JSON.stringify({ type: 'FeatureCollection', features: FEATURES })));

async function renderApp(at: string) {
  window.history.replaceState(null, '', at);
  const maps = fakeMapFactory();
  render(<App mapFactory={maps.factory} files={FILES} fetcher={fetcher} today={FIXTURE_TODAY} />);
  await waitFor(() => expect(maps.live().features).toHaveLength(FEATURES.length));
  return maps.live();
}

describe('App: the layer choice', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('starts offline: the map is given no online layer and the URL names none', async () => {
    const map = await renderApp('/');
    expect(map.layers).toEqual(DEFAULT_LAYERS);
    expect(window.location.search).toBe('');
  });

  it('takes a deep link’s layers to the map and the controls', async () => {
    const map = await renderApp('/?basemap=satellite&overlay=rail&v=1');
    expect(map.layers).toEqual({ basemap: 'satellite', overlays: ['rail'] });
    expect(radio('Satellite')).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Railways overlay' })).toBeChecked();
  });

  it('makes a choice one history entry, sends it to the map and writes it to the URL', async () => {
    const user = userEvent.setup();
    const map = await renderApp('/');
    const before = window.history.length;
    await user.click(radio('OpenStreetMap'));
    expect(map.layers).toEqual({ basemap: 'osm', overlays: [] });
    expect(new URL(window.location.href).searchParams.get('basemap')).toBe('osm');
    expect(window.history.length).toBe(before + 1);
    await user.click(radio('Offline'));
    expect(map.layers).toEqual(DEFAULT_LAYERS);
    expect(window.location.search).toBe('');
  });
});
