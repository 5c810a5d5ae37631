// The phone's bottom sheet size: a drag handle for the thumb, and two buttons (keyboard and screen readers) that
// step between peek, half and full.
import { useRef } from 'react';
import type { PointerEvent } from 'react';
import type { SheetSnap } from '../domain/sheet';
import { SHEET_SNAPS, snapAfterDrag, stepSnap } from '../domain/sheet';
import './components.css';
import './panel.css';
import { useT } from '../i18n/I18nProvider';

export interface SheetControlsProps {
  snap: SheetSnap;
  onSnap(snap: SheetSnap): void;
}

export function SheetHandle({ snap, onSnap }: SheetControlsProps) {
  const start = useRef<number | null>(null);
  return (
    // Pointer only: the buttons beside the tabs do the same for keyboards and screen readers.
    <div
      className="sheet-handle"
      aria-hidden="true"
      onPointerDown={(e: PointerEvent) => {
        start.current = e.clientY;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerUp={(e: PointerEvent) => {
        if (start.current === null) return;
        onSnap(snapAfterDrag(snap, e.clientY - start.current));
        start.current = null;
      }}
      onPointerCancel={() => {
        start.current = null;
      }}
    >
      <span className="sheet-handle__grip" />
    </div>
  );
}

export function SheetSizeButtons({ snap, onSnap }: SheetControlsProps) {
  const i = SHEET_SNAPS.indexOf(snap);
  const { t } = useT();
  return (
    <div className="sheet-size" role="group" aria-label={t('sheet.size', { snap })}>
      <button
        type="button"
        className="sheet-size__button"
        aria-label={t('sheet.smaller')}
        disabled={i === 0}
        onClick={() => onSnap(stepSnap(snap, -1))}
      >
        <span aria-hidden="true">▾</span>
      </button>
      <button
        type="button"
        className="sheet-size__button"
        aria-label={t('sheet.larger')}
        disabled={i === SHEET_SNAPS.length - 1}
        onClick={() => onSnap(stepSnap(snap, 1))}
      >
        <span aria-hidden="true">▴</span>
      </button>
    </div>
  );
}
