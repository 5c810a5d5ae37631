// Which borders to show: two toggles; both on is stored as null (no restriction), so the URL stays clean.
import type { Border } from '../domain/vocabulary';
import { BORDERS, BORDER_LABEL } from '../domain/vocabulary';
import './components.css';

export interface BorderFilterProps {
  borders: Border[] | null;
  onChange(borders: Border[] | null): void;
}

function toggled(borders: Border[] | null, border: Border): Border[] | null {
  const on = borders ?? BORDERS;
  const next = BORDERS.filter((b) => (b === border ? !on.includes(b) : on.includes(b)));
  return next.length === BORDERS.length ? null : next;
}

export function BorderFilter({ borders, onChange }: BorderFilterProps) {
  return (
    <div className="border-filter" role="group" aria-label="Border">
      {BORDERS.map((border) => (
        <button
          key={border}
          type="button"
          className="border-filter__toggle"
          aria-pressed={borders === null || borders.includes(border)}
          onClick={() => onChange(toggled(borders, border))}
        >
          {BORDER_LABEL[border]}
        </button>
      ))}
    </div>
  );
}
