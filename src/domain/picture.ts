// What the "Download PNG" picture says besides the map: title, year, legend of what is visible, scale bar, date.
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import type { MapFeature } from './schema';
import type { Status } from './vocabulary';
import { STATUSES, STATUS_COLOR } from './vocabulary';
import { statusLabel } from './labels';
import { distanceText } from './tool-format';

/** Metres per CSS pixel at a latitude and zoom (512-px tiles, spherical Web Mercator as MapLibre draws it). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest 1, 2 or 5 × 10ⁿ distance that fits in `maxPx` CSS pixels, with its width in pixels. */
export function scaleBar(
  metresPerPx: number,
  maxPx: number,
  tr: Translator = ENGLISH,
): { metres: number; px: number; label: string } {
  const maxMetres = metresPerPx * maxPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * magnitude <= maxMetres) ?? 1;
  const metres = step * magnitude;
  return { metres, px: metres / metresPerPx, label: distanceText(metres, tr) };
}

export interface LegendEntry {
  status: Status;
  label: string;
  color: string;
  count: number;
}

/** One entry per status among the features shown, in vocabulary order. */
export function visibleLegend(shown: readonly MapFeature[], tr: Translator = ENGLISH): LegendEntry[] {
  const counts = new Map<Status, number>();
  for (const f of shown) counts.set(f.properties.status, (counts.get(f.properties.status) ?? 0) + 1);
  return STATUSES.filter((s) => counts.has(s)).map((s) => ({
    status: s,
    label: statusLabel(s, tr),
    color: STATUS_COLOR[s],
    count: counts.get(s) ?? 0,
  }));
}

export interface PictureCaptions {
  title: string;
  /** "Network by end of 2026" / "All years" / "Changes 2026–2030". */
  yearText: string;
  legend: LegendEntry[];
  attribution: string;
  /** "Made 2026-12-01 · <url>". */
  footer: string;
  /** The words the picture adds itself: before the attribution, and where no feature is shown. */
  mapData: string;
  noFeatures: string;
  /** The captions' language, for what the picture measures itself (the scale bar). */
  tr: Translator;
}

export function pictureCaptions(input: {
  year: number | null;
  range: { from: number; to: number } | null;
  shown: readonly MapFeature[];
  attribution: string;
  date: string;
  url: string;
  tr?: Translator;
}): PictureCaptions {
  const tr = input.tr ?? ENGLISH;
  // Years are written without digit grouping in every language ("2026", never "2 026").
  const year = (y: number) => String(y);
  const yearText = input.range
    ? tr.t('picture.range', { from: year(input.range.from), to: year(input.range.to) })
    : input.year === null
      ? tr.t('picture.allYears')
      : tr.t('picture.year', { year: year(input.year) });
  return {
    // The map's name as the page's header gives it in the language, with the subtitle the citations use.
    title: tr.t('cite.work', { title: tr.t('app.title') }),
    yearText,
    legend: visibleLegend(input.shown, tr),
    attribution: input.attribution,
    footer: tr.t('picture.footer', { date: input.date, url: input.url }),
    mapData: tr.t('picture.mapData'),
    noFeatures: tr.t('picture.noFeatures'),
    tr,
  };
}

/** File name for a download: "border-logistics-map-2026-12-01.png". */
export function downloadName(date: string, ext: string, suffix = ''): string {
  return `border-logistics-map${suffix ? `-${suffix}` : ''}-${date}.${ext}`;
}
