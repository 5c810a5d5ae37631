// Issue 13 item 6, at desktop and phone sizes: Escape closes the card from anywhere, skip links reach the map and
// the list, arrow keys move between list entries, and the map region announces the selected feature.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  blurFocus,
  featureCard,
  focusedClass,
  focusedElement,
  geoFeature,
  launch,
  listEntry,
  screenshot,
} from './driver';
import type { AppSession } from './driver';
import { SIZES, openAt, showPanelTab } from './ux-sizes';

const baseUrl = inject('baseUrl');
const ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');

describe.each(SIZES)('keyboard and screen reader ($name)', (size) => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    page = await openAt(s, size, baseUrl);
  });
  afterAll(async () => s?.close());

  const activeClass = () => focusedClass(page);
  const liveText = () =>
    page
      .getByRole('region', { name: 'Map', exact: true })
      .locator('[aria-live="polite"]')
      .first()
      .textContent();

  it('"Skip to map" puts focus on the map, "Skip to list" on the first list entry', async () => {
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).description).toMatch(/Skip to map/);
    expect((await focusedElement(page)).indicatorVisible).toBe(true);
    await page.keyboard.press('Enter');
    await expect(activeClass()).resolves.toMatch(/maplibregl-canvas/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.locator('body').press('Home');
    await page.getByRole('link', { name: 'Skip to list' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('feature-list__item'));
    const first = await focusedElement(page);
    expect(first.description).toMatch(/^button/);
  });

  it('moves between list entries with the arrow keys', async () => {
    await page.getByRole('link', { name: 'Skip to list' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('feature-list__item'));
    const names = async () => (await focusedElement(page)).description;
    const first = await names();
    await page.keyboard.press('ArrowDown');
    const second = await names();
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect(names()).resolves.toBe(first);
    await page.keyboard.press('End');
    await expect(names()).resolves.not.toBe(first);
  });

  it('announces the selected feature in the map region, and Escape closes the card from anywhere', async () => {
    await expect(liveText()).resolves.toBe('');
    await showPanelTab(page, 'List');
    await listEntry(page, ROAD_BRIDGE.name.en).click();
    await featureCard(page, ROAD_BRIDGE.name.en).waitFor();
    await expect(liveText()).resolves.toBe(`Selected on the map: ${ROAD_BRIDGE.name.en}, Under construction`);
    await screenshot(page, `ux-keyboard-card-${size.name}`);
    // Focus outside the card: in the search field, then on the page itself.
    await page.getByRole('searchbox', { name: 'Search features' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(liveText()).resolves.toBe('');

    await listEntry(page, ROAD_BRIDGE.name.en).click();
    await featureCard(page, ROAD_BRIDGE.name.en).waitFor();
    await blurFocus(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });
});
