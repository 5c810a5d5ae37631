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

type Lazy = Record<string, () => Promise<{ default: Messages }>>;

/**
 * Vite turns the glob into one lazy import per catalogue. Outside Vite (the build scripts run the domain code with
 * tsx, which has no import.meta.glob) there is nothing to load: English only.
 */
function lazyCatalogues(): Lazy {
  try {
    return import.meta.glob<{ default: Messages }>('./catalogues/{ru,zh,ko}/*.json');
  } catch {
    return {};
  }
}
const LAZY = lazyCatalogues();

/** The catalogue of one language (its areas merged). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return EN_MESSAGES;
  const parts = await Promise.all(
    AREAS.map(async (area) => {
      const load = LAZY[`./catalogues/${lang}/${area}.json`];
      return load ? (await load()).default : {};
    }),
  );
  return Object.assign({}, ...parts) as Messages;
}
