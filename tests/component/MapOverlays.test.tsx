// @vitest-environment jsdom
// The map's DOM overlays through MapView with the fake map: the tooltip the map reports on hover or that keyboard
// focus on a list entry asks for, and the chooser of stacked features.
import { DEFAULT_LAYERS } from '../../src/domain/map-layers';
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapView } from '../../src/map/MapView';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { fakeMapFactory } from '../fixtures/fake-map';
import { makeFeature } from '../fixtures/make-feature';

afterEach(cleanup);

const bridge = makeFeature('korea-russia-friendship-bridge', {
  kind: 'railway-bridge',
  opened: '1959-08-09',
  name: { en: 'Korea–Russia Friendship Bridge', ru: 'Мост Дружбы' },
});
const road = makeFeature('khasan-tumangang-road-bridge', {
  kind: 'road-bridge',
  status: 'under-construction',
  opened: undefined,
  target: '2026',
  name: { en: 'Khasan–Tumangang road bridge' },
});

async function renderMap() {
  const fake = fakeMapFactory();
  const onSelect = vi.fn();
  render(
    <>
      <MapView
        factory={fake.factory}
        features={[bridge, road]}
        lang="en"
        filters={DEFAULT_FILTERS}
        matchingIds={null}
        selectedId={null}
        initialCamera={null}
        layers={DEFAULT_LAYERS}
        handlers={{ onSelect, onCameraChange: vi.fn(), onStatus: vi.fn() }}
      />
      <button type="button" data-feature-id={road.id}>
        list entry
      </button>
    </>,
  );
  await waitFor(() => expect(fake.maps.length).toBe(1));
  return { map: fake.live(), onSelect };
}

describe('map overlays', () => {
  it('shows the name, kind, status and date of the hovered feature, and hides it off the icons', async () => {
    const { map } = await renderMap();
    act(() => map.hover({ id: bridge.id, x: 50, y: 60 }));
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Korea–Russia Friendship BridgeRailway bridge · Operational · opened 1959',
    );
    act(() => map.hover({ count: 7, x: 50, y: 60 }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('7 features here');
    act(() => map.hover(null));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip of a feature whose list entry has keyboard focus, where its icon is drawn', async () => {
    const { map } = await renderMap();
    map.iconPoints.set(road.id, { x: 30, y: 40 });
    act(() => screen.getByRole('button', { name: 'list entry' }).focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Khasan–Tumangang road bridge');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Under construction · target 2026');
    act(() => screen.getByRole('button', { name: 'list entry' }).blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('lists stacked features by English name, kind and status; a pick opens that feature and closes the list', async () => {
    const user = userEvent.setup();
    const { map, onSelect } = await renderMap();
    act(() => map.choose([road.id, bridge.id]));
    const chooser = screen.getByRole('group', { name: '2 features here' });
    const entries = screen.getAllByRole('button', { name: /, (Road|Railway) bridge, / });
    expect(entries.map((e) => e.getAttribute('aria-label'))).toEqual([
      'Khasan–Tumangang road bridge, Road bridge, Under construction, target 2026',
      'Korea–Russia Friendship Bridge, Railway bridge, Operational, opened 1959',
    ]);
    expect(entries[0]).toHaveFocus();
    expect(chooser).toHaveTextContent('Road bridge · Under construction');
    await user.click(screen.getByRole('button', { name: /^Korea–Russia Friendship Bridge/ }));
    expect(onSelect).toHaveBeenCalledWith(bridge.id);
    expect(screen.queryByRole('group', { name: /features here/ })).toBeNull();
  });

  it('closes the chooser on Escape or its close button without choosing', async () => {
    const user = userEvent.setup();
    const { map, onSelect } = await renderMap();
    act(() => map.choose([road.id, bridge.id]));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /features here/ })).toBeNull();
    act(() => map.choose([road.id, bridge.id]));
    await user.click(screen.getByRole('button', { name: 'Close the list' }));
    expect(screen.queryByRole('group', { name: /features here/ })).toBeNull();
    expect(onSelect).not.toHaveBeenCalled();
  });
});
