// Issue 13 item 5: on a phone (375×812, touch) the panel is a bottom sheet with tabs that snaps between peek, half
// and full (drag handle and buttons), a card's share controls sit at its top, and every control is at least 44 px.
// At desktop size every section shows at once and the card's controls are at its top as well.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { featureCard, geoFeature, launch, listEntry, screenshot, visibleBox } from './driver';
import type { AppSession } from './driver';
import { SIZES, openAt, press, showPanelTab, smallControls } from './ux-sizes';

const baseUrl = inject('baseUrl');
const ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');
const [DESKTOP, PHONE] = SIZES as [(typeof SIZES)[0], (typeof SIZES)[0]];

describe('the phone layout (375×812, touch)', () => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    page = await openAt(s, PHONE, baseUrl);
  });
  afterAll(async () => s?.close());

  const sheet = () => page.getByRole('complementary', { name: 'Explore the network' });
  const sheetHeight = async () => (await sheet().boundingBox())?.height ?? 0;

  it('has tabs for Filters, List and About, showing one section at a time', async () => {
    const tabs = page.getByRole('tab');
    await expect(tabs.allTextContents()).resolves.toEqual(['Filters', 'List', 'About']);
    await expect(page.getByRole('tabpanel').count()).resolves.toBe(1);
    await expect(page.getByRole('list', { name: 'Features' }).count()).resolves.toBe(1);
    await press(PHONE, page.getByRole('tab', { name: 'Filters' }));
    await expect(page.getByRole('slider', { name: 'Year' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('list', { name: 'Features' }).count()).resolves.toBe(0);
    // Arrow keys move between tabs (WAI-ARIA tabs).
    await page.getByRole('tab', { name: 'Filters' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).resolves.toBe('true');
    const scroll = await sheet().evaluate((el) => el.scrollHeight);
    expect(scroll).toBeLessThan(5000);
  });

  it('snaps between peek, half and full with the buttons and with a drag of the handle', async () => {
    const half = await sheetHeight();
    expect(half).toBeGreaterThan(812 * 0.3);
    await press(PHONE, page.getByRole('button', { name: 'Larger panel' }));
    await page.waitForTimeout(400);
    const full = await sheetHeight();
    expect(full).toBeGreaterThan(half + 150);
    await page.getByRole('button', { name: 'Smaller panel' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    const peek = await sheetHeight();
    expect(peek).toBeLessThan(120);
    await expect(page.getByRole('tab', { name: 'List' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'ux-phone-peek');
    // Drag the handle up by 200 px: one size larger.
    const handle = await page.locator('.sheet-handle').boundingBox();
    if (!handle) throw new Error('no sheet handle');
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 100);
    await page.mouse.move(x, y - 200);
    await page.mouse.up();
    await page.waitForTimeout(400);
    await expect(sheetHeight()).resolves.toBeCloseTo(half, -1);
  });

  it('keeps every control at least 44 × 44 px, MapLibre’s zoom buttons and the checkboxes included', async () => {
    const zoomIn = await page.locator('.maplibregl-ctrl-zoom-in').boundingBox();
    expect(zoomIn?.width).toBeGreaterThanOrEqual(44);
    expect(zoomIn?.height).toBeGreaterThanOrEqual(44);
    for (const tab of ['Filters', 'List', 'About'] as const) {
      await showPanelTab(page, tab);
      const larger = page.getByRole('button', { name: 'Larger panel' });
      if (await larger.isEnabled()) await press(PHONE, larger);
      await page.waitForTimeout(300);
      const small = await smallControls(page);
      expect(small, `${tab}: ${small.join('\n')}`).toEqual([]);
      await screenshot(page, `ux-phone-${tab.toLowerCase()}`);
    }
    const allYears = await page.getByRole('checkbox', { name: 'All years' }).count();
    expect(allYears).toBe(0); // the About tab is open: the Filters tab's checkboxes are not rendered
  });

  it('puts a card’s share controls at its top, visible without scrolling', async () => {
    await showPanelTab(page, 'List');
    await press(PHONE, listEntry(page, ROAD_BRIDGE.name.en));
    const card = featureCard(page, ROAD_BRIDGE.name.en);
    await card.waitFor();
    const copy = card.getByRole('button', { name: 'Copy link to this feature' });
    const box = await visibleBox(copy);
    const cardBox = await card.boundingBox();
    expect(box, 'the copy button is visible').not.toBeNull();
    expect((box?.y ?? 0) - (cardBox?.y ?? 0)).toBeLessThan(160);
    const small = await smallControls(page);
    expect(small, small.join('\n')).toEqual([]);
    await screenshot(page, 'ux-phone-card');
  });
});

describe('the same page at desktop size (1280×800)', () => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    page = await openAt(s, DESKTOP, baseUrl);
  });
  afterAll(async () => s?.close());

  it('shows every section at once, without tabs, and the card’s share controls at its top', async () => {
    await expect(page.getByRole('tab').count()).resolves.toBe(0);
    await expect(page.getByRole('slider', { name: 'Year' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('list', { name: 'Features' }).count()).resolves.toBe(1);
    await listEntry(page, ROAD_BRIDGE.name.en).click();
    const card = featureCard(page, ROAD_BRIDGE.name.en);
    await card.waitFor();
    const copy = await visibleBox(card.getByRole('button', { name: 'Copy link to this feature' }));
    const cardBox = await card.boundingBox();
    expect(copy).not.toBeNull();
    expect((copy?.y ?? 0) - (cardBox?.y ?? 0)).toBeLessThan(160);
    await screenshot(page, 'ux-desktop-card');
  });
});
