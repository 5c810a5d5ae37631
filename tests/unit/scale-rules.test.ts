// The rules that keep a generated dataset of thousands of features fluid (README § Benchmark), and the id rule the
// URL codec shares with the schema.
import { describe, expect, it } from 'vitest';
import { listRestMs } from '../../src/app/use-derived-view';
import { isFeatureId } from '../../src/domain/data-rules';
import { featureSchema } from '../../src/domain/schema';

describe('listRestMs', () => {
  it('lets the list follow every step of the real data (a few hundred features at most)', () => {
    for (const count of [0, 72, 500, 2000]) expect(listRestMs(count)).toBe(0);
  });

  it('waits 0.4 s for thousands of features, longer with more, never more than 2 s', () => {
    expect(listRestMs(2001)).toBe(400);
    expect(listRestMs(10_000)).toBe(400);
    expect(listRestMs(25_000)).toBe(1000);
    expect(listRestMs(50_000)).toBe(2000);
    expect(listRestMs(100_000)).toBe(2000);
  });
});

describe('isFeatureId', () => {
  it('accepts exactly the ids the schema accepts', () => {
    const probe = (id: string) => featureSchema.shape.id.safeParse(id).success;
    const ids = [
      'khasan-tumangang-road-bridge',
      'a',
      'a1-b2',
      'a'.repeat(80),
      'a'.repeat(81),
      'Khasan',
      'a--b',
      '-a',
      'a-',
      'a b',
      '',
      '__proto__',
      'тест',
    ];
    for (const id of ids) expect(isFeatureId(id), id).toBe(probe(id));
  });
});
