// The open feature card with its notes: the copy notice, and why the feature may not be on the map.
import type { ReactNode } from 'react';
import type { CardView } from '../domain/derived-view';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import { FeatureCard } from './FeatureCard';
import { useT } from '../i18n/I18nProvider';

/** What the last copy of the permalink did: copied, or not (the link is then shown to copy by hand). */
export interface PermalinkNotice {
  copied: boolean;
  url: string;
}

export interface CardHostProps {
  feature: MapFeature;
  view: CardView;
  lang: Lang;
  today: string;
  permalink: { url: string; notice: PermalinkNotice | null; copy(): void };
  onClose(): void;
  onShowYear(year: number): void;
  /** Extra controls beside the card's copy button (the "Cite" button). */
  tools?: ReactNode;
}

export function CardHost({
  feature,
  view,
  lang,
  today,
  permalink,
  onClose,
  onShowYear,
  tools,
}: CardHostProps) {
  const { t } = useT();
  const notice = permalink.notice;
  return (
    <div className="card-host">
      <FeatureCard
        feature={feature}
        lang={lang}
        today={today}
        hiddenBy={view.hiddenBy}
        permalink={permalink.url}
        onClose={onClose}
        onShowYear={onShowYear}
        onCopyPermalink={permalink.copy}
        copyNotice={
          notice && (notice.copied ? t('card.linkCopied') : t('card.copyThisLink', { url: notice.url }))
        }
        tools={tools}
      />
      {view.hiddenByOthers && (
        <p className="card-host__note" role="status">
          {t('card.hiddenByFilters')}
        </p>
      )}
    </div>
  );
}
