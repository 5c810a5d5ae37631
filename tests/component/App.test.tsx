// The whole app in jsdom with the fake map: data loads into the list and the map, the year filters both, a choice
// opens the card and moves the map, and the URL and history follow.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visibility, yearRange, DEFAULT_FILTERS } from '../../src/domain/filters';
import { changeYears } from '../../src/domain/feed';
import { FEATURES } from '../fixtures/features';
import { SLOW, listRows, renderApp } from '../fixtures/render-app';

const rows = listRows;
const slider = () => screen.getByRole('slider', { name: 'Year' });
const url = () => new URL(window.location.href);

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('App with the fake map', { timeout: 30_000 }, () => {
  it('loads the data into the list and the map', async () => {
    const { map } = await renderApp();
    expect(rows()).toHaveLength(FEATURES.length);
    expect(map.features.map((f) => f.id).sort()).toEqual(FEATURES.map((f) => f.id).sort());
    expect(map.filters).toEqual(DEFAULT_FILTERS);
    expect(map.options.camera).toBeNull();
    expect(screen.queryByText('Loading map…')).not.toBeInTheDocument();
  });

  it('filters the list and the map by year, as one history entry, and Back undoes it', async () => {
    const { map } = await renderApp();
    const before = window.history.length;
    await userEvent.click(screen.getByRole('checkbox', { name: 'All years' }));
    fireEvent.change(slider(), { target: { value: '2010' } });
    await waitFor(() => expect(url().searchParams.get('year')).toBe('2010'), SLOW);
    const expected = FEATURES.filter(
      (f) => visibility(f.properties, { ...DEFAULT_FILTERS, year: 2010 }) === 'shown',
    );
    await waitFor(() => expect(rows()).toHaveLength(expected.length), SLOW);
    expect(expected.length).toBeLessThan(FEATURES.length);
    expect(map.filters?.year).toBe(2010);
    expect(window.history.length).toBe(before + 2);

    act(() => window.history.back());
    await waitFor(() => expect(url().searchParams.has('year')).toBe(true), SLOW);
    await waitFor(() => expect(map.filters?.year).not.toBe(2010), SLOW);
  });

  it('opens the card for a list choice, rings it on the map, flies there and names it in the URL', async () => {
    const { map } = await renderApp();
    const row = rows().find((b) => b.getAttribute('aria-label')?.startsWith('Khasan'));
    expect(row).toBeDefined();
    await userEvent.click(row!);
    const card = await screen.findByRole('dialog', { name: /^Khasan/ }, SLOW);
    expect(card).toBeInTheDocument();
    expect(url().searchParams.get('feature')).toBe('khasan-tumangang-road-bridge');
    expect(map.selected).toBe('khasan-tumangang-road-bridge');
    expect(map.moves.at(-1)).toMatchObject({ method: 'flyTo' });
    expect(within(card).getByRole('link', { name: 'Permalink' }).getAttribute('href')).toMatch(
      /\?feature=khasan-tumangang-road-bridge&v=1$/,
    );

    await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(url().searchParams.has('feature')).toBe(false);
  });

  it('opens the card for a click on the map without moving the map', async () => {
    const { map } = await renderApp();
    act(() => map.click('zabaikalsk-manzhouli-rail'));
    expect(await screen.findByRole('dialog', { name: /^Zabaykalsk/ }, SLOW)).toBeInTheDocument();
    expect(map.moves).toEqual([]);
  });

  it('keeps the camera in the URL without history entries, and jumps the map back to it on Back', async () => {
    const { map } = await renderApp();
    const before = window.history.length;
    act(() => map.moveTo({ zoom: 7, lat: 48.5, lon: 131.25 }));
    expect(window.location.hash).toBe('#map=7/48.5/131.25');
    expect(window.history.length).toBe(before);
    await userEvent.click(screen.getByRole('button', { name: 'North Korea' }));
    act(() => map.moveTo({ zoom: 9, lat: 42.5, lon: 130.5 }));
    act(() => window.history.back());
    await waitFor(
      () =>
        expect(map.moves.at(-1)).toEqual({ method: 'jumpTo', camera: { zoom: 7, lat: 48.5, lon: 131.25 } }),
      SLOW,
    );
  });

  it('opens a linked feature and centres on it; a linked camera wins over the centring', async () => {
    const linked = await renderApp('/?feature=nizhneleninskoye-tongjiang-rail-bridge&v=1');
    expect(screen.getByRole('dialog', { name: /^Nizhneleninskoye/ })).toBeInTheDocument();
    expect(linked.map.moves).toMatchObject([{ method: 'flyTo', position: [132.6667, 47.9] }]);
    cleanup();
    const withCamera = await renderApp('/?feature=nizhneleninskoye-tongjiang-rail-bridge&v=1#map=6/45/130');
    expect(withCamera.map.options.camera).toEqual({ zoom: 6, lat: 45, lon: 130 });
    expect(withCamera.map.moves).toEqual([]);
  });

  it('says so when the linked feature is not in the data, and drops it from the URL', async () => {
    await renderApp('/?feature=no-such-feature&v=1');
    expect(
      await screen.findByText('The linked feature was not found; showing the whole map.', {}, SLOW),
    ).toBeInTheDocument();
    expect(url().searchParams.has('feature')).toBe(false);
  });

  it('keeps the search text in the URL as q=, typing being one history entry', async () => {
    const { map } = await renderApp();
    const before = window.history.length;
    const search = screen.getByRole('searchbox', { name: 'Search features' });
    await userEvent.type(search, 'khasan');
    expect(url().searchParams.get('q')).toBe('khasan');
    expect(rows()).toHaveLength(1);
    expect(map.matchingIds).toEqual(['khasan-tumangang-road-bridge']);
    expect(window.history.length).toBe(before);
    fireEvent.blur(search);
    expect(window.history.length).toBe(before + 1);
  });

  it('makes a Play run one history entry', async () => {
    await renderApp('/?year=2020&v=1');
    vi.useFakeTimers();
    const before = window.history.length;
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    // Play stops only at years in which the map changes: two steps reach the second such year after 2020, short
    // of the last year (where the run would end by itself).
    const [min, max] = yearRange(
      FEATURES.map((f) => f.properties),
      [1990, 2030],
    );
    const stops = changeYears(FEATURES, min, max).filter((y) => y > 2020);
    expect(stops.length).toBeGreaterThan(2);
    for (let i = 0; i < 2; i += 1) act(() => vi.advanceTimersByTime(1000));
    const reached = String(stops[1]);
    expect(url().searchParams.get('year')).toBe(reached);
    expect(window.history.length).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(window.history.length).toBe(before + 1);
    expect(url().searchParams.get('year')).toBe(reached);
  });
});
