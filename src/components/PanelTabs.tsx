// The side panel's sections. On a phone they are tabs (WAI-ARIA tabs: arrow keys move between them); on wider
// screens every section is shown, one after the other. A new section (a feed, a table) is one more entry.
import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import './components.css';
import './panel.css';
import { useT } from '../i18n/I18nProvider';

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

export interface PanelTabsProps {
  tabs: readonly PanelTab[];
  active: string;
  /** Tabs, or every section at once. */
  tabbed: boolean;
  onSelect(id: string): void;
  /** Controls beside the tabs (the sheet's size buttons). */
  aside?: ReactNode;
}

export function PanelTabs({ tabs, active, tabbed, onSelect, aside }: PanelTabsProps) {
  const base = useId();
  const { t: tr } = useT();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  if (!tabbed)
    return (
      <>
        {tabs.map((t) => (
          <div key={t.id} className="panel-section" data-section={t.id}>
            {t.content}
          </div>
        ))}
      </>
    );

  function onKeyDown(event: KeyboardEvent) {
    const i = tabs.findIndex((t) => t.id === active);
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = tabs[(i + step + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  }

  return (
    <>
      <div className="panel-tabs__bar">
        <div className="panel-tabs" role="tablist" aria-label={tr('panel.tabs')} onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                if (el) refs.current.set(t.id, el);
                else refs.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${t.id}`}
              className="panel-tabs__tab"
              aria-selected={t.id === active}
              aria-controls={`${base}-panel-${t.id}`}
              tabIndex={t.id === active ? 0 : -1}
              onClick={() => onSelect(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {aside}
      </div>
      {tabs
        .filter((t) => t.id === active)
        .map((t) => (
          <div
            key={t.id}
            role="tabpanel"
            id={`${base}-panel-${t.id}`}
            aria-labelledby={`${base}-tab-${t.id}`}
            className="panel-section panel-section--tab"
            data-section={t.id}
          >
            {t.content}
          </div>
        ))}
    </>
  );
}
