// Deep links (production build, Chromium): a link opens the app in the state it names — selected feature, camera,
// year, status and border filters, language — and a link to a feature hidden by its year still opens its card.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  allYearsBox,
  borderToggle,
  geoFeature,
  geoFeatures,
  launch,
  listedIds,
  listEntry,
  listEntryNames,
  listEntryTexts,
  pressed,
  standsOrIsDueBy,
  steps,
  waitForMapCentredNear,
  yearSlider,
} from './driver';
import type { AppSession, Steps } from './driver';

const baseUrl = inject('baseUrl');

const TONGJIANG_RAIL_BRIDGE = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');
const KHASAN_ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');

describe('deep links (production build)', () => {
  let s: AppSession;
  let given: Steps['given'];
  let then: Steps['then'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    ({ given, then } = steps(s));
  });
  afterAll(async () => s?.close());

  const slider = () => yearSlider(s.page);

  it('opens the card of a linked feature and centres the map on it when the link has no #map', async () => {
    await given.appAt('/?feature=nizhneleninskoye-tongjiang-rail-bridge&v=1');

    await then.cardOpens(TONGJIANG_RAIL_BRIDGE);
    const camera = await waitForMapCentredNear(s.page, [132.7, 47.96], 0.2);
    expect(Math.abs(camera.lon - 132.7)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(camera.lat - 47.96)).toBeLessThanOrEqual(0.2);
    await then.urlSatisfies((u) => u.searchParams.get('feature') === TONGJIANG_RAIL_BRIDGE.id);
  });

  it('restores the camera, year, status and border filters of a link', async () => {
    await given.appAt('/?year=2026&status=operational,under-construction&border=kp&v=1#map=9/42.42/130.64');

    const camera = await then.camera();
    expect(Math.abs(camera.zoom - 9)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(camera.lat - 42.42)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(camera.lon - 130.64)).toBeLessThanOrEqual(0.01);

    await expect(slider().inputValue()).resolves.toBe('2026');
    await expect(allYearsBox(s.page).isChecked()).resolves.toBe(false);

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

    await expect(pressed(borderToggle(s.page, 'China'))).resolves.toBe('false');
    await expect(pressed(borderToggle(s.page, 'North Korea'))).resolves.toBe('true');
    const statuses = s.page.getByRole('group', { name: 'Status' });
    await expect(
      statuses.getByRole('button', { name: /^Planned/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    await expect(
      statuses.getByRole('button', { name: /^Under construction/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('opens the card of a feature the linked year hides, says so, and offers the year it is due', async () => {
    await given.appAt('/?feature=khasan-tumangang-road-bridge&year=2024&v=1');

    const card = await then.cardOpens(KHASAN_ROAD_BRIDGE);
    await expect(card.getByText(/not built by (the )?end of 2024/i).count()).resolves.toBe(1);
    expect(await listedIds(s.page, [KHASAN_ROAD_BRIDGE]), 'hidden by 2024, so not listed').toEqual([]);

    await card.getByRole('button', { name: 'Show 2026' }).click();

    await then.urlSatisfies((u) => u.searchParams.get('year') === '2026');
    await expect(slider().inputValue()).resolves.toBe('2026');
    await expect(card.getByText(/not built by/i).count()).resolves.toBe(0);
    await then.entryIsCurrent(KHASAN_ROAD_BRIDGE);
  });

  it('shows Russian names in the list for a link with lang=ru', async () => {
    await given.appAt('/?lang=ru&v=1');

    // The whole interface is in Russian: the list is named «Объекты».
    const shown = await listEntryTexts(s.page, 'Объекты');
    const withRussian = geoFeatures().filter((f) => f.name.ru);
    expect(withRussian.length).toBeGreaterThan(0);
    const missing = withRussian.filter((f) => !shown.some((text) => text.includes(f.name.ru ?? '')));
    expect(
      missing.map((f) => f.id),
      'features whose Russian name is not shown',
    ).toEqual([]);

    // The accessible name still starts with the English name (what people search for), then the Russian one.
    const entry = listEntry(s.page, TONGJIANG_RAIL_BRIDGE.name.en, 'Объекты');
    await expect(entry.getAttribute('aria-label')).resolves.toContain(TONGJIANG_RAIL_BRIDGE.name.ru);
    await expect(entry.locator('[lang="ru"]').count()).resolves.toBeGreaterThan(0);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
