// The open feature card with its notes: the copy notice, and why the feature may not be on the map.
import type { ReactNode } from 'react';
import type { CardView } from '../domain/derived-view';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import { FeatureCard } from './FeatureCard';

export interface CardHostProps {
  feature: MapFeature;
  view: CardView;
  lang: Lang;
  today: string;
  permalink: { url: string; notice: string | null; copy(): void };
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
        copyNotice={permalink.notice}
        tools={tools}
      />
      {view.hiddenByOthers && (
        <p className="card-host__note" role="status">
          This feature is hidden by the current status, kind or border filters.
        </p>
      )}
    </div>
  );
}
