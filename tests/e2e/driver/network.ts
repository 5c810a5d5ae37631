// The network as a test arranges it: requests held back, data files served broken or tampered with.
import type { Page } from '../../../scripts/browser/launch';

/** Holds back every request matching `pattern` until release() is called; `held` lists the URLs held so far. */
export async function holdRequests(
  page: Page,
  pattern: RegExp,
): Promise<{ held: string[]; release: () => void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { held, release };
}

/**
 * Serves every response matching `pattern` with its JSON body edited in place by `edit` (the real file, fetched
 * from the server, then tampered with); page.unroute(pattern) serves the file as it is again.
 */
export async function editJsonResponses<T>(
  page: Page,
  pattern: RegExp,
  edit: (json: T) => void | Promise<void>,
): Promise<void> {
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as T;
    await edit(json);
    await route.fulfill({ response, json });
  });
}

/** Serves every response matching `pattern` (a URL or a pattern) with its text body rewritten by `edit`. */
export async function editTextResponses(
  page: Page,
  pattern: string | RegExp,
  edit: (text: string) => string,
): Promise<void> {
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}
