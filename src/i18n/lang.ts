// Which interface language to use: `lang` in the URL wins, then the browser's preference, then English.
import type { Lang } from '../domain/vocabulary';
import { LANGS, isOneOf } from '../domain/vocabulary';

/** Each language named in itself, for the switcher. */
export const LANG_ENDONYM: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  zh: '中文',
  ko: '한국어',
};

/** The locale `Intl` formats dates and numbers in (Simplified Chinese for `zh`). */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN', ko: 'ko-KR' };

/** The first of the browser's preferred languages that the app speaks (by primary subtag), else English. */
export function browserLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isOneOf(LANGS, primary)) return primary;
  }
  return 'en';
}

/** The `lang` of data prose that exists only in English (notes, source titles): "en" under another language. */
export function proseLang(lang: Lang): 'en' | undefined {
  return lang === 'en' ? undefined : 'en';
}
