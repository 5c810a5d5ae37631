// Legend symbols drawn from the same path data and paint as the map icons, so the two cannot drift apart.
import type { ReactNode } from 'react';
import type { Kind, Status } from '../domain/vocabulary';
import { KIND_SYMBOL, symbolPaint } from '../domain/symbols';
import './components.css';

// Kind entries are not about status: drawn in a neutral ink so colour keeps meaning status only.
const NEUTRAL = { fill: '#3d3d3d', stroke: '#ffffff', glyph: '#ffffff' };

/** The 24-unit square both legends draw in, hidden from assistive technology (the entry's text names it). */
function IconFrame({ children }: { children: ReactNode }) {
  return (
    <svg
      className="kind-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function KindIcon({ kind }: { kind: Kind }) {
  const symbol = KIND_SYMBOL[kind];
  return (
    <IconFrame>
      {kind === 'corridor' ? (
        <path d={symbol.shape} fill="none" stroke={NEUTRAL.fill} strokeWidth={4} strokeLinecap="round" />
      ) : (
        <>
          <path d={symbol.shape} fill={NEUTRAL.fill} stroke={NEUTRAL.stroke} strokeWidth={1.5} />
          {symbol.glyph && (
            <path d={symbol.glyph} fill="none" stroke={NEUTRAL.glyph} strokeWidth={2} strokeLinecap="round" />
          )}
        </>
      )}
    </IconFrame>
  );
}

/** Filled for built statuses, hollow and dashed for not-built ones, exactly as symbolPaint paints map markers. */
export function StatusSwatchIcon({ status }: { status: Status }) {
  const paint = symbolPaint(status);
  // A built marker's white outline would vanish on the white panel; outline it in its own colour instead.
  const stroke = paint.dashed ? paint.stroke : paint.fill;
  return (
    <IconFrame>
      <circle
        cx={12}
        cy={12}
        r={9}
        fill={paint.fill}
        stroke={stroke}
        strokeWidth={2.5}
        strokeDasharray={paint.dashed ? '4 3' : undefined}
      />
    </IconFrame>
  );
}
