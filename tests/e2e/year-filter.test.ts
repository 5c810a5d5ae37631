// The year filter (production build, Chromium): the slider, driven by keyboard, sets year= in the URL; the list, the
// caption and the map show the network as it stands or is due by the end of that year; later features can be
// ghosted; Play steps through the years about once a second; "What changes in <Y>" names that year's openings.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  allYearsBox,
  currentUrl,
  geoFeature,
  geoFeatures,
  idsStandingBy,
  launch,
  listedIds,
  listEntryNames,
  queryParam,
  renderedIds,
  steps,
  waitForMapIdle,
  yearOf,
  yearSlider,
} from './driver';
import type { AppSession, Steps } from './driver';

const baseUrl = inject('baseUrl');

const KHASAN_ROAD_BRIDGE = geoFeature('khasan-tumangang-road-bridge');
const CAPTION = /^Network by end of (\d{4}): (\d+) features?$/;

/** Ids of the features that stand or are due by the end of `year`, by the rule applied to geo/. */
const standingBy = (year: number) => idsStandingBy(year);

describe('the year filter (production build)', () => {
  let s: AppSession;
  let when: Steps['when'];
  let then: Steps['then'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    const manual = steps(s);
    ({ when, then } = manual);
    await manual.given.appAt('/');
  });
  afterAll(async () => s?.close());

  const slider = () => yearSlider(s.page);
  const yearInUrl = async () => queryParam(await currentUrl(s.page), 'year');

  /** Presses keys on the focused Year slider and waits until the URL says `year`. */
  async function pressOnSlider(keys: string[], year: number) {
    await slider().focus();
    await when.press(...keys);
    await then.urlSatisfies((u) => u.searchParams.get('year') === String(year));
    await expect(slider().inputValue()).resolves.toBe(String(year));
    await waitForMapIdle(s.page);
  }

  /** The caption's year and count, checked against the number of entries in the list. */
  async function captionMatchesList(year: number): Promise<number> {
    const caption = (await s.page.getByText(CAPTION).textContent()) ?? '';
    const [, y, n] = CAPTION.exec(caption) ?? [];
    expect(Number(y)).toBe(year);
    expect((await listEntryNames(s.page)).length, caption).toBe(Number(n));
    return Number(n);
  }

  it('puts the year in the URL when "All years" is unchecked, and follows Home, ArrowRight and End', async () => {
    const min = Number(await slider().getAttribute('min'));
    const max = Number(await slider().getAttribute('max'));
    expect(min).toBeLessThan(1990);
    expect(max).toBeGreaterThanOrEqual(2030);
    expect(await yearInUrl()).toBeNull();

    await allYearsBox(s.page).uncheck();
    await then.urlSatisfies((u) => u.searchParams.get('year') === String(max));

    await pressOnSlider(['Home'], min);
    await captionMatchesList(min);
    await pressOnSlider(['ArrowRight'], min + 1);
    await pressOnSlider(['End'], max);
    await captionMatchesList(max);
  });

  it('lists and draws only what stands or is due by 2025: the Khasan road bridge (due 2026) is absent', async () => {
    const max = Number(await slider().getAttribute('max'));
    await pressOnSlider(
      Array.from({ length: max - 2025 }, () => 'ArrowLeft'),
      2025,
    );

    const expected = standingBy(2025);
    expect(await captionMatchesList(2025)).toBe(expected.length);
    expect(await listedIds(s.page)).toEqual(expected);
    expect(expected).not.toContain(KHASAN_ROAD_BRIDGE.id);

    const drawn = await renderedIds(s.page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(
      drawn.filter((id) => !expected.includes(id)),
      'features drawn although due after 2025',
    ).toEqual([]);
  });

  it('lists and draws the Khasan road bridge from 2026', async () => {
    await pressOnSlider(['ArrowRight'], 2026);

    const expected = standingBy(2026);
    expect(await captionMatchesList(2026)).toBe(expected.length);
    expect(await listedIds(s.page)).toEqual(expected);
    expect(await listedIds(s.page, [KHASAN_ROAD_BRIDGE])).toEqual([KHASAN_ROAD_BRIDGE.id]);
    expect(await renderedIds(s.page)).toContain(KHASAN_ROAD_BRIDGE.id);
  });

  it('draws later features ghosted, without listing them, when "Show later features ghosted" is on', async () => {
    await pressOnSlider(['ArrowLeft'], 2025);
    const ghost = s.page.getByRole('checkbox', { name: 'Show later features ghosted' });

    await ghost.check();
    await then.urlSatisfies((u) => u.searchParams.get('ghost') === '1');
    await waitForMapIdle(s.page);
    expect(await renderedIds(s.page)).toContain(KHASAN_ROAD_BRIDGE.id);
    expect(await listedIds(s.page, [KHASAN_ROAD_BRIDGE])).toEqual([]);
    expect(await captionMatchesList(2025)).toBe(standingBy(2025).length);

    await ghost.uncheck();
    await then.urlSatisfies((u) => !u.searchParams.has('ghost'));
    await waitForMapIdle(s.page);
    expect(await renderedIds(s.page)).not.toContain(KHASAN_ROAD_BRIDGE.id);
  });

  it('names the features opening (or due) in 2025 under "What changes in 2025"', async () => {
    const expected = geoFeatures()
      .filter((f) => (yearOf(f.opened) ?? yearOf(f.inOperationBy) ?? yearOf(f.target)) === 2025)
      .map((f) => (f.opened || f.inOperationBy ? f.name.en : `${f.name.en} (due)`))
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    const summary = s.page.getByText('What changes in 2025', { exact: true });
    await summary.click();
    const changes = s.page.locator('details', { has: summary });
    const opens = changes
      .getByRole('heading', { name: 'Opens or is due to open' })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('listitem');
    expect((await opens.allTextContents()).sort()).toEqual(expected);
    await summary.click();
  });

  it('plays through the years at about one a second, and Pause stops it', async () => {
    expect(await yearInUrl()).toBe('2025');

    await s.page.getByRole('button', { name: 'Play' }).click();
    const pause = s.page.getByRole('button', { name: 'Pause' });
    await pause.waitFor();
    await s.page.waitForTimeout(2500);
    const played = Number(await yearInUrl());
    expect(played - 2025, `year after 2.5 s of play: ${played}`).toBeGreaterThanOrEqual(2);
    expect(played - 2025, `year after 2.5 s of play: ${played}`).toBeLessThanOrEqual(3);

    await pause.click();
    await s.page.getByRole('button', { name: 'Play' }).waitFor();
    const paused = Number(await yearInUrl());
    await s.page.waitForTimeout(1500);
    expect(Number(await yearInUrl()), 'no step after Pause').toBe(paused);
    await expect(slider().inputValue()).resolves.toBe(String(paused));
    await captionMatchesList(paused);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
