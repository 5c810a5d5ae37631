// The card for the selected feature: a non-modal dialog named by the English name. All data is rendered as text.
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import { BORDER_LABEL, KIND_LABEL } from '../domain/vocabulary';
import { formatPartialDate } from '../domain/partial-date';
import {
  dateLine,
  dateSentence,
  formatCapacity,
  formatLength,
  gaugeLine,
  gaugeNote,
  precisionNote,
  targetHistory,
} from '../domain/feature-view';
import { latestReport } from '../domain/timeline-view';
import { StatusBadge } from './StatusBadge';
import { FeatureTimeline } from './FeatureTimeline';
import { SourceList } from './SourceList';
import './components.css';

export interface FeatureCardProps {
  feature: MapFeature;
  lang: Lang;
  today: string;
  /** Set when the chosen year hides this feature: that year, and the year it opens or is due (if any). */
  hiddenBy: { year: number; dueYear: number | null } | null;
  permalink: string;
  onClose(): void;
  onShowYear(year: number): void;
  onCopyPermalink(): void;
  /** What the last copy did ("Link copied"), shown beside the copy button. */
  copyNotice?: string | null;
  /** Extra controls beside the copy button (the "Cite" button). */
  tools?: ReactNode;
}

const OTHER_LANGS = ['ru', 'zh', 'ko'] as const;

export function FeatureCard({
  feature,
  lang,
  today,
  hiddenBy,
  permalink,
  onClose,
  onShowYear,
  onCopyPermalink,
  copyNotice = null,
  tools,
}: FeatureCardProps) {
  const p = feature.properties;
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  // When the card closes, focus returns to where it was when the card opened (a list row, the map), so keyboard
  // users keep their place.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener && opener !== document.body && document.contains(opener)) opener.focus();
    };
  }, []);

  // Keyboard and screen-reader users land in the card when a new feature is selected (from the map or the list).
  useEffect(() => {
    titleRef.current?.focus();
  }, [feature.id]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  }

  // The chosen language first: it is the one the reader asked for.
  const otherNames = [...OTHER_LANGS]
    .sort((a, b) => Number(b === lang) - Number(a === lang))
    .flatMap((l) => (p.name[l] ? [{ lang: l, name: p.name[l] }] : []));
  const date = dateLine(p, today);
  const history = targetHistory(p);
  const facts = p.facts;
  const gauge = gaugeLine(p);
  const breakOfGauge = gaugeNote(p);
  const report = latestReport(p);
  const kindLine = [
    KIND_LABEL[p.kind],
    p.border && `Russia–${BORDER_LABEL[p.border]} border`,
    p.pair?.ru && p.pair.foreign && `${p.pair.ru} ↔ ${p.pair.foreign}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="feature-card" role="dialog" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
      <header className="feature-card__header">
        <h2 className="feature-card__title" id={titleId} ref={titleRef} tabIndex={-1}>
          {p.name.en}
        </h2>
        <button type="button" className="feature-card__close" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* Share, copy and cite first: on a phone the card is long, and these are what a reader came for. */}
      <div className="feature-card__actions">
        <button type="button" className="feature-card__button" onClick={onCopyPermalink}>
          Copy link to this feature
        </button>
        <a className="feature-card__permalink" href={permalink}>
          Permalink
        </a>
        {tools}
        {copyNotice && (
          <p className="feature-card__copy-notice" role="status">
            {copyNotice}
          </p>
        )}
      </div>

      {otherNames.length > 0 && (
        <ul className="feature-card__names">
          {otherNames.map((n) => (
            <li
              key={n.lang}
              className={
                n.lang === lang ? 'feature-card__name feature-card__name--chosen' : 'feature-card__name'
              }
            >
              <span lang={n.lang}>{n.name}</span>
            </li>
          ))}
        </ul>
      )}

      <p className="feature-card__kind">{kindLine}</p>

      <div className="feature-card__status-row">
        <StatusBadge status={p.status} />
        <p className="feature-card__date">
          {dateSentence(date)}
          {date.overdue && <span className="feature-card__overdue">overdue</span>}
        </p>
        {p.closed && <p className="feature-card__date">{`Closed ${formatPartialDate(p.closed)}`}</p>}
      </div>

      {hiddenBy && (
        <div className="feature-card__hidden">
          <p>{`Not built by end of ${hiddenBy.year}`}</p>
          {hiddenBy.dueYear !== null && (
            <button
              type="button"
              className="feature-card__button"
              onClick={() => hiddenBy.dueYear !== null && onShowYear(hiddenBy.dueYear)}
            >
              {`Show ${hiddenBy.dueYear}`}
            </button>
          )}
        </div>
      )}

      {history.length >= 2 && (
        <p className="feature-card__history">{`Target history: ${history.join(' → ')}`}</p>
      )}
      {p.statusNote && <p className="feature-card__note">{p.statusNote}</p>}
      {report && <p className="feature-card__report">{report}</p>}
      {p.verification.confirmed && (
        <p className="feature-card__confirmed">{`It confirmed: ${p.verification.confirmed}`}</p>
      )}

      {facts && (
        <dl className="feature-card__facts">
          {facts.capacity && facts.capacity.length > 0 && (
            <div className="feature-card__fact">
              <dt>Capacity</dt>
              <dd>
                <ul className="feature-card__capacity">
                  {facts.capacity.map((c, i) => (
                    <li key={i}>{formatCapacity(c)}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {gauge && (
            <div className="feature-card__fact">
              <dt>Gauge</dt>
              <dd>
                {gauge}
                {breakOfGauge && <span className="feature-card__fact-note">{breakOfGauge}</span>}
                {facts.gauge?.note && <span className="feature-card__fact-note">{facts.gauge.note}</span>}
              </dd>
            </div>
          )}
          {facts.lengthM !== undefined && (
            <div className="feature-card__fact">
              <dt>Length</dt>
              <dd>{formatLength(facts.lengthM)}</dd>
            </div>
          )}
          {facts.lanes !== undefined && (
            <div className="feature-card__fact">
              <dt>Lanes</dt>
              <dd>{facts.lanes}</dd>
            </div>
          )}
          {facts.operator && (
            <div className="feature-card__fact">
              <dt>Operator</dt>
              <dd>{facts.operator}</dd>
            </div>
          )}
        </dl>
      )}

      <p className="feature-card__precision">{precisionNote(p)}</p>
      {p.schematic && (
        <p className="feature-card__precision">Schematic line: it shows the link, not a surveyed route.</p>
      )}

      <FeatureTimeline properties={p} />

      <h3 className="feature-card__subtitle">Sources</h3>
      <SourceList properties={p} />

      <p className="feature-card__verified">{`Last verified ${formatPartialDate(p.verification.checked)}`}</p>
    </section>
  );
}
