// Where things are on screen and where keyboard focus is: what a reader can see, and what Tab reaches.
import type { Locator, Page } from '../../../scripts/browser/launch';

/** The part of an element's box a reader can see: clipped by every scrolling ancestor and by the viewport. */
export async function visibleBox(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    const clip = (c: { left: number; top: number; right: number; bottom: number }) => {
      box = {
        left: Math.max(box.left, c.left),
        top: Math.max(box.top, c.top),
        right: Math.min(box.right, c.right),
        bottom: Math.min(box.bottom, c.bottom),
      };
    };
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX + style.overflowY))
        clip(a.getBoundingClientRect());
    }
    clip({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
    const width = box.right - box.left;
    const height = box.bottom - box.top;
    return width > 0 && height > 0 ? { x: box.left, y: box.top, width, height } : null;
  });
}

/** Whether what is drawn at page point (x, y) belongs to the region named "Map". */
export async function mapRegionIsAt(page: Page, at: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(
    ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[role="region"][aria-label="Map"]')),
    at,
  );
}

/** Whether the element drawn near the left end of `locator`'s box (20 px in, mid-height) is inside it. */
export async function isOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + 20, r.top + r.height / 2));
  });
}

export interface FocusStop {
  description: string;
  outline: string;
  boxShadow: string;
  indicatorVisible: boolean;
}

/** What has keyboard focus, and whether a focus indicator is drawn (an outline, or a box-shadow as MapLibre uses). */
export async function focusedElement(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { description: 'body', outline: '', boxShadow: '', indicatorVisible: false };
    const cs = getComputedStyle(el);
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    const role = el.getAttribute('role');
    const description = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${role ? `[role=${role}]` : ''} "${name}"`;
    const outlined = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadowed = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      description,
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
      indicatorVisible: outlined || shadowed,
    };
  });
}

/** The aria-label of the element that has keyboard focus ("" when it has none). */
export async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** Whether keyboard focus is on this element or inside it. */
export async function hasFocusWithin(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/**
 * Presses Tab until focus lands on (or inside) `target`, at most `maxStops` times; returns every stop on the way
 * (the last one is the target) with whether a focus indicator was drawn there.
 */
export async function tabUntilFocused(page: Page, target: Locator, maxStops = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focusedElement(page));
    if (await hasFocusWithin(target)) return stops;
  }
  throw new Error(
    `Tab never reached the target in ${maxStops} stops: ${stops.map((s) => s.description).join(' → ')}`,
  );
}

/** A text field's focus and selection: whether it has focus, where the selection starts and ends, its length. */
export async function textSelection(
  field: Locator,
): Promise<{ focused: boolean; start: number | null; end: number | null; length: number }> {
  return field.evaluate((el) => {
    const input = el as HTMLInputElement;
    return {
      focused: document.activeElement === input,
      start: input.selectionStart,
      end: input.selectionEnd,
      length: input.value.length,
    };
  });
}

/** The class attribute of the element that has keyboard focus ("" when none has). */
export async function focusedClass(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.className ?? '');
}

/** Takes keyboard focus off whatever has it (as a click on empty page does). */
export async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Whether the element drawn at page point (x, y) is inside `locator` (nothing else covers it there). */
export async function isOnTopAt(locator: Locator, at: { x: number; y: number }): Promise<boolean> {
  return locator.evaluate((el, { x, y }) => el.contains(document.elementFromPoint(x, y)), at);
}
