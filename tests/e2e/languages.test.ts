// Issue 14 end to end, in English, Russian, Chinese and Korean: each language reaches `<html lang>`, the switcher and
// the main controls (their words read from the catalogues), with no serious axe finding; the Russian year caption
// takes the plural form its count needs (links found in the real data for 1, 2, 5 and 21 features); a Korean deep
// link reopens in Korean; English stays the default; the browser's language counts only without `lang`; and the
// switcher changes the interface, the map's labels included, in place with one history entry.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { deriveView } from '../../src/domain/derived-view';
import { yearRange } from '../../src/domain/filters';
import type { MapFeature } from '../../src/domain/schema';
import type { Lang } from '../../src/domain/vocabulary';
import { BORDERS, KINDS, LANGS, STATUSES } from '../../src/domain/vocabulary';
import { LANG_ENDONYM } from '../../src/i18n/lang';
import { parseAppState } from '../../src/url-state/url-codec';
import { readBorders, readGeoFiles } from '../../scripts/geo-files';
import {
  axeViolations,
  cardIn,
  catalogue,
  currentUrl,
  documentIsMarked,
  documentLang,
  drawnLabels,
  geoFeature,
  geoFeatures,
  historyLength,
  languageSwitcher,
  launch,
  markDocument,
  nameIn,
  openAppIn,
  openExtraPage,
  queryParam,
  readClipboard,
  steps,
  switcherShows,
  waitForMapIdle,
  writeClipboard,
  yearCaption,
} from './driver';
import type { AppSession, AxeViolation } from './driver';
import type { Page } from '../../scripts/browser/launch';

const baseUrl = inject('baseUrl');
const KHASAN = geoFeature('khasan-tumangang-road-bridge');

/** The contract's controls, by role and English name; every language names each with its catalogue's words. */
const CONTROLS = [
  ['region', 'Map'],
  ['list', 'Features'],
  ['slider', 'Year'],
  ['button', 'Play'],
  ['button', 'Copy link'],
] as const;

const serious = (violations: AxeViolation[]): string[] =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`);

/** Waits until the page is in `lang` (the catalogue of a language other than English loads on demand). */
const inLanguage = (page: Page, lang: Lang) =>
  expect.poll(() => documentLang(page), { timeout: 10_000 }).toBe(lang);

// The links for the Russian plural test, found in the real data with the app's own rule: the URL read by the app's
// codec, the shown features counted by the app's derived view (the number the caption states).
const dataset: MapFeature[] = checkDataset(
  readGeoFiles(),
  readBorders(),
  new Date().toISOString().slice(0, 10),
).features.map((f) => f.feature);

const shownBy = (query: string): number =>
  deriveView(dataset, parseAppState(`?${query}`, '', { yearRange: [1800, 2100] }).state.filters).shown.length;

/** The simplest link (fewest parameters; latest year first) whose filters show exactly `count` features. */
function linkShowing(count: number): string {
  const [, last] = yearRange(
    dataset.map((f) => f.properties),
    [1990, 2030],
  );
  const years: (number | null)[] = [null];
  for (let y = last; y >= 1990; y--) years.push(y);
  const candidates: string[][] = [];
  for (const year of years)
    for (const border of [null, ...BORDERS])
      for (const status of [null, ...STATUSES])
        for (const kind of [null, ...KINDS])
          candidates.push(
            [
              year === null ? '' : `year=${year}`,
              kind === null ? '' : `kind=${kind}`,
              status === null ? '' : `status=${status}`,
              border === null ? '' : `border=${border}`,
            ].filter(Boolean),
          );
  candidates.sort((a, b) => a.length - b.length);
  const found = candidates.find((params) => params.length > 0 && shownBy(params.join('&')) === count);
  if (!found) throw new Error(`no year, kind, status and border filters show exactly ${count} features`);
  return found.join('&');
}

describe('the interface in four languages (production build)', () => {
  let s: AppSession;
  let page: Page;
  beforeAll(async () => {
    s = await launch(baseUrl);
    // axe is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
    ({ page } = await openExtraPage(s, { bypassCSP: true, locale: 'en-GB' }));
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => s?.close());

  for (const lang of LANGS)
    it(`lang=${lang}: <html lang>, the switcher and the main controls in ${LANG_ENDONYM[lang]}; axe finds nothing serious`, async () => {
      await steps(s, page).given.appAt(`/?lang=${lang}`);
      await inLanguage(page, lang);
      expect(await switcherShows(languageSwitcher(page, lang))).toEqual({
        value: lang,
        text: LANG_ENDONYM[lang],
      });
      for (const [role, english] of CONTROLS) {
        const named = page.getByRole(role, { name: nameIn(lang, english) });
        expect(await named.count(), `${role} "${english}" in ${lang}`).toBeGreaterThan(0);
        if (lang !== 'en')
          expect(
            await page.getByRole(role, { name: english, exact: true }).count(),
            `${role} still named "${english}" in ${lang}`,
          ).toBe(0);
      }
      const found = serious(await axeViolations(page));
      expect(found, found.join('\n')).toEqual([]);
    });

  const PLURALS = [
    [1, 'объект'],
    [2, 'объекта'],
    [5, 'объектов'],
    [21, 'объект'],
  ] as const;
  for (const [count, word] of PLURALS)
    it(`Russian year caption: a link that shows ${count} features reads "${count} ${word}"`, async () => {
      const link = linkShowing(count);
      await steps(s, page).given.appAt(`/?${link}&lang=ru&v=1`);
      await inLanguage(page, 'ru');
      const caption = await yearCaption(page.getByRole('slider', { name: nameIn('ru', 'Year') }));
      expect(caption, `caption of ?${link}`).toMatch(new RegExp(`(^|[^\\d])${count} ${word}(?![а-яё])`));
      // The list agrees with the count the caption states.
      const list = page.getByRole('list', { name: nameIn('ru', 'Features') });
      await expect.poll(() => list.getByRole('button').count()).toBe(count);
    });

  it('a Korean deep link opens in Korean, and Copy link and a reload keep it Korean', async () => {
    const p = s.page;
    const statusKo = catalogue('ko')[`status.${KHASAN.status}`];
    await steps(s, p).given.appAt(`/?lang=ko&feature=${KHASAN.id}`);
    await inLanguage(p, 'ko');
    const card = cardIn(p, KHASAN.name, 'ko');
    await card.waitFor();
    expect(await card.innerText()).toContain(statusKo);

    await writeClipboard(p, 'nothing copied yet');
    await p.getByRole('button', { name: nameIn('ko', 'Copy link') }).click();
    await expect.poll(() => readClipboard(p), { timeout: 5000 }).not.toBe('nothing copied yet');
    const copied = await readClipboard(p);
    expect(queryParam(copied, 'lang')).toBe('ko');
    expect(queryParam(copied, 'feature')).toBe(KHASAN.id);
    expect(queryParam(await currentUrl(p), 'lang')).toBe('ko');

    await p.reload();
    await waitForMapIdle(p);
    await inLanguage(p, 'ko');
    await cardIn(p, KHASAN.name, 'ko').waitFor();
    expect(await cardIn(p, KHASAN.name, 'ko').innerText()).toContain(statusKo);

    // The copied link, opened by a reader whose browser prefers English, is Korean too.
    const { page: fresh } = await openExtraPage(s, { locale: 'en-US' });
    await openAppIn(fresh, copied);
    await inLanguage(fresh, 'ko');
    expect(await cardIn(fresh, KHASAN.name, 'ko').innerText()).toContain(statusKo);
  });

  it('English is the default for an English browser: the contract names hold exactly', async () => {
    const { page: en } = await openExtraPage(s, { locale: 'en-US' });
    await openAppIn(en, `${baseUrl}/`);
    expect(await documentLang(en)).toBe('en');
    expect(await switcherShows(languageSwitcher(en, 'en'))).toEqual({ value: 'en', text: 'English' });
    for (const [role, name] of CONTROLS)
      expect(await en.getByRole(role, { name, exact: true }).count(), `${role} "${name}"`).toBeGreaterThan(0);
  });

  it('a browser preferring Russian gets Russian without lang; lang=en in the URL wins over it', async () => {
    const { page: ru } = await openExtraPage(s, { locale: 'ru-RU' });
    await openAppIn(ru, `${baseUrl}/`);
    await inLanguage(ru, 'ru');
    expect(await switcherShows(languageSwitcher(ru, 'ru'))).toEqual({ value: 'ru', text: 'Русский' });
    await ru.getByRole('list', { name: nameIn('ru', 'Features') }).waitFor({ state: 'attached' });

    await openAppIn(ru, `${baseUrl}/?lang=en`);
    expect(await documentLang(ru)).toBe('en');
    expect(await switcherShows(languageSwitcher(ru, 'en'))).toEqual({ value: 'en', text: 'English' });
    for (const [role, name] of CONTROLS)
      expect(await ru.getByRole(role, { name, exact: true }).count(), `${role} "${name}"`).toBeGreaterThan(0);
  });

  it('the switcher changes the interface in place, with one history entry, and the map labels follow', async () => {
    const p = s.page;
    const { given, then } = steps(s, p);
    await given.appAt('/');
    await inLanguage(p, 'en');
    const before = await historyLength(p);
    await markDocument(p);

    await languageSwitcher(p, 'en').selectOption('ru');
    await inLanguage(p, 'ru');
    await then.urlSatisfies((u) => u.searchParams.get('lang') === 'ru');
    expect(await documentIsMarked(p), 'no reload').toBe(true);
    expect(await historyLength(p)).toBe(before + 1);
    await p.getByRole('list', { name: nameIn('ru', 'Features') }).waitFor({ state: 'attached' });
    await p.getByRole('slider', { name: nameIn('ru', 'Year') }).waitFor();

    // Every drawn label names its feature in Russian (English where the data has no Russian name).
    const byId = new Map(geoFeatures().map((f) => [f.id, f]));
    const expected = (id: string) => {
      const f = byId.get(id);
      return f ? (f.name.ru ?? f.name.en) : `(no feature ${id})`;
    };
    await expect
      .poll(async () => {
        // A count drawn where icons merge has no feature id: only the features' own labels are checked.
        const labels = (await drawnLabels(p)).filter((l) => byId.has(l.id));
        const wrong = labels.filter((l) => l.label !== expected(l.id));
        const russian = labels.filter((l) => byId.get(l.id)?.name.ru === l.label);
        return { wrong, someRussian: russian.length > 0 };
      })
      .toEqual({ wrong: [], someRussian: true });

    // One entry: Back returns to the English interface.
    await p.goBack();
    await inLanguage(p, 'en');
    expect(await documentIsMarked(p), 'Back stays in the same document').toBe(true);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
