import { describe, expect, it } from 'vitest';
import { plainAttribution } from '../../src/map/export-image';
import { BASEMAP_ATTRIBUTION } from '../../src/map/basemap-style';
import { PROVIDERS } from '../../src/map/online-layers';

describe('the picture credits', () => {
  it('are the words the attribution shows, without its markup', () => {
    expect(plainAttribution(BASEMAP_ATTRIBUTION)).toBe(
      '© OpenStreetMap contributors (ODbL) · Natural Earth · GeoNames (CC BY 4.0)',
    );
    expect(plainAttribution(PROVIDERS.rail.source.attribution ?? '')).toBe(
      'Style: CC-BY-SA 2.0 OpenRailwayMap, data © OpenStreetMap contributors',
    );
    expect(plainAttribution('A &amp; B')).toBe('A & B');
  });
});
