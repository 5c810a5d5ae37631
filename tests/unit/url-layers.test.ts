import { ENGLISH } from '../../src/i18n/translator';
import { describe, expect, it } from 'vitest';
import { parseAppState, permalinkFor, serialiseAppState } from '../../src/url-state/url-codec';
import { DEFAULT_STATE } from '../../src/url-state/app-state';
import { DEFAULT_LAYERS, isOnline, withOverlay } from '../../src/domain/map-layers';

const parse = (search: string) => parseAppState(search, '');

describe('URL codec: online layers (basemap=, overlay=)', () => {
  it('reads nothing online from a plain link', () => {
    const { state, notices } = parse('');
    expect(state.layers).toEqual(DEFAULT_LAYERS);
    expect(isOnline(state.layers)).toBe(false);
    expect(notices).toEqual([]);
  });

  it('reads basemap=osm and basemap=satellite', () => {
    expect(parse('?basemap=osm').state.layers).toEqual({ basemap: 'osm', overlays: [] });
    expect(parse('?basemap=satellite').state.layers).toEqual({ basemap: 'satellite', overlays: [] });
  });

  it('reads overlay=rail, overlay=gauge and both, in a fixed order', () => {
    expect(parse('?overlay=rail').state.layers.overlays).toEqual(['rail']);
    expect(parse('?overlay=gauge').state.layers.overlays).toEqual(['gauge']);
    expect(parse('?overlay=gauge,rail').state.layers.overlays).toEqual(['rail', 'gauge']);
    expect(parse('?basemap=satellite&overlay=rail').state.layers).toEqual({
      basemap: 'satellite',
      overlays: ['rail'],
    });
  });

  it('ignores hostile or unknown values with a notice, keeping the offline default', () => {
    for (const value of [
      'javascript:alert(1)',
      'https://evil.example/{z}/{x}/{y}.png',
      'OSM',
      '<img src=x onerror=alert(1)>',
      '__proto__',
      'x'.repeat(500),
    ]) {
      const { state, notices } = parse(`?basemap=${encodeURIComponent(value)}`);
      expect(state.layers.basemap).toBe('offline');
      expect(notices.length).toBeGreaterThan(0);
    }
    const { state, notices } = parse(`?overlay=${encodeURIComponent('rail,https://evil.example/t.png')}`);
    expect(state.layers.overlays).toEqual(['rail']);
    expect(notices.map((n) => ENGLISH.t(n.key, n.values))).toEqual(['Ignored unknown overlay.']);
    expect(parse('?overlay=constructor').state.layers.overlays).toEqual([]);
  });

  it('accepts an explicit basemap=offline and drops it when writing', () => {
    const { state, notices } = parse('?basemap=offline');
    expect(state.layers.basemap).toBe('offline');
    expect(notices).toEqual([]);
    expect(serialiseAppState(state).search).toBe('');
  });

  it('drops the defaults from the URL and writes the online choice', () => {
    expect(serialiseAppState(DEFAULT_STATE).search).toBe('');
    const online = {
      ...DEFAULT_STATE,
      layers: { basemap: 'satellite', overlays: ['rail', 'gauge'] },
    } as const;
    expect(serialiseAppState(online).search).toBe('?basemap=satellite&overlay=rail,gauge&v=1');
    expect(parse(serialiseAppState(online).search).state.layers).toEqual(online.layers);
  });

  it('keeps online layers out of a feature permalink (a cited link opens offline)', () => {
    const online = { ...DEFAULT_STATE, layers: { basemap: 'osm', overlays: ['rail'] } } as const;
    expect(permalinkFor(online, 'dzhalinda-mohe-bridge', 'https://x.example/')).toBe(
      'https://x.example/?feature=dzhalinda-mohe-bridge&v=1',
    );
  });

  it('switches one overlay on or off, keeping the fixed order', () => {
    expect(withOverlay([], 'gauge', true)).toEqual(['gauge']);
    expect(withOverlay(['gauge'], 'rail', true)).toEqual(['rail', 'gauge']);
    expect(withOverlay(['rail', 'gauge'], 'rail', false)).toEqual(['gauge']);
    expect(withOverlay(['rail'], 'rail', true)).toEqual(['rail']);
  });
});
