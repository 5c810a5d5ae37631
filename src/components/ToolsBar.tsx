// The buttons that open the table, the capacity chart and the "Latest developments" feed.
import { useT } from '../i18n/I18nProvider';
import './tools.css';

export type ToolView = 'table' | 'capacity' | null;

export interface ToolsBarProps {
  view: ToolView;
  feedOpen: boolean;
  feedId: string;
  onView(view: ToolView): void;
  onFeed(open: boolean): void;
}

export function ToolsBar({ view, feedOpen, feedId, onView, onFeed }: ToolsBarProps) {
  const tr = useT();
  return (
    <div className="tools__row tools-bar">
      <button
        type="button"
        className="tools__button"
        aria-pressed={view === 'table'}
        onClick={() => onView(view === 'table' ? null : 'table')}
      >
        {tr.t('tools.table')}
      </button>
      <button
        type="button"
        className="tools__button"
        aria-pressed={view === 'capacity'}
        onClick={() => onView(view === 'capacity' ? null : 'capacity')}
      >
        {tr.t('tools.capacity')}
      </button>
      <button
        type="button"
        className="tools__button"
        aria-expanded={feedOpen}
        aria-controls={feedId}
        onClick={() => onFeed(!feedOpen)}
      >
        {tr.t('feed.title')}
      </button>
    </div>
  );
}
