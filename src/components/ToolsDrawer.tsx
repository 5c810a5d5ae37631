// A wide panel over the lower part of the map for the tools that need room: the table and the capacity chart.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';
import './tools.css';

export interface ToolsDrawerProps {
  title: string;
  onClose(): void;
  children: ReactNode;
}

export function ToolsDrawer({ title, onClose, children }: ToolsDrawerProps) {
  const tr = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section
      className="tools-drawer"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="tools-drawer__header">
        <h2 className="tools-drawer__title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="tools__button" onClick={onClose}>
          {tr.t('tools.close')}
        </button>
      </header>
      <div className="tools-drawer__body">{children}</div>
    </section>
  );
}
