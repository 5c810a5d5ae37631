// Issue 13 item 3, at desktop and phone sizes: mode and gauge filters across kinds, "only this" and reset in the
// legend with counts that follow the other filters, "Zoom to results", and every filter in the URL.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  currentUrl,
  geoFeature,
  geoFeatures,
  launch,
  listedIds,
  mapCamera,
  mapPointOf,
  queryParam,
  renderedIds,
  screenshot,
  settleUi,
  urlNotice,
  waitForMapIdle,
  waitForMapToSettle,
  waitForUrl,
} from './driver';
import type { AppSession } from './driver';
import { SIZES, drawable, geoGauges, openAt, press, showPanelTab } from './ux-sizes';

const baseUrl = inject('baseUrl');
const ALL = geoFeatures();
const RAIL_KINDS = ['rail-crossing', 'railway-bridge'];
const TONGJIANG = geoFeature('nizhneleninskoye-tongjiang-rail-bridge');
const CABLE_CAR = geoFeature('blagoveshchensk-heihe-cable-car');

describe.each(SIZES)('filters people think in ($name)', (size) => {
  let s: AppSession;
  let page: AppSession['page'];
  beforeAll(async () => {
    s = await launch(baseUrl);
    page = await openAt(s, size, baseUrl);
  });
  afterAll(async () => s?.close());

  const legendEntry = (name: RegExp) => page.getByRole('complementary').getByRole('button', { name });

  it('"only Rail" keeps rail crossings and railway bridges, the Tongjiang bridge included, on map and list', async () => {
    await showPanelTab(page, 'Filters');
    await press(size, page.getByRole('button', { name: 'Only Rail', exact: true }));
    await waitForUrl(page, (u) => u.searchParams.get('mode') === 'rail');
    const expected = ALL.filter((f) => RAIL_KINDS.includes(f.kind))
      .map((f) => f.id)
      .sort();
    expect(expected).toContain(TONGJIANG.id);
    // Counts follow the other filters: with rail only, no road crossing would show.
    await expect(legendEntry(/^Road crossing 0$/).count()).resolves.toBe(1);
    await expect(legendEntry(new RegExp(`^Rail ${expected.length}$`)).count()).resolves.toBe(1);
    await showPanelTab(page, 'List');
    await expect(listedIds(page)).resolves.toEqual(expected);
    await waitForMapIdle(page);
    await expect(renderedIds(page)).resolves.toEqual(drawable(expected));
    await screenshot(page, `ux-filters-rail-${size.name}`);
  });

  it('filters by gauge (dual, break of gauge) from the data’s gauges, together with the mode', async () => {
    const gauges = geoGauges();
    await showPanelTab(page, 'Filters');
    await press(size, page.getByRole('button', { name: 'Only Break of gauge', exact: true }));
    await waitForUrl(page, (u) => u.searchParams.get('gauge') === 'break');
    const isBreak = (id: string) => {
      const g = gauges.get(id);
      return !!g && !!g.foreign && g.ru !== g.foreign && g.ru !== 'dual' && g.foreign !== 'dual';
    };
    const expected = ALL.filter((f) => RAIL_KINDS.includes(f.kind) && isBreak(f.id))
      .map((f) => f.id)
      .sort();
    expect(expected).toContain('zabaikalsk-manzhouli-rail');
    await showPanelTab(page, 'List');
    await expect(listedIds(page)).resolves.toEqual(expected);
    await showPanelTab(page, 'Filters');
    await press(size, page.getByRole('button', { name: 'Only Dual gauge (1520 + 1435)', exact: true }));
    await waitForUrl(page, (u) => u.searchParams.get('gauge') === 'dual');
    const dual = ALL.filter(
      (f) =>
        RAIL_KINDS.includes(f.kind) &&
        (gauges.get(f.id)?.ru === 'dual' || gauges.get(f.id)?.foreign === 'dual'),
    )
      .map((f) => f.id)
      .sort();
    expect(dual).toContain(TONGJIANG.id);
    await showPanelTab(page, 'List');
    await expect(listedIds(page)).resolves.toEqual(dual);
  });

  it('resets a group, then every filter, and the URL follows', async () => {
    await showPanelTab(page, 'Filters');
    await press(size, page.getByRole('button', { name: 'Show all gauges', exact: true }));
    await waitForUrl(page, (u) => u.searchParams.get('gauge') === null);
    expect(queryParam(await currentUrl(page), 'mode')).toBe('rail');
    await press(size, page.getByRole('button', { name: 'Reset filters', exact: true }));
    await waitForUrl(page, (u) => u.searchParams.get('mode') === null);
    await showPanelTab(page, 'List');
    await expect(listedIds(page)).resolves.toEqual(ALL.map((f) => f.id).sort());
  });

  it('"Zoom to results" frames what passes the filters', async () => {
    await showPanelTab(page, 'Filters');
    const modes = page.getByRole('group', { name: 'Mode', exact: true });
    await press(size, modes.getByRole('button', { name: 'Only Cable car', exact: true }));
    await waitForUrl(page, (u) => u.searchParams.get('mode') === 'cable-car');
    const before = await mapCamera(page);
    await press(size, page.getByRole('button', { name: 'Zoom to results', exact: true }));
    await page.waitForFunction(
      (z) => (window as unknown as { __blmMap: { getZoom(): number } }).__blmMap.getZoom() > z + 2,
      before.zoom,
    );
    await waitForMapToSettle(page);
    const after = await mapCamera(page);
    expect(after.zoom).toBeGreaterThan(before.zoom + 2);
    // The one result is on screen, in the part of the map the panel leaves free.
    const at = await mapPointOf(page, CABLE_CAR.position);
    const region = await page.getByRole('region', { name: 'Map', exact: true }).boundingBox();
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(region?.width ?? 0);
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan((region?.height ?? 0) * (size.name === 'phone' ? 0.56 : 1));
    await expect(renderedIds(page)).resolves.toEqual([CABLE_CAR.id]);
    await screenshot(page, `ux-filters-zoom-${size.name}`);
  });

  it('reads mode= and gauge= from a link, and ignores hostile values with a notice', async () => {
    const linked = await openAt(s, size, baseUrl, '/?mode=road&gauge=none&v=1');
    await showPanelTab(linked, 'List');
    await expect(listedIds(linked)).resolves.toEqual([]);
    const hostile = await openAt(s, size, baseUrl, '/?mode=%3Cscript%3Ealert(1)%3C/script%3E&gauge=9999&v=1');
    await urlNotice(hostile).waitFor();
    await settleUi(hostile);
    await showPanelTab(hostile, 'List');
    await expect(listedIds(hostile)).resolves.toEqual(ALL.map((f) => f.id).sort());
  });

  it('writes every filter into the URL as it is set, and a link with all of them shows the same list', async () => {
    const fresh = await openAt(s, size, baseUrl);
    await showPanelTab(fresh, 'Filters');
    const steps: [string, () => Promise<void>, (u: URL) => boolean][] = [
      [
        'status',
        () => press(size, fresh.getByRole('button', { name: 'Only Operational', exact: true })),
        (u) => u.searchParams.get('status') === 'operational',
      ],
      [
        'kind',
        () => press(size, fresh.getByRole('button', { name: 'Only Rail crossing', exact: true })),
        (u) => u.searchParams.get('kind') === 'rail-crossing',
      ],
      [
        'border',
        () =>
          press(
            size,
            fresh
              .getByRole('group', { name: 'Border' })
              .getByRole('button', { name: 'North Korea', exact: true }),
          ),
        (u) => u.searchParams.get('border') === 'cn',
      ],
      [
        'mode',
        () => press(size, fresh.getByRole('button', { name: 'Only Rail', exact: true })),
        (u) => u.searchParams.get('mode') === 'rail',
      ],
      [
        'gauge',
        () => press(size, fresh.getByRole('button', { name: 'Only Break of gauge', exact: true })),
        (u) => u.searchParams.get('gauge') === 'break',
      ],
      [
        'year',
        async () => {
          const all = fresh.getByRole('checkbox', { name: 'All years' });
          if (await all.isChecked()) await press(size, all);
          await fresh.getByRole('slider', { name: 'Year' }).fill('2020');
        },
        (u) => u.searchParams.get('year') === '2020',
      ],
      [
        'q',
        () => fresh.getByRole('searchbox', { name: 'Search features' }).fill('Manzhouli'),
        (u) => u.searchParams.get('q') === 'Manzhouli',
      ],
    ];
    for (const [key, act, written] of steps) {
      await act();
      await waitForUrl(fresh, written).catch(async () => {
        throw new Error(`${key} is not in the URL: ${await currentUrl(fresh)}`);
      });
    }
    const link = new URL(await currentUrl(fresh));
    for (const key of ['status', 'kind', 'border', 'mode', 'gauge', 'year', 'q'])
      expect(link.searchParams.has(key), key).toBe(true);
    await showPanelTab(fresh, 'List');
    const shown = await listedIds(fresh);
    expect(shown).toEqual(['zabaikalsk-manzhouli-rail']);
    // The link, opened afresh, restores every one of them.
    const opened = await openAt(s, size, baseUrl, `${link.pathname}${link.search}`);
    await showPanelTab(opened, 'List');
    await expect(listedIds(opened)).resolves.toEqual(shown);
    await expect(opened.getByRole('searchbox', { name: 'Search features' }).inputValue()).resolves.toBe(
      'Manzhouli',
    );
    await showPanelTab(opened, 'Filters');
    await expect(opened.getByRole('slider', { name: 'Year' }).inputValue()).resolves.toBe('2020');
  });
});
