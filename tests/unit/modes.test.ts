import { describe, expect, it } from 'vitest';
import { gaugeOf, modesOf } from '../../src/domain/modes';
import { KINDS } from '../../src/domain/vocabulary';

describe('modes across kinds', () => {
  it('puts rail crossings and railway bridges under rail, road crossings and bridges under road', () => {
    expect(modesOf({ id: 'a', kind: 'rail-crossing' })).toEqual(['rail']);
    expect(modesOf({ id: 'nizhneleninskoye-tongjiang-rail-bridge', kind: 'railway-bridge' })).toEqual([
      'rail',
    ]);
    expect(modesOf({ id: 'a', kind: 'road-bridge' })).toEqual(['road']);
    expect(modesOf({ id: 'a', kind: 'road-crossing' })).toEqual(['road']);
    expect(modesOf({ id: 'a', kind: 'river-crossing' })).toEqual(['river']);
    expect(modesOf({ id: 'a', kind: 'cable-car' })).toEqual(['cable-car']);
  });

  it('marks the pipeline construction crossings, which stay river crossings too', () => {
    expect(modesOf({ id: 'lesozavodsk-temporary-crossing', kind: 'river-crossing' })).toEqual([
      'river',
      'pipeline-construction',
    ]);
  });

  it('gives hubs, ports, corridors and deposits no mode', () => {
    for (const kind of KINDS.filter((k) => ['multimodal-hub', 'port', 'corridor', 'deposit'].includes(k)))
      expect(modesOf({ id: 'a', kind })).toEqual([]);
  });
});

describe('gauge classes', () => {
  it('reads dual, break of gauge and single gauges from the two sides', () => {
    expect(gaugeOf({})).toBeNull();
    expect(gaugeOf({ facts: { gauge: { ru: 'dual', foreign: 'dual' } } })).toBe('dual');
    expect(gaugeOf({ facts: { gauge: { ru: 'dual' } } })).toBe('dual');
    expect(gaugeOf({ facts: { gauge: { ru: '1520', foreign: 'dual' } } })).toBe('dual');
    expect(gaugeOf({ facts: { gauge: { ru: '1520', foreign: '1435' } } })).toBe('break');
    expect(gaugeOf({ facts: { gauge: { ru: '1520' } } })).toBe('1520');
    expect(gaugeOf({ facts: { gauge: { ru: '1435', foreign: '1435' } } })).toBe('1435');
  });
});
