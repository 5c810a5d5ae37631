// Gestures in history (production build, Chromium): a Play run, a slider drag and a held key each replace the
// entry while they run and push one entry when they end, so one Back returns to the view before the gesture.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { currentUrl, historyLength, launch, openApp, queryParam, waitForMapIdle, waitForUrl } from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

describe('gestures make one history entry each (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    await openApp(s, baseUrl, '/?year=2000&v=1');
  });
  afterAll(async () => s?.close());

  const slider = () => s.page.getByRole('slider', { name: 'Year' });
  const yearInUrl = async () => Number(queryParam(await currentUrl(s.page), 'year'));

  /** Goes Back once and checks the view is the one before the gesture. */
  async function backTo(year: number) {
    await s.page.goBack();
    await waitForUrl(s.page, (u) => u.searchParams.get('year') === String(year));
    await expect(slider().inputValue()).resolves.toBe(String(year));
    await waitForMapIdle(s.page);
  }

  /** Forward again to the gesture's end, so the next test starts at the newest entry (no forward entries). */
  async function forwardTo(year: number) {
    await s.page.goForward();
    await waitForUrl(s.page, (u) => u.searchParams.get('year') === String(year));
    await waitForMapIdle(s.page);
  }

  it('makes a Play run one entry, replacing it while it plays; Back returns to the year it started from', async () => {
    const before = await historyLength(s.page);
    await s.page.getByRole('button', { name: 'Play' }).click();
    const pause = s.page.getByRole('button', { name: 'Pause' });
    await pause.waitFor();
    const seen = new Set<number>();
    for (let i = 0; i < 12 && seen.size < 3; i += 1) {
      await s.page.waitForTimeout(300);
      seen.add(await yearInUrl());
      expect(await historyLength(s.page), 'entries while playing').toBe(before);
    }
    expect(seen.size, `years seen while playing: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(3);
    await pause.click();
    await s.page.getByRole('button', { name: 'Play' }).waitFor();
    const played = await yearInUrl();
    expect(played).toBeGreaterThanOrEqual(2002);
    expect(await historyLength(s.page), 'entries after the run').toBe(before + 1);
    await backTo(2000);
    await forwardTo(played);
  });

  it('makes a slider drag one entry; Back returns to the year before the drag', async () => {
    const start = await yearInUrl();
    const before = await historyLength(s.page);
    const box = await slider().boundingBox();
    if (!box) throw new Error('the Year slider has no box');
    const [min, max] = await slider().evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max)]);
    const xOf = (year: number) => box.x + ((year - min) / (max - min)) * box.width;
    const y = box.y + box.height / 2;
    await s.page.mouse.move(xOf(start), y);
    await s.page.mouse.down();
    const years = new Set<number>();
    for (let step = 1; step <= 10; step += 1) {
      await s.page.mouse.move(xOf(start) - step * 6, y);
      await s.page.waitForTimeout(60);
      years.add(await yearInUrl());
      expect(await historyLength(s.page), 'entries while dragging').toBe(before);
    }
    await s.page.mouse.up();
    const dragged = await yearInUrl();
    expect(years.size, `years seen while dragging: ${[...years].join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(dragged).toBeLessThan(start);
    expect(await historyLength(s.page), 'entries after the drag').toBe(before + 1);
    await backTo(start);
    await forwardTo(dragged);
  });

  it('makes a held arrow key one entry; Back returns to the year before it', async () => {
    const start = await yearInUrl();
    const before = await historyLength(s.page);
    await slider().focus();
    for (let i = 0; i < 6; i += 1) {
      // A second keydown without a keyup is the browser's key repeat.
      await s.page.keyboard.down('ArrowRight');
      await s.page.waitForTimeout(40);
    }
    await waitForUrl(s.page, (u) => u.searchParams.get('year') === String(start + 6));
    expect(await historyLength(s.page), 'entries while the key is held').toBe(before);
    await s.page.keyboard.up('ArrowRight');
    expect(await historyLength(s.page), 'entries after the key is released').toBe(before + 1);
    await backTo(start);
    await forwardTo(start + 6);
  });

  it('still makes a single key press or a legend toggle one entry each', async () => {
    const before = await historyLength(s.page);
    const start = await yearInUrl();
    await slider().focus();
    await s.page.keyboard.press('ArrowRight');
    await waitForUrl(s.page, (u) => u.searchParams.get('year') === String(start + 1));
    expect(await historyLength(s.page)).toBe(before + 1);
    await s.page
      .getByRole('group', { name: 'Border' })
      .getByRole('button', { name: 'China', exact: true })
      .click();
    await waitForUrl(s.page, (u) => u.searchParams.get('border') === 'kp');
    expect(await historyLength(s.page)).toBe(before + 2);
    await s.page.goBack();
    await waitForUrl(s.page, (u) => !u.searchParams.has('border'));
    await backTo(start);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
