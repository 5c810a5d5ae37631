// The id rule the URL codec shares with the schema.
import { describe, expect, it } from 'vitest';
import { isFeatureId } from '../../src/domain/data-rules';
import { featureSchema } from '../../src/domain/schema';

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
