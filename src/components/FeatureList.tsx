// The text alternative to the map: every shown feature, grouped by border section, or best match first while a
// search runs. Arrow keys move between the entries. A long list renders a page at a time (domain/list-page.ts),
// with "Show more" below it.
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import { sectionLabel } from '../domain/labels';
import { useT } from '../i18n/I18nProvider';
import {
  dateLine,
  displayLang,
  displayName,
  groupBySection,
  listDateText,
  listItemLabel,
} from '../domain/feature-view';
import { firstEntries, LIST_PAGE, renderedCount } from '../domain/list-page';
import { StatusBadge } from './StatusBadge';
import './components.css';

export interface FeatureListProps {
  /** Already filtered to what is shown (the shared visibility rule). */
  features: MapFeature[];
  lang: Lang;
  today: string;
  selectedId: string | null;
  /** A search runs: the features come best match first, shown as one group in that order. */
  searching?: boolean;
  /** The data is still loading: say so, not "no features match". */
  loading?: boolean;
  onSelect(id: string): void;
  /** The list element (skip links focus into it). */
  ref?: Ref<HTMLUListElement>;
}

const ITEM = 'feature-list__item';

/** Up and Down move to the previous and next entry, Home and End to the first and last. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(`button.${ITEM}`)];
  const i = items.indexOf(event.target as HTMLButtonElement);
  if (i < 0) return;
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
}

/** Memoised: the app hands it a deferred feature array, so a filter change reaches the map before the list. */
export const FeatureList = memo(function FeatureList({
  features,
  lang,
  today,
  selectedId,
  searching = false,
  loading = false,
  onSelect,
  ref,
}: FeatureListProps) {
  const tr = useT();
  const groupId = useId();
  const selectedRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [requested, setRequested] = useState(LIST_PAGE);
  /** The entry to focus once "Show more" has rendered the next page (its first new entry). */
  const focusAfterMore = useRef<number | null>(null);

  // A selection made on the map must be visible in the list too.
  useEffect(() => {
    const row = selectedRef.current;
    // jsdom has no layout and may lack scrollIntoView.
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const groups: { section: string; title: string; features: MapFeature[] }[] = searching
    ? features.length > 0
      ? [{ section: 'results' as const, title: tr.t('list.results'), features }]
      : []
    : groupBySection(features).map((g) => ({ ...g, title: sectionLabel(g.section, tr) }));
  const page = firstEntries(
    groups,
    renderedCount(groups, requested, (f) => f.id === selectedId),
  );

  useEffect(() => {
    const index = focusAfterMore.current;
    if (index === null) return;
    focusAfterMore.current = null;
    rootRef.current?.querySelectorAll<HTMLButtonElement>(`button.${ITEM}`)[index]?.focus();
  });

  const showMore = () => {
    focusAfterMore.current = page.shown;
    setRequested(page.shown + LIST_PAGE);
  };

  return (
    <div className="feature-list" ref={rootRef}>
      {/* role="list" is explicit because Safari drops list semantics from unstyled lists. */}
      <ul
        className="feature-list__groups"
        role="list"
        aria-label={tr.t('list.label')}
        id="feature-list"
        tabIndex={-1}
        ref={ref}
        onKeyDown={moveFocus}
      >
        {page.groups.map(({ section, title, features: inSection }) => (
          <li key={section} className="feature-list__group">
            <h3 className="feature-list__group-title" id={`${groupId}-${section}`}>
              {title}
            </h3>
            <ul className="feature-list__items" role="list" aria-labelledby={`${groupId}-${section}`}>
              {inSection.map((feature) => {
                const p = feature.properties;
                const selected = feature.id === selectedId;
                const date = dateLine(p, today, tr);
                return (
                  <li key={feature.id}>
                    <button
                      type="button"
                      ref={selected ? selectedRef : undefined}
                      className={selected ? `${ITEM} ${ITEM}--selected` : ITEM}
                      aria-current={selected ? 'true' : undefined}
                      aria-label={listItemLabel(p, lang, today, tr)}
                      data-feature-id={feature.id}
                      onClick={() => onSelect(feature.id)}
                    >
                      <span className="feature-list__name" lang={displayLang(p, lang)}>
                        {displayName(p, lang)}
                      </span>{' '}
                      {/* The spaces between the parts keep the visible text a word-for-word part of the label. */}
                      <span className="feature-list__meta">
                        <StatusBadge status={p.status} />{' '}
                        <span className="feature-list__date">{listDateText(p, tr)}</span>
                        {date.overdue && (
                          <>
                            {' '}
                            <span className="feature-list__overdue">{tr.t('list.overdue')}</span>
                          </>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {page.shown < page.total && (
        <p className="feature-list__more">
          <span>{tr.t('list.partial', { shown: tr.number(page.shown), total: tr.number(page.total) })}</span>{' '}
          <button type="button" onClick={showMore}>
            {tr.t('list.showMore', { count: tr.number(Math.min(LIST_PAGE, page.total - page.shown)) })}
          </button>
        </p>
      )}
      {groups.length === 0 && (
        <p className="feature-list__empty">{loading ? tr.t('year.loading') : tr.t('list.empty')}</p>
      )}
    </div>
  );
});
