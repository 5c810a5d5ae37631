// axe-core's default rules find nothing serious or critical in the overview, with a card open, and on a phone with
// a card open; on a phone the list and the card live in a bottom sheet and the map keeps a visible area above it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE } from '../../scripts/browser/launch';
import {
  axeViolations,
  featureCard,
  featureList,
  geoFeature,
  launch,
  mapRegion,
  mapRegionIsAt,
  openExtraPage,
  screenshot,
  steps,
  visibleBox,
  waitForMapIdle,
} from './driver';
import type { AppSession, AxeViolation } from './driver';

const baseUrl = inject('baseUrl');

const FRIENDSHIP_BRIDGE = geoFeature('korea-russia-friendship-bridge');

/** Serious and critical findings, one line each, for the assertion message. */
function serious(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`);
}

describe('accessibility (axe-core) and the phone layout (production build)', () => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    // axe is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
    ({ page } = await openExtraPage(s, { bypassCSP: true }));
    page.setDefaultTimeout(10_000);
    await steps(s, page).given.appAt('/');
  });
  afterAll(async () => s?.close());

  it('has no serious or critical axe violations in the overview', async () => {
    const found = serious(await axeViolations(page));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('has no serious or critical axe violations with a feature card open', async () => {
    const { given, when, then } = steps(s, page);
    await given.featureInView(FRIENDSHIP_BRIDGE, 11);
    await when.clickOnMap(FRIENDSHIP_BRIDGE);
    await then.cardOpens(FRIENDSHIP_BRIDGE);
    await waitForMapIdle(page);
    await screenshot(page, 'accessibility-desktop-card');

    const found = serious(await axeViolations(page));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('has no serious or critical axe violations on a phone with the card open', async () => {
    await page.setViewportSize(PHONE);
    await waitForMapIdle(page);
    await featureCard(page, FRIENDSHIP_BRIDGE.name.en).waitFor();
    await screenshot(page, 'accessibility-phone-card');

    const found = serious(await axeViolations(page));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('puts the list and the card in a bottom sheet on a phone, leaving the map visible above it', async () => {
    const sheet = page.getByRole('complementary').filter({ has: featureList(page) });
    const card = featureCard(page, FRIENDSHIP_BRIDGE.name.en);
    const sheetBox = await visibleBox(sheet);
    const cardBox = await visibleBox(card);
    const mapBox = await visibleBox(mapRegion(page));
    if (!sheetBox || !cardBox || !mapBox) throw new Error('the sheet, the card or the map is not visible');

    for (const [what, box] of [
      ['the sheet holding the list', sheetBox],
      ['the card', cardBox],
    ] as const) {
      expect(box.x, `${what}: left edge`).toBeLessThanOrEqual(1);
      expect(box.width, `${what}: width`).toBeGreaterThanOrEqual(PHONE.width - 1);
      expect(box.y + box.height, `${what}: bottom edge`).toBeGreaterThanOrEqual(PHONE.height - 1);
      expect(box.y, `${what}: top edge sits in the lower part`).toBeGreaterThanOrEqual(PHONE.height * 0.35);
    }
    const sheetTop = Math.min(sheetBox.y, cardBox.y);
    const mapAbove = sheetTop - mapBox.y;
    expect(mapAbove, 'map height visible above the sheet (px)').toBeGreaterThanOrEqual(PHONE.height * 0.35);
    expect(mapBox.width).toBeGreaterThanOrEqual(PHONE.width - 1);

    // What is drawn at the middle of that strip is the map itself.
    const hit = await mapRegionIsAt(page, { x: PHONE.width / 2, y: (mapBox.y + sheetTop) / 2 });
    expect(hit, 'the middle of the strip above the sheet shows the map').toBe(true);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
