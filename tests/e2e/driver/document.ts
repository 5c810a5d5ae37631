// The document as an attacker would probe it: links, inline handlers, injected elements, the policy the page
// applies and whether any payload ran; and axe-core's accessibility rules run over it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '../../../scripts/browser/launch';

/** Whether any injected payload ran: every payload in these tests sets window.__pwned. */
export async function wasPwned(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined);
}

/** Every link in the document: its raw href attribute, target and rel. */
export async function documentLinks(page: Page): Promise<{ href: string; target: string; rel: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
  );
}

/** Names of elements that carry an inline event-handler attribute (onerror, onload…): there should be none. */
export async function inlineHandlerElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** How many elements of the kinds hostile data tries to create are in the document. */
export async function injectableElementCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    iframes: document.querySelectorAll('iframe').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((x) => !x.src).length,
    imgX: document.querySelectorAll('img[src="x"]').length,
    styleInBody: document.body.querySelectorAll('style').length,
    details: document.querySelectorAll('details[ontoggle]').length,
  }));
}

/** The own property names of Object.prototype and Array.prototype (a polluted prototype grows them). */
export async function prototypeKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
  ]);
}

/** The Content-Security-Policy text the page's <meta http-equiv> carries ("" when it has none). */
export async function policyInPage(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  );
}

/** An init script that keeps every CSP violation on window.__violations (read back with violationsInPage). */
export const RECORD_VIOLATIONS_IN_PAGE = `window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/** The violations RECORD_VIOLATIONS_IN_PAGE kept, each "directive blocked-URI". */
export async function violationsInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/**
 * Makes the page itself (a timer, not DevTools, whose evaluation may eval freely) try eval and then append an inline
 * script that would set window.__pwned; resolves with eval's outcome: its result, or the error's name.
 */
export async function tryEvalAndInlineScript(page: Page): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { __evalOutcome?: string };
    setTimeout(() => {
      try {
        w.__evalOutcome = String((0, eval)('1 + 1'));
      } catch (e) {
        w.__evalOutcome = (e as Error).name;
      }
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
    }, 0);
  });
  const outcome = await page.waitForFunction(
    () => (window as unknown as { __evalOutcome?: string }).__evalOutcome,
  );
  return String(await outcome.jsonValue());
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (node_modules/axe-core) with its default rules on the whole page and returns the violations.
 * axe is injected as an inline script, which the app's Content-Security-Policy forbids: use a page from
 * openExtraPage(session, { bypassCSP: true }).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
      'utf8',
    );
    await page.addScriptTag({ content: source });
  }
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** How far the page is wider than the window (≤ 0: it does not scroll sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Fires the window's beforeprint or afterprint event, as the browser does around printing. */
export async function firePrintEvent(page: Page, type: 'beforeprint' | 'afterprint'): Promise<void> {
  await page.evaluate((type) => window.dispatchEvent(new Event(type)), type);
}
