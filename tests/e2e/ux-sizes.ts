// The two sizes every issue-13 end-to-end test runs at (desktop, and a phone with touch), and the few steps those
// tests share: opening the app at a size, showing a panel tab on the phone, and measuring touch targets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoFeatures, openExtraPage, waitForMapIdle } from './driver';
import type { AppSession } from './driver';

export interface Size {
  name: 'desktop' | 'phone';
  options: { viewport: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean };
}

export const SIZES: readonly Size[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', options: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } },
];

type Page = AppSession['page'];

/** A fresh page at this size (CSP bypassed so axe can be injected), opened at `path` and idle. */
const CORRIDOR_IDS = new Set(
  geoFeatures()
    .filter((f) => f.kind === 'corridor')
    .map((f) => f.id),
);
/** The ids among `ids` that are not corridors (drawn as lines, not as icons): what the rendered-icon checks compare. */
export const drawable = (ids: string[]): string[] => ids.filter((id) => !CORRIDOR_IDS.has(id));

export async function openAt(s: AppSession, size: Size, baseUrl: string, path = '/'): Promise<Page> {
  const { page } = await openExtraPage(s, { ...size.options, bypassCSP: true });
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}${path}`);
  await waitForMapIdle(page);
  return page;
}

/** On the phone the panel's sections are tabs: open one (a no-op on the desktop, where all are shown). */
export async function showPanelTab(page: Page, name: 'Filters' | 'List' | 'About'): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/** Clicks on the desktop, taps on the phone. */
export async function press(size: Size, locator: ReturnType<Page['locator']>): Promise<void> {
  if (size.name === 'phone') await locator.tap();
  else await locator.click();
}

/** Every visible control smaller than `min` px in either direction, described for the assertion message. */
export async function smallControls(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((minPx) => {
    const selector = 'button, input, select, textarea, summary, [role="tab"], a[href]';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      // Off-screen until focused (skip links), or clipped to nothing (visually hidden text).
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline").
      if (el.tagName === 'A' && el.closest('p')) continue;
      if (r.width < minPx - 0.5 || r.height < minPx - 0.5)
        small.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  }, min);
}

/** The gauge of each feature in geo/ that has one (ru and foreign side), read from disk as the tests' oracle. */
export function geoGauges(): Map<string, { ru: string; foreign?: string }> {
  const dir = join(import.meta.dirname, '..', '..', 'geo');
  const out = new Map<string, { ru: string; foreign?: string }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
    const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      features: { id: string; properties: { facts?: { gauge?: { ru: string; foreign?: string } } } }[];
    };
    for (const f of c.features) if (f.properties.facts?.gauge) out.set(f.id, f.properties.facts.gauge);
  }
  return out;
}
