// Which borders to show: two toggles; both on is stored as null (no restriction), so the URL stays clean.
import type { Border } from '../domain/vocabulary';
import { BORDERS } from '../domain/vocabulary';
import { borderLabel } from '../domain/labels';
import { useT } from '../i18n/I18nProvider';
import { toggleIn } from '../domain/filters';
import './components.css';

export interface BorderFilterProps {
  borders: Border[] | null;
  onChange(borders: Border[] | null): void;
}

export function BorderFilter({ borders, onChange }: BorderFilterProps) {
  const tr = useT();
  return (
    <div className="border-filter" role="group" aria-label={tr.t('filters.border')}>
      {BORDERS.map((border) => (
        <button
          key={border}
          type="button"
          className="border-filter__toggle"
          aria-pressed={borders === null || borders.includes(border)}
          onClick={() => onChange(toggleIn(borders, BORDERS, border))}
        >
          {borderLabel(border, tr)}
        </button>
      ))}
    </div>
  );
}
