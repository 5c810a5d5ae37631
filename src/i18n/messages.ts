// The message catalogues: one folder per language, one file per area of the interface (app, card, map, tools and
// the dataset's vocabulary). English is bundled with the app; the other languages load on demand.
import type { Lang } from '../domain/vocabulary';
import app from './catalogues/en/app.json';
import card from './catalogues/en/card.json';
import domain from './catalogues/en/domain.json';
import map from './catalogues/en/map.json';
import tools from './catalogues/en/tools.json';

export const EN_MESSAGES = { ...app, ...card, ...domain, ...map, ...tools };
/** Every message id: a key missing from English is a type error. */
export type MessageKey = keyof typeof EN_MESSAGES;
export type Messages = Record<string, string>;

export const AREAS = ['app', 'card', 'domain', 'map', 'tools'] as const;

type Catalogue = Promise<{ default: Messages }>;
/** Each language's areas as lazy chunks (plain dynamic imports, so Node scripts that import this module run too). */
const LAZY: Record<Exclude<Lang, 'en'>, () => Catalogue[]> = {
  ru: () => [
    import('./catalogues/ru/app.json'),
    import('./catalogues/ru/card.json'),
    import('./catalogues/ru/domain.json'),
    import('./catalogues/ru/map.json'),
    import('./catalogues/ru/tools.json'),
  ],
  zh: () => [
    import('./catalogues/zh/app.json'),
    import('./catalogues/zh/card.json'),
    import('./catalogues/zh/domain.json'),
    import('./catalogues/zh/map.json'),
    import('./catalogues/zh/tools.json'),
  ],
  ko: () => [
    import('./catalogues/ko/app.json'),
    import('./catalogues/ko/card.json'),
    import('./catalogues/ko/domain.json'),
    import('./catalogues/ko/map.json'),
    import('./catalogues/ko/tools.json'),
  ],
};

/** The catalogue of one language (its areas merged). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return EN_MESSAGES;
  const parts = await Promise.all(LAZY[lang]());
  return Object.assign({}, ...parts.map((p) => p.default)) as Messages;
}
