/**
 * The towns the basemap names (scripts/basemap/towns.ts matches them in GeoNames cities500). From zoom 8, both towns
 * of every crossing in geo/*.geojson (the feature's `pair`), matched near that crossing.
 */
export interface TownSpec {
  /** The English label drawn. */
  label: string;
  /** Exact GeoNames `name`. */
  geonamesName: string;
  country: 'RU' | 'CN' | 'KP';
  /** Zoom from which the town is labelled: 8 for the towns at a crossing. */
  minzoom: number;
  /** A geo/*.geojson feature id: the record nearest to it (within maxKm) is taken, not the most populous. */
  near?: string;
  maxKm?: number;
  /** An alternate name pinned per language (one of the record's GeoNames names; null: none). */
  names?: { ru?: string | null; zh?: string | null; ko?: string | null };
  /** Printed with the town when no record matches. */
  note?: string;
}

const t = (
  label: string,
  geonamesName: string,
  country: TownSpec['country'],
  minzoom: number,
  more: Partial<TownSpec> = {},
): TownSpec => ({ label, geonamesName, country, minzoom, ...more });

/** A crossing's town, from zoom 8, matched near the crossing. */
const at = (
  near: string,
  label: string,
  geonamesName: string,
  country: TownSpec['country'],
  more: Partial<TownSpec> = {},
): TownSpec => t(label, geonamesName, country, 8, { near, ...more });

// Pins where GeoNames has several names in one script (dialect spellings, traditional and simplified, 市 "city").
// null: Shiwei's only Cyrillic name is its old name (Jilalin), Xunke's is Qike's, Luobei's is Fengxiang's (its seat);
// GeoNames' Chinese names of Blagoveshchensk, Khabarovsk and Vladivostok are the historical ones (海兰泡, 伯力, 海参崴),
// not the transliterations in use (布拉戈维申斯克, 哈巴罗夫斯克, 符拉迪沃斯托克), which it lacks: English is shown.
export const TOWNS: readonly TownSpec[] = [
  t('Chita', 'Chita', 'RU', 4),
  t('Blagoveshchensk', 'Blagoveshchensk', 'RU', 4, {
    near: 'blagoveshchensk-heihe-river',
    names: { ru: 'Благовещенск', zh: null },
  }),
  t('Heihe', 'Heihe', 'CN', 4, { near: 'blagoveshchensk-heihe-river', names: { zh: '黑河' } }),
  t('Birobidzhan', 'Birobidzhan', 'RU', 4, { names: { ru: 'Биробиджан' } }),
  t('Khabarovsk', 'Khabarovsk', 'RU', 4, {
    near: 'khabarovsk-fuyuan-river',
    names: { ru: 'Хабаровск', zh: null },
  }),
  t('Ussuriysk', 'Ussuriysk', 'RU', 4),
  t('Vladivostok', 'Vladivostok', 'RU', 4, { names: { ru: 'Владивосток', zh: null } }),
  t('Nakhodka', 'Nakhodka', 'RU', 4, { names: { ru: 'Находка' } }),
  t('Harbin', 'Harbin', 'CN', 4, { names: { ru: 'Харбин', zh: '哈尔滨' } }),
  t('Mudanjiang', 'Mudanjiang', 'CN', 4, { names: { ru: 'Муданьцзян', zh: '牡丹江' } }),
  t('Jixi', 'Jixi', 'CN', 4, { names: { ru: 'Цзиси', zh: '鸡西' } }),
  t('Hunchun', 'Hunchun', 'CN', 4, { near: 'kraskino-hunchun-road', names: { zh: '珲春' } }),
  t('Rajin (Rason)', 'Rajin', 'KP', 4),
  t('Zabaykalsk', 'Zabaykal’sk', 'RU', 6, { near: 'zabaikalsk-manzhouli-rail' }),
  t('Manzhouli', 'Manzhouli', 'CN', 6, {
    near: 'zabaikalsk-manzhouli-rail',
    names: { ru: 'Маньчжурия', zh: '满洲里市' },
  }),
  t('Suifenhe', 'Suifenhe', 'CN', 6, { near: 'pogranichny-suifenhe-road', names: { zh: '绥芬河' } }),
  // The town's GeoNames record lists Grodekovo (the station's name, the town's old name) among its names.
  t('Pogranichny (Grodekovo)', 'Pogranichnyy', 'RU', 6, { near: 'grodekovo-suifenhe-rail' }),
  t('Skovorodino', 'Skovorodino', 'RU', 6, { names: { ru: 'Сковородино' } }),
  t('Fuyuan', 'Fuyuan', 'CN', 6, { near: 'khabarovsk-fuyuan-river', maxKm: 60, names: { zh: '抚远' } }),
  t('Bikin', 'Bikin', 'RU', 6, { names: { ru: 'Бикин' } }),
  t('Lesozavodsk', 'Lesozavodsk', 'RU', 6, { near: 'lesozavodsk-hulin-rail', names: { ru: 'Лесозаводск' } }),
  t('Dongning', 'Dongning', 'CN', 6, { near: 'poltavka-dongning-road', names: { zh: '东宁' } }),
  t('Kraskino', 'Kraskino', 'RU', 6, { near: 'kraskino-hunchun-road' }),
  t('Slavyanka', 'Slavyanka', 'RU', 6),
  t('Hailar', 'Hailar', 'CN', 6, { near: 'priargunsk-hailar-rail', maxKm: 200 }),
  t('Zarubino', 'Zarubino', 'RU', 8),
  at('priargunsk-hailar-rail', 'Priargunsk', 'Priargunsk', 'RU'),
  at('staratsurukhaitui-heishantou-road', 'Starotsurukhaytuy', 'Starotsurukhaytuy', 'RU'),
  at('staratsurukhaitui-heishantou-road', 'Heishantou', 'Heishantou', 'CN', { names: { zh: '黑山头' } }),
  at('olochi-shiwei-road-bridge', 'Olochi', 'Olochi', 'RU'),
  at('olochi-shiwei-road-bridge', 'Shiwei', 'Shiwei', 'CN', { names: { ru: null, zh: '室韦' } }),
  at('pokrovka-luoguhe-river', 'Pokrovka', 'Pokrovka', 'RU', { note: 'Pokrovka, Amur Oblast' }),
  at('pokrovka-luoguhe-river', 'Luoguhe', 'Luoguhe', 'CN'),
  at('dzhalinda-mohe-river', 'Dzhalinda', 'Dzhalinda', 'RU'),
  // Mohe, the county seat (Xilinji); the crossing's village, Lianyin, has no record.
  at('dzhalinda-mohe-river', 'Mohe', 'Mohe', 'CN', { maxKm: 120 }),
  at('dzhalinda-mohe-river', 'Lianyin', 'Lianyin', 'CN'),
  at('ushakovo-huma', 'Ushakovo', 'Ushakovo', 'RU'),
  at('ushakovo-huma', 'Huma', 'Khuma', 'CN', { names: { zh: '呼玛' } }),
  at('konstantinovka-sunwu', 'Konstantinovka', 'Konstantinovka', 'RU'),
  at('konstantinovka-sunwu', 'Sunwu', 'Sunwu', 'CN', { maxKm: 60, names: { zh: '孙吴' } }),
  at('poyarkovo-xunke', 'Poyarkovo', 'Poyarkovo', 'RU'),
  at('poyarkovo-xunke', 'Xunke', 'Xunke', 'CN', { names: { ru: null } }),
  at('blagoveshchensk-heihe-road-bridge', 'Kanikurgan', 'Kanikurgan', 'RU'),
  at('verkhneblagoveshchensky-temporary', 'Verkhneblagoveshchenskoye', 'Verkhneblagoveshchenskoye', 'RU'),
  at('pashkovo-jiayin', 'Pashkovo', 'Pashkovo', 'RU'),
  at('pashkovo-jiayin', 'Jiayin', 'Jiayin', 'CN', { names: { zh: '嘉荫' } }),
  at('amurzet-luobei', 'Amurzet', 'Amurzet', 'RU'),
  at('amurzet-luobei', 'Mingshan', 'Mingshan', 'CN', { names: { zh: '名山' } }),
  at('amurzet-luobei', 'Luobei', 'Luobei', 'CN', { names: { ru: null, zh: '萝北' } }),
  at('nizhneleninskoye-tongjiang-river', 'Nizhneleninskoye', 'Nizhneleninskoye', 'RU', {
    note: 'Leninskoye (the district centre, 4 km away) is labelled',
  }),
  at('nizhneleninskoye-tongjiang-river', 'Leninskoye', 'Leninskoye', 'RU'),
  at('nizhneleninskoye-tongjiang-river', 'Tongjiang', 'Tongjiang', 'CN', { maxKm: 60 }),
  at('pokrovka-raohe', 'Pokrovka', 'Pokrovka', 'RU', { note: 'Pokrovka, Bikinsky District' }),
  at('pokrovka-raohe', 'Raohe', 'Raohe', 'CN'),
  at('markovo-hulin-road', 'Markovo', 'Markovo', 'RU'),
  at('markovo-hulin-road', 'Hulin', 'Hulin', 'CN', { maxKm: 60 }),
  at('turiy-rog-mishan-road', 'Turiy Rog', 'Turiy Rog', 'RU'),
  at('turiy-rog-mishan-road', 'Mishan', 'Mishan', 'CN'),
  at('poltavka-dongning-road', 'Poltavka', 'Poltavka', 'RU'),
  at('makhalino-hunchun-rail', 'Makhalino', 'Makhalino', 'RU'),
  at('korea-russia-friendship-bridge', 'Khasan', 'Khasan', 'RU'),
  at('korea-russia-friendship-bridge', 'Tumangang', 'Tumangang', 'KP'),
];
