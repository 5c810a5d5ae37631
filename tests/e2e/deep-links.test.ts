// Deep links (production build, Chromium): a link opens the app in the state it names — selected feature, camera,
// year, status and border filters, language — and a link to a feature hidden by its year still opens its card.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  featureCard,
  geoFeature,
  geoFeatures,
  launch,
  listedIds,
  listEntry,
  listEntryNames,
  listEntryTexts,
  mapCamera,
  openApp,
  standsOrIsDueBy,
  waitForMapCentredNear,
  waitForUrl,
} from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

const TONGJIANG_RAIL_BRIDGE = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');
const KHASAN_ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');

describe('deep links (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
  });
  afterAll(async () => s?.close());

  const slider = () => s.page.getByRole('slider', { name: 'Year' });

  it('opens the card of a linked feature and centres the map on it when the link has no #map', async () => {
    await openApp(s, baseUrl, '/?feature=nizhneleninskoye-tongjiang-rail-bridge&v=1');

    await featureCard(s.page, TONGJIANG_RAIL_BRIDGE.name.en).waitFor();
    const camera = await waitForMapCentredNear(s.page, [132.7, 47.96], 0.2);
    expect(Math.abs(camera.lon - 132.7)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(camera.lat - 47.96)).toBeLessThanOrEqual(0.2);
    await waitForUrl(s.page, (u) => u.searchParams.get('feature') === TONGJIANG_RAIL_BRIDGE.id);
  });

  it('restores the camera, year, status and border filters of a link', async () => {
    await openApp(
      s,
      baseUrl,
      '/?year=2026&status=operational,under-construction&border=kp&v=1#map=9/42.42/130.64',
    );

    const camera = await mapCamera(s.page);
    expect(Math.abs(camera.zoom - 9)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(camera.lat - 42.42)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(camera.lon - 130.64)).toBeLessThanOrEqual(0.01);

    await expect(slider().inputValue()).resolves.toBe('2026');
    await expect(s.page.getByRole('checkbox', { name: 'All years' }).isChecked()).resolves.toBe(false);

    const expected = geoFeatures()
      .filter(
        (f) =>
          f.border === 'kp' &&
          ['operational', 'under-construction'].includes(f.status) &&
          standsOrIsDueBy(f, 2026),
      )
      .map((f) => f.id)
      .sort();
    expect(expected).toContain(KHASAN_ROAD_BRIDGE.id);
    expect(expected).toContain('korea-russia-friendship-bridge');
    expect(await listedIds(s.page)).toEqual(expected);
    expect(await listEntryNames(s.page)).toHaveLength(expected.length);
    await expect(
      s.page.getByText(`Network by end of 2026: ${expected.length} features`, { exact: true }).count(),
    ).resolves.toBe(1);

    const borders = s.page.getByRole('group', { name: 'Border' });
    await expect(borders.getByRole('button', { name: 'China' }).getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    await expect(
      borders.getByRole('button', { name: 'North Korea' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    const statuses = s.page.getByRole('group', { name: 'Status' });
    await expect(
      statuses.getByRole('button', { name: /^Planned/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    await expect(
      statuses.getByRole('button', { name: /^Under construction/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('opens the card of a feature the linked year hides, says so, and offers the year it is due', async () => {
    await openApp(s, baseUrl, '/?feature=khasan-tumangang-road-bridge&year=2024&v=1');

    const card = featureCard(s.page, KHASAN_ROAD_BRIDGE.name.en);
    await card.waitFor();
    await expect(card.getByText(/not built by (the )?end of 2024/i).count()).resolves.toBe(1);
    expect(await listedIds(s.page, [KHASAN_ROAD_BRIDGE]), 'hidden by 2024, so not listed').toEqual([]);

    await card.getByRole('button', { name: 'Show 2026' }).click();

    await waitForUrl(s.page, (u) => u.searchParams.get('year') === '2026');
    await expect(slider().inputValue()).resolves.toBe('2026');
    await expect(card.getByText(/not built by/i).count()).resolves.toBe(0);
    await expect(listEntry(s.page, KHASAN_ROAD_BRIDGE.name.en).getAttribute('aria-current')).resolves.toBe(
      'true',
    );
  });

  it('shows Russian names in the list for a link with lang=ru', async () => {
    await openApp(s, baseUrl, '/?lang=ru&v=1');

    const shown = await listEntryTexts(s.page);
    const withRussian = geoFeatures().filter((f) => f.name.ru);
    expect(withRussian.length).toBeGreaterThan(0);
    const missing = withRussian.filter((f) => !shown.some((text) => text.includes(f.name.ru ?? '')));
    expect(
      missing.map((f) => f.id),
      'features whose Russian name is not shown',
    ).toEqual([]);

    // The accessible name still starts with the English name (what people search for), then the Russian one.
    const entry = listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en);
    await expect(entry.getAttribute('aria-label')).resolves.toContain(TONGJIANG_RAIL_BRIDGE.name.ru);
    await expect(entry.locator('[lang="ru"]').count()).resolves.toBeGreaterThan(0);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
