// What people type besides a feature's own names: the border river of its section, and the towns of its pair in
// the other languages. Pure data, read by search.ts.
import type { Section } from './vocabulary';

/**
 * The border river of each section, in English, Russian, Chinese and Korean, with other spellings. Source: the
 * Wikipedia articles "Tumen River" (图们江, река Туманная, 두만강, also Tuman/Duman River), "Amur River" (黑龙江
 * Heilongjiang, Амур) and "Ussuri" (乌苏里 Wusuli, Уссури). Land sections (Altai, Transbaikalia, Primorye) and the
 * hinterland have none: their crossings do not all sit on one river.
 */
export const SECTION_RIVERS: Record<Section, readonly string[]> = {
  altai: [],
  transbaikal: [],
  amur: ['Amur', 'Амур', '黑龙江', 'Heilongjiang', 'Heilong Jiang', '아무르강'],
  ussuri: ['Ussuri', 'Уссури', '乌苏里江', 'Wusuli', '우수리강'],
  primorye: [],
  tumen: [
    'Tumen',
    'Tuman',
    'Duman',
    'Туманная',
    'Туманная река',
    'Туманган',
    '图们江',
    '圖們江',
    '豆满江',
    '두만강',
  ],
  hinterland: [],
};

/**
 * The towns of the pairs (matched inside the English pair text) in their other scripts: Cyrillic for Russian
 * towns, Chinese characters for Chinese ones, Korean for Khasan and Tumangang (하산; Tumangang is 두만강, 豆满江).
 */
export const TOWN_NAMES: Readonly<Record<string, readonly string[]>> = {
  Khasan: ['Хасан', '哈桑', '하산'],
  Tumangang: ['Туманган', '豆满江', '두만강', '두만강역'],
  Zabaykalsk: ['Забайкальск', '后贝加尔斯克'],
  Manzhouli: ['Маньчжурия', '满洲里'],
  Blagoveshchensk: ['Благовещенск', '布拉戈维申斯克'],
  Kanikurgan: ['Каникурган'],
  Heihe: ['Хэйхэ', '黑河'],
  Pogranichny: ['Пограничный'],
  Grodekovo: ['Гродеково'],
  Suifenhe: ['Суйфэньхэ', '绥芬河'],
  Poltavka: ['Полтавка'],
  Dongning: ['Дуннин', '东宁'],
  Kraskino: ['Краскино'],
  Makhalino: ['Махалино'],
  Kamyshovaya: ['Камышовая'],
  Hunchun: ['Хуньчунь', '珲春'],
  Nizhneleninskoye: ['Нижнеленинское'],
  Tongjiang: ['Тунцзян', '同江'],
  Khabarovsk: ['Хабаровск', '哈巴罗夫斯克'],
  Fuyuan: ['Фуюань', '抚远'],
  Dzhalinda: ['Джалинда'],
  Mohe: ['Мохэ', '漠河'],
  Pokrovka: ['Покровка'],
  Raohe: ['Жаохэ', '饶河'],
  Markovo: ['Марково'],
  Hulin: ['Хулинь', '虎林'],
  Lesozavodsk: ['Лесозаводск'],
  'Turiy Rog': ['Турий Рог'],
  Mishan: ['Мишань', '密山'],
  Olochi: ['Олочи'],
  Shiwei: ['Шивэй', '室韦'],
  Priargunsk: ['Приаргунск'],
  Hailar: ['Хайлар', '海拉尔'],
  Ushakovo: ['Ушаково'],
  Huma: ['Хума', '呼玛'],
  Konstantinovka: ['Константиновка'],
  Sunwu: ['Сунь-У', '孙吴'],
  Poyarkovo: ['Поярково'],
  Xunke: ['Сюнькэ', '逊克'],
  Pashkovo: ['Пашково'],
  Jiayin: ['Цзяинь', '嘉荫'],
  Amurzet: ['Амурзет'],
  Luobei: ['Лобэй', '萝北'],
};
