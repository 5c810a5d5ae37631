// The card for the selected feature: a non-modal dialog named by the English name. All data is rendered as text.
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import { borderLabel, kindLabel } from '../domain/labels';
import { useT } from '../i18n/I18nProvider';
import { proseLang } from '../i18n/lang';
import { formatPartialDate } from '../domain/partial-date';
import {
  dateLine,
  dateSentence,
  formatCapacityFigure,
  formatLength,
  gaugeLine,
  gaugeNote,
  precisionPrefix,
  targetHistory,
} from '../domain/feature-view';
import { latestReport } from '../domain/timeline-view';
import { StatusBadge } from './StatusBadge';
import { FeatureTimeline } from './FeatureTimeline';
import { SourceList } from './SourceList';
import { Prose } from './Prose';
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
  const tr = useT();
  const en = proseLang(tr.lang);
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
  const date = dateLine(p, today, tr);
  const history = targetHistory(p, tr);
  const facts = p.facts;
  const gauge = gaugeLine(p, tr);
  const breakOfGauge = gaugeNote(p, tr);
  const report = latestReport(p, tr);
  const kindLine = [
    kindLabel(p.kind, tr),
    p.border && tr.t('card.border', { country: borderLabel(p.border, tr) }),
    p.pair?.ru && p.pair.foreign && `${p.pair.ru} ↔ ${p.pair.foreign}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="feature-card" role="dialog" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
      <header className="feature-card__header">
        <h2 className="feature-card__title" id={titleId} ref={titleRef} tabIndex={-1} lang={en}>
          {p.name.en}
        </h2>
        <button
          type="button"
          className="feature-card__close"
          aria-label={tr.t('card.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* Share, copy and cite first: on a phone the card is long, and these are what a reader came for. */}
      <div className="feature-card__actions">
        <button type="button" className="feature-card__button" onClick={onCopyPermalink}>
          {tr.t('card.copyLink')}
        </button>
        <a className="feature-card__permalink" href={permalink}>
          {tr.t('card.permalink')}
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
          {dateSentence(date, tr)}
          {date.overdue && <span className="feature-card__overdue">{tr.t('list.overdue')}</span>}
        </p>
        {p.closed && (
          <p className="feature-card__date">
            {tr.t('card.closed', { date: formatPartialDate(p.closed, tr) })}
          </p>
        )}
      </div>

      {hiddenBy && (
        <div className="feature-card__hidden">
          <p>{tr.t('card.notBuiltBy', { year: hiddenBy.year })}</p>
          {hiddenBy.dueYear !== null && (
            <button
              type="button"
              className="feature-card__button"
              onClick={() => hiddenBy.dueYear !== null && onShowYear(hiddenBy.dueYear)}
            >
              {tr.t('card.showYear', { year: hiddenBy.dueYear })}
            </button>
          )}
        </div>
      )}

      {history.length >= 2 && (
        <p className="feature-card__history">{tr.t('card.targetHistory', { steps: history.join(' → ') })}</p>
      )}
      {p.statusNote && (
        <p className="feature-card__note" lang={en}>
          {p.statusNote}
        </p>
      )}
      {report && <p className="feature-card__report">{report}</p>}
      {p.verification.confirmed && (
        <p className="feature-card__confirmed">
          {tr.t('card.confirmed')} <Prose>{p.verification.confirmed}</Prose>
        </p>
      )}

      {facts && (
        <dl className="feature-card__facts">
          {facts.capacity && facts.capacity.length > 0 && (
            <div className="feature-card__fact">
              <dt>{tr.t('card.capacity')}</dt>
              <dd>
                <ul className="feature-card__capacity">
                  {facts.capacity.map((c, i) => (
                    <li key={i}>
                      {formatCapacityFigure(c, tr)}
                      {c.note && (
                        <>
                          {' — '}
                          <Prose>{c.note}</Prose>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {gauge && (
            <div className="feature-card__fact">
              <dt>{tr.t('card.gauge')}</dt>
              <dd>
                {gauge}
                {breakOfGauge && <span className="feature-card__fact-note">{breakOfGauge}</span>}
                {facts.gauge?.note && (
                  <span className="feature-card__fact-note" lang={en}>
                    {facts.gauge.note}
                  </span>
                )}
              </dd>
            </div>
          )}
          {facts.lengthM !== undefined && (
            <div className="feature-card__fact">
              <dt>{tr.t('card.length')}</dt>
              <dd>{formatLength(facts.lengthM, tr)}</dd>
            </div>
          )}
          {facts.lanes !== undefined && (
            <div className="feature-card__fact">
              <dt>{tr.t('card.lanes')}</dt>
              <dd>{tr.number(facts.lanes)}</dd>
            </div>
          )}
          {facts.operator && (
            <div className="feature-card__fact">
              <dt>{tr.t('card.operator')}</dt>
              <dd lang={en}>{facts.operator}</dd>
            </div>
          )}
        </dl>
      )}

      <p className="feature-card__precision">
        {`${precisionPrefix(p, tr)}: `}
        <Prose>{p.location.note}</Prose>
        {p.location.rule === 'nearest-border-point' &&
          p.location.anchor &&
          ` ${tr.t('precision.rule', { anchor: p.location.anchor.name })}`}
      </p>
      {p.schematic && <p className="feature-card__precision">{tr.t('card.schematic')}</p>}

      <FeatureTimeline properties={p} />

      <h3 className="feature-card__subtitle">{tr.t('card.sources')}</h3>
      <SourceList properties={p} />

      <p className="feature-card__verified">
        {tr.t('card.verified', { date: formatPartialDate(p.verification.checked, tr) })}
      </p>
    </section>
  );
}
