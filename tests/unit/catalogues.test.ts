// The message catalogues: the same keys in every language, every key used by the code, every message valid ICU
// with the same arguments as English, and Russian plurals with their three forms.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPE, parse } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { AREAS } from '../../src/i18n/messages';
import { LANGS } from '../../src/domain/vocabulary';
import { createTranslator } from '../../src/i18n/translator';

const ROOT = join(__dirname, '../../src/i18n/catalogues');
const catalogue = (lang: string, area: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, lang, `${area}.json`), 'utf8')) as Record<string, string>;

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) =>
      statSync(path).isDirectory()
        ? sourceText(path)
        : /\.tsx?$/.test(path)
          ? readFileSync(path, 'utf8')
          : '',
    )
    .join('\n');
}

/** The names of the arguments a message takes (a translation may turn a plain argument into a select). */
function args(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) out.add(el.value);
    if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const option of Object.values(el.options)) args(option.value, out);
    }
    if (el.type === TYPE.tag) args(el.children, out);
  }
  return out;
}

describe('message catalogues', () => {
  const src = sourceText(join(__dirname, '../../src'));

  for (const area of AREAS) {
    const en = catalogue('en', area);
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      it(`${lang}/${area}.json has exactly the English keys`, () => {
        const own = catalogue(lang, area);
        expect({ missing: Object.keys(en).filter((k) => !(k in own)) }).toEqual({ missing: [] });
        expect({ extra: Object.keys(own).filter((k) => !(k in en)) }).toEqual({ extra: [] });
      });
      it(`${lang}/${area}.json: valid ICU, non-empty, with the English arguments`, () => {
        const own = catalogue(lang, area);
        for (const [key, message] of Object.entries(own)) {
          const english = en[key];
          if (english === undefined) continue;
          expect({ key, args: [...args(parse(message))].sort() }).toEqual({
            key,
            args: [...args(parse(english))].sort(),
          });
          expect(message.trim().length, key).toBeGreaterThan(0);
        }
      });
    }

    it(`${area}.json holds no date or time argument (the translator compiles messages without the UTC zone)`, () => {
      const dated = (elements: MessageFormatElement[]): boolean =>
        elements.some(
          (el) =>
            el.type === TYPE.date ||
            el.type === TYPE.time ||
            ((el.type === TYPE.plural || el.type === TYPE.select) &&
              Object.values(el.options).some((o) => dated(o.value))) ||
            (el.type === TYPE.tag && dated(el.children)),
        );
      for (const lang of LANGS)
        for (const [key, message] of Object.entries(catalogue(lang, area)))
          expect({ lang, key, dated: dated(parse(message)) }).toEqual({ lang, key, dated: false });
    });

    it(`every key of ${area}.json is used by the code`, () => {
      const unused = Object.keys(en).filter((key) => {
        if (src.includes(`'${key}'`) || src.includes(`"${key}"`)) return false;
        // A key built from a vocabulary value: `status.${s}` or `label<Status>('status')` uses every status.* key.
        const prefix = key.slice(0, key.lastIndexOf('.'));
        return !src.includes(`\`${prefix}.\${`) && !new RegExp(`label<\\w+>\\('${prefix}'\\)`).test(src);
      });
      expect(unused).toEqual([]);
    });
  }

  it('Russian counts take the one / few / many forms', () => {
    const ru = createTranslator(
      'ru',
      Object.assign({}, ...AREAS.map((a) => catalogue('ru', a))) as Record<string, string>,
    );
    expect([1, 2, 5, 21, 11, 22].map((count) => ru.t('count.features', { count }))).toEqual([
      '1 объект',
      '2 объекта',
      '5 объектов',
      '21 объект',
      '11 объектов',
      '22 объекта',
    ]);
  });

  it('English counts take one / other', () => {
    const en = createTranslator(
      'en',
      Object.assign({}, ...AREAS.map((a) => catalogue('en', a))) as Record<string, string>,
    );
    expect(en.t('count.features', { count: 1 })).toBe('1 feature');
    expect(en.t('count.features', { count: 21 })).toBe('21 features');
  });
});
