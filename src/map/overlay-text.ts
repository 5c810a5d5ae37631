// The words the map's tooltip and stack chooser show for a feature. Pure, so the wording is unit-tested.
import type { FeatureProperties } from '../domain/schema';
import { displayName, listDateText } from '../domain/feature-view';
import type { Lang } from '../domain/vocabulary';
import { KIND_LABEL, STATUS_LABEL } from '../domain/vocabulary';

export interface OverlayEntry {
  id: string;
  /** The name in the chosen language (English where the data has none). */
  name: string;
  nameLang: Lang;
  /** Kind and status, e.g. "Road bridge · Under construction". */
  meta: string;
  /** "opened 1959", "target 2026", "no target announced". */
  date: string;
  /** Accessible name: the English name first, then the local name if it differs, kind, status, date. */
  label: string;
}

export function overlayEntry(p: FeatureProperties, lang: Lang): OverlayEntry {
  const name = displayName(p, lang);
  const names = name === p.name.en ? p.name.en : `${p.name.en} (${name})`;
  const kind = KIND_LABEL[p.kind];
  const status = STATUS_LABEL[p.status];
  const date = listDateText(p);
  return {
    id: p.id,
    name,
    nameLang: p.name[lang] ? lang : 'en',
    meta: `${kind} · ${status}`,
    date,
    label: `${names}, ${kind}, ${status}, ${date}`,
  };
}

/** Keeps a box of `size` inside `bounds`, placed beside `at` (to its right, or left if there is no room). */
export function placeBeside(
  at: { x: number; y: number },
  size: { width: number; height: number },
  bounds: { width: number; height: number },
  gap = 14,
): { left: number; top: number } {
  const right = at.x + gap;
  const left = right + size.width <= bounds.width - 4 ? right : at.x - gap - size.width;
  const top = at.y - size.height / 2;
  const clamp = (v: number, max: number) => Math.max(4, Math.min(v, max - 4));
  return { left: clamp(left, bounds.width - size.width), top: clamp(top, bounds.height - size.height) };
}
