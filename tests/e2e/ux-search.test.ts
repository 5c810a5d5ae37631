// Issue 13 item 4, at desktop and phone sizes: search over names in every language, both towns of a pair, river
// names, the operator and the gauge; case and accents ignored; exact names first; early in the Tab order and on `/`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  focusedElement,
  geoFeatures,
  launch,
  listEntryNames,
  listedIds,
  renderedIds,
  screenshot,
  waitForMapIdle,
} from './driver';
import type { AppSession } from './driver';
import { SIZES, drawable, openAt } from './ux-sizes';

const baseUrl = inject('baseUrl');
const ALL = geoFeatures();
const KHASAN_BRIDGES = ['khasan-tumangang-road-bridge', 'korea-russia-friendship-bridge'];

describe.each(SIZES)('search over everything ($name)', (size) => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    page = await openAt(s, size, baseUrl);
  });
  afterAll(async () => s?.close());

  const search = () => page.getByRole('searchbox', { name: 'Search features' });
  async function find(text: string): Promise<string[]> {
    await search().fill(text);
    return listedIds(page);
  }

  it('is the first stop after the two skip links, and `/` jumps to it', async () => {
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).description).toMatch(/Skip to map/);
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).description).toMatch(/Skip to list/);
    await page.keyboard.press('Tab');
    await expect(search().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('/');
    await expect(search().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(search().inputValue()).resolves.toBe('');
  });

  it('"Tumen" finds the Khasan bridges, and so do Туманная, 图们江 and 두만강', async () => {
    for (const river of ['Tumen', 'Туманная', '图们江', '두만강']) {
      const ids = await find(river);
      for (const id of KHASAN_BRIDGES) expect(ids, river).toContain(id);
    }
    await find('Tumen');
    await waitForMapIdle(page);
    await expect(renderedIds(page)).resolves.toEqual(drawable(await listedIds(page)));
    await screenshot(page, `ux-search-tumen-${size.name}`);
  });

  it('finds both towns of a pair, in other scripts too ("하산" finds every Khasan link)', async () => {
    const khasan = ALL.filter((f) => /khasan/i.test(f.name.en) || f.id === 'korea-russia-friendship-bridge');
    const ids = await find('하산');
    for (const f of khasan) expect(ids, f.id).toContain(f.id);
    await expect(find('Tongjiang')).resolves.toContain('nizhneleninskoye-tongjiang-rail-bridge');
    await expect(find('Manzhouli')).resolves.toContain('zabaikalsk-manzhouli-rail');
  });

  it('finds the operator and the gauge', async () => {
    await expect(find('RasonKonTrans')).resolves.toContain('khasan-rajin-railway');
    const breaks = await find('break of gauge');
    expect(breaks).toContain('zabaikalsk-manzhouli-rail');
    expect(breaks).not.toContain('nizhneleninskoye-tongjiang-rail-bridge');
    await expect(find('1435')).resolves.toContain('nizhneleninskoye-tongjiang-rail-bridge');
  });

  it('ignores case and accents, and lists the exact name first', async () => {
    const blag = await find('BLAGOVÉSHCHÉNSK');
    expect(blag).toContain('blagoveshchensk-heihe-road-bridge');
    await search().fill('Khasan road checkpoint');
    const names = await listEntryNames(page);
    expect(names[0]).toMatch(/^Khasan road checkpoint/);
    await search().fill('korea–russia friendship bridge');
    expect((await listEntryNames(page))[0]).toMatch(/^Korea–Russia Friendship Bridge/);
    await search().fill('');
    await expect(listedIds(page)).resolves.toEqual(ALL.map((f) => f.id).sort());
  });
});
