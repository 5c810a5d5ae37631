// The pseudo-locale: literal text marked and accented, ICU arguments, plurals and selects intact.
import { describe, expect, it } from 'vitest';
import { accent, pseudoCatalogue, pseudoMessage } from '../../src/i18n/pseudo';
import { createTranslator } from '../../src/i18n/translator';
import { EN_MESSAGES } from '../../src/i18n/messages';

describe('pseudo-locale', () => {
  it('accents vowels and wraps a message in markers', () => {
    expect(accent('Copy link')).toBe('Cópý línk');
    expect(pseudoMessage('Copy link')).toBe('⟦Cópý línk⟧');
  });

  it('keeps arguments and plural forms working', () => {
    const tr = createTranslator('en', pseudoCatalogue(EN_MESSAGES));
    expect(tr.t('count.features', { count: 1 })).toBe('⟦1 féátúré⟧');
    expect(tr.t('count.features', { count: 5 })).toBe('⟦5 féátúrés⟧');
    expect(tr.t('date.quarter', { quarter: 2, year: 2027 })).toBe('⟦Q2 2027⟧');
    expect(tr.t('date.season', { season: 'spring', year: 2027 })).toBe('⟦spríng 2027⟧');
  });

  it('turns every message of the catalogue, and keeps the keys', () => {
    const pseudo = pseudoCatalogue(EN_MESSAGES);
    expect(Object.keys(pseudo)).toEqual(Object.keys(EN_MESSAGES));
    for (const message of Object.values(pseudo)) expect(message).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
