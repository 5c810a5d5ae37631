// The language of everything below: loads the catalogue, gives `useT()` its FormatJS translator, and sets `<html lang>`. While another language's catalogue loads, the previous one stays shown;
// on a first load in a language other than English, nothing is shown until it has arrived.
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Lang } from '../domain/vocabulary';
import type { Messages } from './messages';
import { EN_MESSAGES, loadMessages } from './messages';
import type { Translator, TranslatorOptions } from './translator';
import { ENGLISH, createTranslator } from './translator';

const TranslatorContext = createContext<Translator>(ENGLISH);

export interface I18nProviderProps extends TranslatorOptions {
  lang: Lang;
  /** A catalogue to use instead of loading one (tests: a pseudo-locale). */
  messages?: Messages;
  children: ReactNode;
}

export function I18nProvider({ lang, messages, onMissing, children }: I18nProviderProps) {
  const [fetched, setFetched] = useState<{ lang: Lang; messages: Messages } | null>(null);
  useEffect(() => {
    if (messages || lang === 'en') return;
    let live = true;
    void loadMessages(lang).then((m) => live && setFetched({ lang, messages: m }));
    return () => {
      live = false;
    };
  }, [lang, messages]);
  // A given catalogue, or English at once, or the fetched one. While the next one loads, the last one fetched (or
  // English) stays: the page, and the map in it, never unmount for a language change.
  const shownLang: Lang = messages ? lang : lang === 'en' || !fetched ? 'en' : fetched.lang;
  const shownMessages: Messages =
    messages ?? (shownLang === 'en' || !fetched ? EN_MESSAGES : fetched.messages);
  const translator = useMemo(
    () => createTranslator(shownLang, shownMessages, { onMissing }),
    [shownLang, shownMessages, onMissing],
  );
  useEffect(() => {
    document.documentElement.lang = shownLang;
  }, [shownLang]);
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The translator of the chosen language. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
