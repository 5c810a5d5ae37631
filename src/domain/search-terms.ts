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
 * The towns of the Russia–DPRK pairs (matched inside the English pair text or name) in the other scripts, which
 * the data's names rarely carry: Khasan (Хасан, 哈桑, 하산) and Tumangang (Туманган, 豆满江, 두만강; the town
 * is named after the river). Russian and Chinese towns are left out on purpose: their names in those scripts are
 * in the data's own names already, and a search in Russian or Chinese finds exactly the features so named.
 */
export const TOWN_NAMES: Readonly<Record<string, readonly string[]>> = {
  Khasan: ['Хасан', '哈桑', '하산'],
  Tumangang: ['Туманган', '豆满江', '두만강', '두만강역'],
};
