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

/**
 * One area of one language, as its own chunk. A dynamic import with variables (Vite turns it into a map of the
 * matching files at build time) rather than `import.meta.glob`, which exists only under Vite: scripts run with tsx
 * (check:geo, the feature pages of the build) import this module too, and never call this.
 */
const loadArea = async (lang: Exclude<Lang, 'en'>, area: (typeof AREAS)[number]): Promise<Messages> =>
  ((await import(`./catalogues/${lang}/${area}.json`)) as { default: Messages }).default;

/** The catalogue of one language (its areas merged). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return EN_MESSAGES;
  const parts = await Promise.all(AREAS.map((area) => loadArea(lang, area)));
  return Object.assign({}, ...parts) as Messages;
}
