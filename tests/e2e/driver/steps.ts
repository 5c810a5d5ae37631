// Given / when / then: the harness's vocabulary, so that a test reads like the manual of what a reader does.
//   const { given, when, then } = steps(session);
//   await given.featureInView(FRIENDSHIP_BRIDGE, 11);
//   await when.clickOnMap(FRIENDSHIP_BRIDGE);
//   await then.cardShows(FRIENDSHIP_BRIDGE, 'Operational', /Opened .*1959/);
// `given` puts the app in a state, `when` is what a reader does, `then` waits for and reads (or asserts) the result.
import { expect } from 'vitest';
import type { Locator, Page } from '../../../scripts/browser/launch';
import { openAppIn, openAppWithoutMap } from './app';
import {
  bringFeatureIntoView,
  dragMap,
  jumpMapTo,
  mapCamera,
  waitForMapCentredNear,
  waitForMapToSettle,
} from './camera';
import type { MapCamera } from './camera';
import type { GeoFeature } from './geo';
import { waitForUrl } from './history';
import { clickFeatureOnMap, loseWebglContext, restoreWebglContext, waitForMapIdle } from './map';
import type { AppSession } from './session';
import {
  allYearsBox,
  borderToggle,
  featureCard,
  legendEntry,
  listEntry,
  mapAlert,
  searchBox,
  yearSlider,
} from './ui';

type Named = GeoFeature | { name: { en: string } };

/** The three step vocabularies bound to one page of a session (its first page unless another is given). */
export function steps(session: AppSession, page: Page = session.page) {
  const url = (path: string) => session.baseUrl + path;

  const given = {
    /** The app opened at `path` (query and hash included), with the map drawn. */
    appAt: (path = '/') => openAppIn(page, url(path)),
    /** The app opened at `path` once its data has loaded, without waiting for a map (no WebGL). */
    appWithoutMapAt: (path = '/') => openAppWithoutMap(page, url(path)),
    /** The camera moved there by script, and drawn. */
    mapAt: (camera: MapCamera) => jumpMapTo(page, camera),
    /** A point feature in the middle of the uncovered part of the map at `zoom`, drawn. */
    featureInView: (f: GeoFeature | string, zoom: number) =>
      bringFeatureIntoView(page, typeof f === 'string' ? f : f.id, zoom),
    /** No card open (closes the open one with its Close button). */
    noCardOpen: async () => {
      const card = featureCard(page);
      if ((await card.count()) > 0) await card.getByRole('button', { name: 'Close' }).click();
      await card.waitFor({ state: 'detached' });
    },
    /** The map's WebGL context lost (as after a GPU reset), with the map region's alert shown. */
    webglLost: async () => {
      await loseWebglContext(page);
      await mapAlert(page).waitFor({ timeout: 10_000 });
    },
  };

  const when = {
    clickOnMap: (f: GeoFeature | string) => clickFeatureOnMap(page, typeof f === 'string' ? f : f.id),
    chooseInList: (f: Named) => listEntry(page, f.name.en).click(),
    setYear: (year: number) => yearSlider(page).fill(String(year)),
    showAllYears: () => allYearsBox(page).check(),
    /** Presses the keys one after another on the focused element. */
    press: async (...keys: string[]) => {
      for (const key of keys) await page.keyboard.press(key);
    },
    toggleKind: (label: string) => legendEntry(page, 'Kinds', label).click(),
    toggleStatus: (label: string) => legendEntry(page, 'Status', label).click(),
    toggleBorder: (label: 'China' | 'North Korea') => borderToggle(page, label).click(),
    search: (text: string) => searchBox(page).fill(text),
    closeCard: () => featureCard(page).getByRole('button', { name: 'Close', exact: true }).click(),
    copyLink: () => page.getByRole('button', { name: 'Copy link', exact: true }).click(),
    goBack: () => page.goBack(),
    goForward: () => page.goForward(),
    dragMap: (from: { x: number; y: number }, step: { dx: number; dy: number }, count = 10) =>
      dragMap(page, from, step, count),
    /** The lost WebGL context restored; resolves once the alert is gone and the map has drawn again. */
    restoreWebgl: async () => {
      await restoreWebglContext(page);
      await mapAlert(page).waitFor({ state: 'detached', timeout: 10_000 });
      await waitForMapIdle(page);
    },
  };

  const then = {
    /** The feature's card (a dialog named by its English name), once it is open. */
    cardOpens: async (f: Named, timeout?: number): Promise<Locator> => {
      const card = featureCard(page, f.name.en);
      await card.waitFor(timeout === undefined ? {} : { timeout });
      return card;
    },
    /** The feature's card opens and its text contains every string and matches every pattern. */
    cardShows: async (f: Named, ...texts: (string | RegExp)[]): Promise<Locator> => {
      const card = await then.cardOpens(f);
      const shown = await card.innerText();
      for (const t of texts)
        if (typeof t === 'string') expect(shown, `card of ${f.name.en}`).toContain(t);
        else expect(shown, `card of ${f.name.en}`).toMatch(t);
      return card;
    },
    noCardIsOpen: () => featureCard(page).waitFor({ state: 'detached' }),
    /** The feature's list entry is marked as the current one. */
    entryIsCurrent: async (f: Named) =>
      expect(await listEntry(page, f.name.en).getAttribute('aria-current'), f.name.en).toBe('true'),
    /** Waits until the address satisfies `test`; returns it as a URL. */
    urlSatisfies: async (test: (u: URL) => boolean) => new URL(await waitForUrl(page, test)),
    camera: () => mapCamera(page),
    mapSettles: () => waitForMapToSettle(page),
    mapCentresOn: (f: GeoFeature, toleranceDeg = 0.05) =>
      waitForMapCentredNear(page, f.position, toleranceDeg),
    /** The map region's alert, once shown; resolves with its text. */
    mapAlertSays: async (pattern: RegExp) => {
      const alert = mapAlert(page);
      await alert.waitFor({ timeout: 20_000 });
      const text = (await alert.innerText()).trim();
      expect(text).toMatch(pattern);
      return text;
    },
  };

  return { given, when, then, page };
}

export type Steps = ReturnType<typeof steps>;
