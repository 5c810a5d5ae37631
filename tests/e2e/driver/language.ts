// The interface language as a reader meets it: the catalogues' words for a control (read from
// src/i18n/catalogues, so a test names a control the way the chosen language does), `<html lang>`, the header's
// language switcher, the year control's caption, and whether a change happened without reloading the page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '../../../scripts/browser/launch';
import type { Lang } from '../../../src/domain/vocabulary';

const CATALOGUES = join(import.meta.dirname, '..', '..', '..', 'src', 'i18n', 'catalogues');

/** Every message of one language, its areas merged (the files the app bundles or loads). */
export function catalogue(lang: Lang): Record<string, string> {
  const dir = join(CATALOGUES, lang);
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
}

/**
 * How `lang` says what English says as `english` (an accessible name of the contract: "Map", "Year", "Copy
 * link"…): the messages of every key whose English text is exactly that, distinct. Throws when English has none.
 */
export function wordsFor(lang: Lang, english: string): string[] {
  const en = catalogue('en');
  const own = catalogue(lang);
  const keys = Object.keys(en).filter((k) => en[k] === english);
  if (keys.length === 0) throw new Error(`no English message reads "${english}"`);
  return [...new Set(keys.map((k) => own[k] ?? english))];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An exact-name pattern for a control that `lang` names with the message English gives as `english`. */
export function nameIn(lang: Lang, english: string): RegExp {
  return new RegExp(`^(${wordsFor(lang, english).map(escapeRegExp).join('|')})$`);
}

/** The `lang` attribute of the document's root element ("" when absent). */
export async function documentLang(page: Page): Promise<string> {
  return (await page.locator('html').getAttribute('lang')) ?? '';
}

/** The header's language switcher (a select named by the catalogue's "Language" in `lang`). */
export function languageSwitcher(page: Page, lang: Lang): Locator {
  return page.getByRole('combobox', { name: nameIn(lang, 'Language') });
}

/** What the switcher shows: its value (a language code) and the text of its chosen option. */
export async function switcherShows(switcher: Locator): Promise<{ value: string; text: string }> {
  const value = await switcher.inputValue();
  const text = (await switcher.locator('option:checked').innerText()).trim();
  return { value, text };
}

/** The live caption under the Year slider ("Network by end of 2026: 41 features"), as shown. */
export async function yearCaption(slider: Locator): Promise<string> {
  const caption = slider.locator('xpath=ancestor::*[.//p[@aria-live]][1]//p[@aria-live]').first();
  return (await caption.innerText()).trim();
}

/** Marks the current document, so that documentIsMarked tells whether it was reloaded since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __blmSameDocument?: boolean }).__blmSameDocument = true;
  });
}

/** Whether the page still shows the document markDocument marked (no reload, no navigation away). */
export async function documentIsMarked(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as unknown as { __blmSameDocument?: boolean }).__blmSameDocument === true,
  );
}

/** A feature's card in `lang`: the dialog named by the feature's name in that language or, lacking one, English. */
export function cardIn(
  page: Page,
  name: { en: string } & Partial<Record<Lang, string>>,
  lang: Lang,
): Locator {
  const names = [...new Set([name[lang] ?? name.en, name.en])];
  return page.getByRole('dialog', { name: new RegExp(`^(${names.map(escapeRegExp).join('|')})$`) });
}
