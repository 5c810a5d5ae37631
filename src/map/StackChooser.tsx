// Several features under one click or tap: a short list of buttons, one per feature (named by its English
// name first), to open the one meant. Escape or the close button dismisses it.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/I18nProvider';
import './map-overlays.css';

export interface ChooserEntry {
  id: string;
  name: string;
  nameLang: string;
  meta: string;
  label: string;
}

export interface StackChooserProps {
  entries: ChooserEntry[];
  left: number;
  top: number;
  onPick(id: string): void;
  onClose(): void;
}

export function StackChooser({ entries, left, top, onPick, onClose }: StackChooserProps) {
  const tr = useT();
  const here = tr.t('map.featuresHere', { count: entries.length });
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus({ preventScroll: true }), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div className="stack-chooser" role="group" aria-label={here} style={{ left, top }} onKeyDown={onKeyDown}>
      <div className="stack-chooser__head">
        <span className="stack-chooser__title">{here}</span>
        <button
          type="button"
          className="stack-chooser__close"
          aria-label={tr.t('map.chooserClose')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <ul className="stack-chooser__list" role="list" aria-label={tr.t('map.chooserList')}>
        {entries.map((e, i) => (
          <li key={e.id}>
            <button
              type="button"
              ref={i === 0 ? first : undefined}
              className="stack-chooser__entry"
              data-feature-id={e.id}
              aria-label={e.label}
              onClick={() => onPick(e.id)}
            >
              <span className="stack-chooser__name" lang={e.nameLang}>
                {e.name}
              </span>{' '}
              <span className="stack-chooser__meta">{e.meta}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
