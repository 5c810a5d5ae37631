// Keys that work from anywhere and "Zoom to results", in the whole app with the fake map: Escape closes the card
// wherever focus is, `/` jumps to the search (except while typing in a field), and Zoom to results frames exactly
// the features that pass the filters.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, visibility } from '../../src/domain/filters';
import type { FilterState } from '../../src/domain/filters';
import { FEATURES } from '../fixtures/features';
import { SLOW, listRows, renderApp } from '../fixtures/render-app';

const search = () => screen.getByRole('searchbox', { name: 'Search features' });
const mapRegion = () => screen.getByRole('region', { name: 'Map' });
const card = () => screen.queryByRole('dialog');

/** West-south and east-north corners of every coordinate of these features, worked out here from the fixtures. */
function cornersOf(ids: string[]): [[number, number], [number, number]] {
  const coords = FEATURES.filter((f) => ids.includes(f.id)).flatMap((f) =>
    f.geometry.type === 'Point'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'LineString'
        ? f.geometry.coordinates
        : [],
  );
  const lons = coords.map((c) => c[0] ?? 0);
  const lats = coords.map((c) => c[1] ?? 0);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

const passing = (filters: Partial<FilterState>) =>
  FEATURES.filter((f) => visibility(f.properties, { ...DEFAULT_FILTERS, ...filters }) === 'shown').map(
    (f) => f.id,
  );

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('keys from anywhere, and Zoom to results', { timeout: 30_000 }, () => {
  it('Escape closes the card with focus in the list, in the search box and on the map region', async () => {
    const { map } = await renderApp();
    const places: [string, () => HTMLElement][] = [
      ['a list entry', () => listRows()[0] as HTMLElement],
      ['the search box', search],
      ['the map region', mapRegion],
    ];
    for (const [where, target] of places) {
      act(() => map.click('zabaikalsk-manzhouli-rail'));
      await screen.findByRole('dialog', { name: /^Zabaykalsk/ }, SLOW);
      act(() => target().focus());
      expect(document.activeElement, where).toBe(target());
      await userEvent.keyboard('{Escape}');
      expect(card(), `Escape from ${where}`).toBeNull();
      expect(new URL(window.location.href).searchParams.has('feature'), where).toBe(false);
    }
  });

  it('Escape from the search box closes the card and keeps what was typed', async () => {
    const { map } = await renderApp();
    await userEvent.type(search(), 'khasan');
    act(() => map.click('khasan-tumangang-road-bridge'));
    await screen.findByRole('dialog', { name: /^Khasan/ }, SLOW);
    act(() => search().focus());
    await userEvent.keyboard('{Escape}');
    expect(card()).toBeNull();
    expect(search()).toHaveValue('khasan');
  });

  it('`/` puts focus in the search box from the page, the list and the map region', async () => {
    await renderApp();
    for (const from of [() => document.body, () => listRows()[1] as HTMLElement, mapRegion]) {
      act(() => from().focus());
      await userEvent.keyboard('/');
      expect(document.activeElement).toBe(search());
      expect(search()).toHaveValue('');
      act(() => search().blur());
    }
  });

  it('`/` is a character while typing: in the search box it is typed, on the year slider focus stays', async () => {
    await renderApp();
    await userEvent.type(search(), '1520/1435');
    expect(search()).toHaveValue('1520/1435');
    expect(document.activeElement).toBe(search());
    const slider = screen.getByRole('slider', { name: 'Year' });
    act(() => slider.focus());
    fireEvent.keyDown(slider, { key: '/' });
    expect(document.activeElement).toBe(slider);
  });

  it('"Zoom to results" frames exactly the features that pass the filters', async () => {
    const { map } = await renderApp();
    const zoom = () => screen.getByRole('button', { name: 'Zoom to results' });
    await userEvent.click(zoom());
    expect(map.moves.at(-1)).toMatchObject({ method: 'fitBounds', bounds: cornersOf(passing({})) });

    // North Korea only: the Khasan features.
    await userEvent.click(screen.getByRole('button', { name: 'China' }));
    const kp = passing({ borders: ['kp'] });
    await waitFor(() => expect(listRows()).toHaveLength(kp.length), SLOW);
    expect(kp.length).toBeGreaterThan(0);
    expect(kp.length).toBeLessThan(FEATURES.length);
    await userEvent.click(zoom());
    expect(map.moves.at(-1)).toMatchObject({ method: 'fitBounds', bounds: cornersOf(kp) });

    // Then railway bridges only, by the legend's "only": the one Khasan railway bridge.
    await userEvent.click(screen.getByRole('button', { name: 'Only Railway bridge' }));
    const bridges = passing({ borders: ['kp'], kinds: ['railway-bridge'] });
    await waitFor(() => expect(listRows()).toHaveLength(bridges.length), SLOW);
    await userEvent.click(zoom());
    const last = map.moves.at(-1);
    expect(last).toMatchObject({ method: 'fitBounds', bounds: cornersOf(bridges) });
    expect(bridges).toEqual(
      within(screen.getByRole('list', { name: 'Features' }))
        .getAllByRole('button')
        .map((b) => FEATURES.find((f) => b.getAttribute('aria-label')?.startsWith(f.properties.name.en))?.id),
    );
  });
});
