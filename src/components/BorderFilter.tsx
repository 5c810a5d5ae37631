// Which borders to show: two toggles; both on is stored as null (no restriction), so the URL stays clean.
import type { Border } from '../domain/vocabulary';
import { BORDERS, BORDER_LABEL } from '../domain/vocabulary';
import { toggleIn } from '../domain/filters';
import './components.css';

export interface BorderFilterProps {
  borders: Border[] | null;
  onChange(borders: Border[] | null): void;
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
          onClick={() => onChange(toggleIn(borders, BORDERS, border))}
        >
          {BORDER_LABEL[border]}
        </button>
      ))}
    </div>
  );
}
