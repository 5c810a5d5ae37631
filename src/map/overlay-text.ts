// The words the map's tooltip and stack chooser show for a feature. Pure, so the wording is unit-tested.
import type { FeatureProperties } from '../domain/schema';
import { NO_TARGET } from '../domain/data-rules';
import { displayLang, displayName } from '../domain/feature-view';
import { yearOf } from '../domain/partial-date';
import { kindLabel, statusLabel } from '../domain/labels';
import type { Lang } from '../domain/vocabulary';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';

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

type Dates = Pick<FeatureProperties, 'opened' | 'closed' | 'target'> &
  Partial<Pick<FeatureProperties, 'inOperationBy'>>;

/** The short date of a tooltip: "opened 2022", "in operation by 1994", "target 2026", "opened 1999, closed 2007". */
export function overlayDate(p: Dates, tr: Translator = ENGLISH): string {
  const year = (value: string) => String(yearOf(value) ?? value);
  const start = p.opened
    ? tr.t('map.date.opened', { year: year(p.opened) })
    : p.inOperationBy && tr.t('map.date.inOperationBy', { year: year(p.inOperationBy.date) });
  if (p.closed) {
    const closed = tr.t('map.date.closed', { year: year(p.closed) });
    return start ? tr.t('map.date.span', { start, closed }) : closed;
  }
  if (start) return start;
  if (!p.target || p.target === NO_TARGET) return tr.t('map.date.noTarget');
  return tr.t('map.date.target', { year: year(p.target) });
}

export function overlayEntry(p: FeatureProperties, lang: Lang, tr: Translator = ENGLISH): OverlayEntry {
  const name = displayName(p, lang);
  // After a comma, not in parentheses: axe's label-in-name rule drops parenthesised text (see listItemLabel).
  const names = name === p.name.en ? p.name.en : `${p.name.en}, ${name}`;
  const kind = kindLabel(p.kind, tr);
  const status = statusLabel(p.status, tr);
  const date = overlayDate(p, tr);
  return {
    id: p.id,
    name,
    nameLang: displayLang(p, lang),
    meta: tr.t('map.meta', { kind, status }),
    date,
    label: tr.t('map.entryLabel', { names, kind, status, date }),
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
