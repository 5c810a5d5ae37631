// The tools' buttons at the top of the panel and the "Latest developments" region they open.
import type { ToolView } from './ToolsBar';
import { ToolsBar } from './ToolsBar';
import { Feed } from './lazy-tools';
import type { FeedProps } from './Feed';
import { useT } from '../i18n/I18nProvider';

export interface FeedSectionProps extends FeedProps {
  view: ToolView;
  onView(view: ToolView): void;
  open: boolean;
  onToggle(open: boolean): void;
}

const FEED_ID = 'latest-developments';

export function FeedSection({ view, onView, open, onToggle, ...feed }: FeedSectionProps) {
  const tr = useT();
  return (
    <>
      <ToolsBar view={view} feedOpen={open} feedId={FEED_ID} onView={onView} onFeed={onToggle} />
      {open && (
        <section id={FEED_ID} className="feed-host" aria-label={tr.t('feed.title')}>
          <h2 className="panel-heading">{tr.t('feed.title')}</h2>
          <Feed {...feed} />
        </section>
      )}
    </>
  );
}
