// The phone's bottom sheet: the sizes it snaps to, and where a drag or a button step takes it.

export const SHEET_SNAPS = ['peek', 'half', 'full'] as const;
export type SheetSnap = (typeof SHEET_SNAPS)[number];

/** A drag shorter than this (CSS pixels) is not a drag. */
export const DRAG_MIN_PX = 24;

export function stepSnap(snap: SheetSnap, step: 1 | -1): SheetSnap {
  const i = Math.min(SHEET_SNAPS.length - 1, Math.max(0, SHEET_SNAPS.indexOf(snap) + step));
  return SHEET_SNAPS[i] ?? snap;
}

/** Dragging up (negative dy) grows the sheet by one size per 160 px, dragging down shrinks it. */
export function snapAfterDrag(snap: SheetSnap, dy: number): SheetSnap {
  if (Math.abs(dy) < DRAG_MIN_PX) return snap;
  const steps = Math.max(1, Math.round(Math.abs(dy) / 160));
  let next = snap;
  for (let k = 0; k < steps; k += 1) next = stepSnap(next, dy < 0 ? 1 : -1);
  return next;
}
