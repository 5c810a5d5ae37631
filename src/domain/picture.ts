// What the "Download PNG" picture says besides the map: title, year, legend of what is visible, scale bar, date.
import type { MapFeature } from './schema';
import type { Status } from './vocabulary';
import { STATUSES, STATUS_COLOR, STATUS_LABEL } from './vocabulary';
import { PROJECT } from './about';

/** Metres per CSS pixel at a latitude and zoom (512-px tiles, spherical Web Mercator as MapLibre draws it). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest 1, 2 or 5 × 10ⁿ distance that fits in `maxPx` CSS pixels, with its width in pixels. */
export function scaleBar(metresPerPx: number, maxPx: number): { metres: number; px: number; label: string } {
  const maxMetres = metresPerPx * maxPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * magnitude <= maxMetres) ?? 1;
  const metres = step * magnitude;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, px: metres / metresPerPx, label };
}

export interface LegendEntry {
  status: Status;
  label: string;
  color: string;
  count: number;
}

/** One entry per status among the features shown, in vocabulary order. */
export function visibleLegend(shown: readonly MapFeature[]): LegendEntry[] {
  const counts = new Map<Status, number>();
  for (const f of shown) counts.set(f.properties.status, (counts.get(f.properties.status) ?? 0) + 1);
  return STATUSES.filter((s) => counts.has(s)).map((s) => ({
    status: s,
    label: STATUS_LABEL[s],
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
  /** "Made 1 Dec 2026 from <url>". */
  footer: string;
}

export function pictureCaptions(input: {
  year: number | null;
  range: { from: number; to: number } | null;
  shown: readonly MapFeature[];
  attribution: string;
  date: string;
  url: string;
}): PictureCaptions {
  const yearText = input.range
    ? `What changes between ${input.range.from} and ${input.range.to}`
    : input.year === null
      ? 'All years'
      : `Network by end of ${input.year}`;
  return {
    title: `${PROJECT.title}: ${PROJECT.subtitle}`,
    yearText,
    legend: visibleLegend(input.shown),
    attribution: input.attribution,
    footer: `Made ${input.date} · ${input.url}`,
  };
}

/** File name for a download: "border-logistics-map-2026-12-01.png". */
export function downloadName(date: string, ext: string, suffix = ''): string {
  return `border-logistics-map${suffix ? `-${suffix}` : ''}-${date}.${ext}`;
}
