// Opening the app: at a path of the served build, and waiting until the map has drawn it with the data loaded.
import type { Page } from '../../../scripts/browser/launch';
import { waitForMapIdle } from './map';
import type { AppSession } from './session';
import { waitForDataLoaded } from './ui';

/** Opens a path of the app and waits until the map has drawn everything (MapLibre's idle) with data loaded. */
export async function openApp(session: AppSession, baseUrl: string, path = '/'): Promise<void> {
  await openAppIn(session.page, baseUrl + path);
}

/** Opens a full URL of the app in any page (an extra context, a copied link) and waits until its map is idle. */
export async function openAppIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForMapIdle(page);
}

/** Opens a full URL of the app and waits for the data only (no map: WebGL off, or maplibre-gl held back). */
export async function openAppWithoutMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForDataLoaded(page);
}
