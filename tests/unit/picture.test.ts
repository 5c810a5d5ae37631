import { describe, expect, it } from 'vitest';
import {
  downloadName,
  metresPerPixel,
  pictureCaptions,
  scaleBar,
  visibleLegend,
} from '../../src/domain/picture';
import { FEATURES } from '../fixtures/features';

describe('scale bar', () => {
  it('metres per pixel: the equator at zoom 0 is one world per 512 px, and it halves per zoom', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
    expect(metresPerPixel(0, 1)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
    expect(metresPerPixel(60, 0)).toBeCloseTo(metresPerPixel(0, 0) / 2, 3);
  });
  it('picks the longest round 1-2-5 distance that fits', () => {
    expect(scaleBar(1000, 120)).toEqual({ metres: 100_000, px: 100, label: '100 km' });
    expect(scaleBar(1000, 90)).toEqual({ metres: 50_000, px: 50, label: '50 km' });
    expect(scaleBar(3, 100)).toEqual({ metres: 200, px: 200 / 3, label: '200 m' });
  });
});

describe('captions', () => {
  it('legend lists only the statuses shown, in vocabulary order, with counts', () => {
    const legend = visibleLegend(FEATURES.slice(0, 4));
    expect(legend.map((e) => [e.label, e.count])).toEqual([
      ['Operational', 3],
      ['Planned', 1],
    ]);
  });
  it('says which year the picture shows', () => {
    const base = {
      shown: FEATURES,
      attribution: 'Natural Earth',
      date: '2026-12-01',
      url: 'https://x.example/',
    };
    expect(pictureCaptions({ ...base, year: 2026, range: null }).yearText).toBe('Network by end of 2026');
    expect(pictureCaptions({ ...base, year: null, range: null }).yearText).toBe('All years');
    expect(pictureCaptions({ ...base, year: null, range: { from: 2026, to: 2030 } }).yearText).toBe(
      'What changes between 2026 and 2030',
    );
    expect(pictureCaptions({ ...base, year: null, range: null }).footer).toBe(
      'Made 2026-12-01 · https://x.example/',
    );
  });
  it('names downloads by date', () => {
    expect(downloadName('2026-12-01', 'csv')).toBe('border-logistics-map-2026-12-01.csv');
    expect(downloadName('2026-12-01', 'png', '2x')).toBe('border-logistics-map-2x-2026-12-01.png');
  });
});
