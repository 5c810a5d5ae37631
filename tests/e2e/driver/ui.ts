// The app's controls and panels found the way a reader (or a screen reader) finds them: by role and accessible
// name, as /work/shared/research/ui-contract.md names them. No CSS class or test id.
import type { Locator, Page } from '../../../scripts/browser/launch';
import { geoFeatures } from './geo';
import type { GeoFeature } from './geo';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The feature card: a dialog named by the feature's English name (any dialog without a name). */
export function featureCard(page: Page, englishName?: string): Locator {
  return englishName === undefined
    ? page.getByRole('dialog')
    : page.getByRole('dialog', { name: englishName, exact: true });
}

/** The list of shown features (role list named "Features", or its name in the interface's language). */
export function featureList(page: Page, listName = 'Features'): Locator {
  return page.getByRole('list', { name: listName, exact: true });
}

/** The entry of the feature list whose accessible name starts with this English name. */
export function listEntry(page: Page, englishName: string, listName?: string): Locator {
  return featureList(page, listName).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(englishName)}(,| \\(|$)`),
  });
}

/** The region named "Map" that holds the canvas and the map's alerts. */
export const mapRegion = (page: Page): Locator => page.getByRole('region', { name: 'Map', exact: true });
/** The map's canvas inside that region. */
export const mapCanvas = (page: Page): Locator => mapRegion(page).locator('canvas');
export const yearSlider = (page: Page): Locator => page.getByRole('slider', { name: 'Year' });
export const allYearsBox = (page: Page): Locator => page.getByRole('checkbox', { name: 'All years' });
export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Search features' });

/** A legend entry, e.g. legendEntry(page, 'Kinds', 'Port') is the button "Port 12". */
export const legendEntry = (page: Page, group: 'Kinds' | 'Status', label: string): Locator =>
  page.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^${label} \\d+$`) });

/** The China or North Korea button of the Border group. */
export const borderToggle = (page: Page, label: 'China' | 'North Korea'): Locator =>
  page.getByRole('group', { name: 'Border' }).getByRole('button', { name: label, exact: true });

/** A toggle button's aria-pressed ("true" / "false"). */
export const pressed = (toggle: Locator): Promise<string | null> => toggle.getAttribute('aria-pressed');

/** The alert shown inside the map region (map failures). */
export function mapAlert(page: Page): Locator {
  return mapRegion(page).getByRole('alert');
}

/** The alert shown in the side panel (data files that failed, features left out). */
export function dataAlert(page: Page): Locator {
  return page.getByRole('complementary').getByRole('alert');
}

/** The notice about ignored link values: a status message with a Dismiss button. */
export function urlNotice(page: Page): Locator {
  return page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });
}

/** Waits until the data has loaded (the "Loading data…" status is gone), without waiting for the map to draw. */
export async function waitForDataLoaded(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout });
  await page.getByRole('status').filter({ hasText: 'Loading data' }).waitFor({ state: 'detached', timeout });
}

/**
 * Waits two animation frames in the page. The app renders the feature list as a deferred update (after the
 * urgent one that filters the map), which React finishes before the next frames; reading the list after this sees
 * the settled list.
 */
export async function settleUi(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Accessible names of the feature list's entries, in list order. */
export async function listEntryNames(page: Page): Promise<string[]> {
  await settleUi(page);
  return featureList(page)
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
}

/** The text each entry of the feature list shows (what a sighted reader sees, in every script), in list order. */
export async function listEntryTexts(page: Page, listName?: string): Promise<string[]> {
  await settleUi(page);
  return featureList(page, listName)
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
}

/** Waits until the feature list holds exactly `count` entries. */
export async function waitForListLength(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[role="list"][aria-label="Features"] button').length === n,
    count,
    { timeout },
  );
}

/** Ids of `features` that have an entry in the list (matched by English name at the start of the entry's name). */
export async function listedIds(page: Page, features: GeoFeature[] = geoFeatures()): Promise<string[]> {
  const names = await listEntryNames(page);
  return features
    .filter((f) =>
      names.some((n) => n === f.name.en || n.startsWith(`${f.name.en},`) || n.startsWith(`${f.name.en} (`)),
    )
    .map((f) => f.id)
    .sort();
}

/** Height in px of the box of the Features list that holds `entry` (0 when the layout squeezes it away). */
export async function listHeightAround(entry: Locator): Promise<number> {
  return entry.evaluate(
    (el) => el.closest('[role="list"][aria-label="Features"]')?.getBoundingClientRect().height ?? 0,
  );
}

/** Scrolls the side panel (filters, list) to its top or its bottom, as a reader does with the wheel. */
export async function scrollSidePanel(page: Page, to: 'top' | 'bottom'): Promise<void> {
  await page
    .locator('#side-panel')
    .evaluate((panel, to) => panel.scrollTo(0, to === 'top' ? 0 : panel.scrollHeight), to);
}

/** The text that names each open dialog (its aria-labelledby element), in document order. */
export async function dialogTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('dialog')
    .evaluateAll((els) =>
      els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    );
}

/** A link as the document holds it: href as written, href as resolved, target and rel ("" when absent). */
export interface LinkSeen {
  href: string;
  resolved: string;
  target: string;
  rel: string;
}

/** Every link `links` matches (e.g. featureCard(page).getByRole('link')), read from the DOM. */
export async function linksOf(links: Locator): Promise<LinkSeen[]> {
  return links.evaluateAll((els) =>
    els.map((a) => ({
      href: a.getAttribute('href') ?? '',
      resolved: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
  );
}
