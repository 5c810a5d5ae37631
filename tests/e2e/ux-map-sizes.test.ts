// Issue 13 items 1 and 2 at both sizes (desktop 1280×800 with a mouse, phone 375×812 with touch): names at the default
// view with no name over an icon, town names never under an icon, the tooltip of a list entry with keyboard focus, and
// a count drawn where icons overlap that lists its members.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  bringFeatureIntoView,
  drawnClusters,
  drawnNames,
  drawnProperties,
  featureCard,
  geoFeature,
  jumpMapTo,
  labelsOverIcons,
  launch,
  listEntry,
  screenshot,
  waitForMapCentredNear,
} from './driver';
import type { AppSession } from './driver';
import { LAYER } from '../../src/map/layer-ids';
import { SIZES, openAt, showPanelTab } from './ux-sizes';
import type { Size } from './ux-sizes';

const baseUrl = inject('baseUrl');
const KHASAN_CLUSTER = ['korea-russia-friendship-bridge', 'khasan-tumangang-road-bridge'].map(geoFeature);
/** The most members a count's chooser lists (src/map/map-pointer.ts): a bigger count zooms in instead. */
const CHOOSER_MAX = 12;

/** Where towns are named near icons: the river ports and cities beside the border crossings. */
const TOWN_VIEWS = [
  { name: 'Blagoveshchensk', zoom: 9, lat: 50.27, lon: 127.53 },
  { name: 'Vladivostok', zoom: 9, lat: 43.12, lon: 131.9 },
  { name: 'Khabarovsk', zoom: 8.5, lat: 48.48, lon: 135.08 },
  { name: 'Zabaykalsk', zoom: 9, lat: 49.63, lon: 117.4 },
];

describe.each(SIZES)('names, counts and tooltips ($name)', (size: Size) => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    page = await openAt(s, size, baseUrl);
  });
  afterAll(async () => s?.close());

  const tapOrClick = (at: { x: number; y: number }) =>
    size.name === 'phone' ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y);
  const chooser = () => page.getByRole('group', { name: /^\d+ features here$/ });

  it('names the border crossings and bridges at the default view, no name drawn over an icon', async () => {
    const { key } = await drawnNames(page);
    const names = new Set(key);
    expect(names.size, [...names].join(' | ')).toBeGreaterThanOrEqual(size.name === 'phone' ? 6 : 10);
    expect(names).toContain('Zabaykalsk–Manzhouli');
    for (const layer of [LAYER.keyLabels, LAYER.pointLabels]) {
      const { overlaps, icons } = await labelsOverIcons(page, layer);
      expect(icons).toBeGreaterThan(0);
      expect(overlaps, layer).toEqual([]);
    }
    await screenshot(page, `ux-names-default-${size.name}`);
  });

  it('never draws a town name under an icon', async () => {
    let towns = 0;
    for (const view of TOWN_VIEWS) {
      await jumpMapTo(page, view);
      const seen = await labelsOverIcons(page, LAYER.townLabel);
      towns += seen.labels;
      expect(seen.icons, view.name).toBeGreaterThan(0);
      expect(seen.overlaps, view.name).toEqual([]);
    }
    expect(towns, 'town names drawn in these views').toBeGreaterThan(3);
  });

  it('shows the tooltip at the icon when its list entry has keyboard focus', async () => {
    const bridge = geoFeature('korea-russia-friendship-bridge');
    await bringFeatureIntoView(page, bridge.id, 11);
    await showPanelTab(page, 'List');
    await listEntry(page, bridge.name.en).focus();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toContain(bridge.name.en);
    await page.locator('body').focus();
  });

  it('lists the members of the Khasan count at low zoom, and the chooser passes axe', async () => {
    // Khasan at zoom 5 in the part of the map no panel covers.
    await bringFeatureIntoView(page, KHASAN_CLUSTER[0]?.id ?? '', 5);
    const khasan = (await drawnClusters(page)).find((c) => c.top.includes('Khasan'));
    expect(khasan, 'a count is drawn at Khasan').toBeDefined();
    if (!khasan) return;
    expect(khasan.count).toBeLessThanOrEqual(CHOOSER_MAX);
    await tapOrClick(khasan);
    await chooser().waitFor();
    const names = await chooser()
      .getByRole('button')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
    // A mouse lists exactly the count's members; a finger's wider reach may take in a neighbour too.
    const listed = names.filter((n) => n !== 'Close the list');
    if (size.name === 'desktop') expect(listed).toHaveLength(khasan.count);
    else expect(listed.length).toBeGreaterThanOrEqual(khasan.count);
    for (const f of KHASAN_CLUSTER) expect(names.some((n) => n.startsWith(`${f.name.en}, `))).toBe(true);
    const serious = (await axeViolations(page)).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.targets.join(' | ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await chooser().waitFor({ state: 'detached' });
  });

  it('flies a card opened from the list to where its feature is drawn as its own icon, not inside a count', async () => {
    const checkpoint = geoFeature('khasan-road-checkpoint');
    await jumpMapTo(page, { zoom: 5, lat: 45, lon: 128 });
    // From the whole list (no search, which would leave the checkpoint alone on the map).
    await showPanelTab(page, 'List');
    const entry = listEntry(page, checkpoint.name.en);
    if (size.name === 'phone') await entry.tap();
    else await entry.click();
    await featureCard(page, checkpoint.name.en).waitFor();
    await waitForMapCentredNear(page, checkpoint.position, 1);
    const icons = await drawnProperties(page, LAYER.points, ['id']);
    expect(icons.map((p) => p.id)).toContain(checkpoint.id);
  });
});
