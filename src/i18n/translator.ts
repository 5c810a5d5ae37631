// The translator every layer uses: message lookup with ICU plurals and selects (FormatJS), and dates and numbers
// formatted by `Intl` in the chosen locale. Pure TypeScript: domain functions take one as an argument.
import { createIntl, createIntlCache } from '@formatjs/intl';
import type { IntlShape } from '@formatjs/intl';
import type { Lang } from '../domain/vocabulary';
import type { MessageKey, Messages } from './messages';
import { EN_MESSAGES } from './messages';
import { INTL_LOCALE } from './lang';

export type MessageValues = Record<string, string | number | Date>;

/** A message to word where it is shown (a notice made where no translator is at hand). */
export interface MessageRef {
  key: MessageKey;
  values?: MessageValues;
}

export interface Translator {
  readonly lang: Lang;
  /** The message `key` in the chosen language, English where the catalogue lacks it. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A number in the locale's digits and separators. */
  number(value: number, options?: Parameters<IntlShape['formatNumber']>[1]): string;
  /** A date (a `Date` or an ISO string) in the locale's words. */
  date(value: Date | string, options?: Parameters<IntlShape['formatDate']>[1]): string;
  /** A list joined the locale's way ("a, b and c"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** The underlying FormatJS object, for formats the methods above do not cover. */
  readonly intl: IntlShape<string>;
}

const cache = createIntlCache();

export interface TranslatorOptions {
  /** Called for a message missing from the catalogue (tests make it fail); English is shown meanwhile. */
  onMissing?: (key: string, lang: Lang) => void;
}

export function createTranslator(
  lang: Lang,
  messages: Messages,
  options: TranslatorOptions = {},
): Translator {
  const intl = createIntl(
    {
      locale: INTL_LOCALE[lang],
      defaultLocale: 'en-GB',
      messages,
      // Dates in the data are calendar dates: formatting them in the reader's time zone could shift the day.
      timeZone: 'UTC',
      onError: () => {},
    },
    cache,
  );
  const english =
    lang === 'en'
      ? intl
      : createIntl({ locale: 'en-GB', messages: EN_MESSAGES, timeZone: 'UTC', onError: () => {} }, cache);
  // Each message is compiled once. FormatJS's formatMessage merges the format options and looks its compiled
  // message up by a serialised key on every call, which a list of thousands of entries pays thousands of times
  // a step (README § Benchmark). Those options only set the UTC zone of date and time arguments, and the catalogues
  // hold none (tests/unit/catalogues.test.ts): dates are formatted by `date` below and passed in as text.
  const compiled = new Map<string, { format(values?: MessageValues): unknown }>();
  const compile = (key: MessageKey, own: boolean) => {
    const source = own ? intl : english;
    const message = own ? (messages[key] ?? EN_MESSAGES[key]) : EN_MESSAGES[key];
    const format = source.formatters.getMessageFormat(message, source.locale, source.formats, {
      formatters: source.formatters,
    });
    compiled.set(key, format);
    return format;
  };
  return {
    lang,
    intl,
    t(key, values) {
      const own = key in messages;
      if (!own) options.onMissing?.(key, lang);
      try {
        return String((compiled.get(key) ?? compile(key, own)).format(values));
      } catch {
        // A message that does not format (a broken catalogue entry) falls back as FormatJS does.
        return (own ? intl : english).formatMessage(
          { id: key, defaultMessage: EN_MESSAGES[key] },
          values,
        ) as string;
      }
    },
    number: (value, opts) => intl.formatNumber(value, opts),
    date: (value, opts) => intl.formatDate(typeof value === 'string' ? new Date(value) : value, opts),
    list: (items, type = 'conjunction') => intl.formatList(items, { type }) as string,
  };
}

/** English, for code that runs before a language is known and for tests. */
export const ENGLISH: Translator = createTranslator('en', EN_MESSAGES);
