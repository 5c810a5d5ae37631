// The legend doubles as the filter: groups of toggles (mode, gauge, kind, status), each showing how many features
// it would show with the other filters as they are, with "only this" per entry and a reset per group.
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { FacetCounts } from '../domain/derived-view';
import type { Facet, FacetValue, FilterState } from '../domain/filters';
import { FACET_VALUES } from '../domain/filters';
import { gaugeLabel, kindLabel, modeLabel, statusLabel } from '../domain/labels';
import type { Kind, Status } from '../domain/vocabulary';
import { KindIcon, StatusSwatchIcon } from './KindIcon';
import './components.css';
import './panel.css';
import './quality.css';
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { useT } from '../i18n/I18nProvider';

export interface LegendProps {
  /** Null while the data loads: the entries show a placeholder, not zeros. */
  counts: FacetCounts | null;
  filters: FilterState;
  onToggle(facet: Facet, value: string): void;
  onOnly(facet: Facet, value: string): void;
  onReset(facet: Facet): void;
  /** How many of the shown features are overdue (target passed, no confirmed opening). */
  overdueCount?: number;
}

interface GroupSpec {
  facet: Facet;
  title: MessageKey;
  /** "Show all …". */
  reset: MessageKey;
  label(value: string, tr: Translator): string;
  icon?(value: string): ReactNode;
}

const GROUPS: readonly GroupSpec[] = [
  {
    facet: 'modes',
    title: 'legend.modes',
    reset: 'legend.showAllModes',
    label: (v, tr) => modeLabel(v as FacetValue['modes'], tr),
  },
  {
    facet: 'gauges',
    title: 'legend.gauges',
    reset: 'legend.showAllGauges',
    label: (v, tr) => gaugeLabel(v as FacetValue['gauges'], tr),
  },
  {
    facet: 'kinds',
    title: 'legend.kinds',
    reset: 'legend.showAllKinds',
    label: (v, tr) => kindLabel(v as Kind, tr),
    icon: (v) => <KindIcon kind={v as Kind} />,
  },
  {
    facet: 'statuses',
    title: 'legend.statuses',
    reset: 'legend.showAllStatuses',
    label: (v, tr) => statusLabel(v as Status, tr),
    icon: (v) => <StatusSwatchIcon status={v as Status} />,
  },
];

export function Legend({ counts, filters, onToggle, onOnly, onReset, overdueCount }: LegendProps) {
  const tr = useT();
  return (
    <div className="legend" aria-busy={counts === null}>
      {GROUPS.map((g) => {
        const on = filters[g.facet] as readonly string[] | null;
        return (
          <LegendGroup
            key={g.facet}
            title={tr.t(g.title)}
            reset={
              on !== null && (
                <button type="button" className="legend__reset" onClick={() => onReset(g.facet)}>
                  {tr.t(g.reset)}
                </button>
              )
            }
          >
            {FACET_VALUES[g.facet].map((value) => (
              <LegendEntry
                key={value}
                icon={g.icon?.(value)}
                label={g.label(value, tr)}
                count={counts ? ((counts[g.facet] as Record<string, number>)[value] ?? 0) : null}
                pressed={on === null || on.includes(value)}
                onToggle={() => onToggle(g.facet, value)}
                onOnly={() => onOnly(g.facet, value)}
              />
            ))}
            {g.facet === 'statuses' && overdueCount !== undefined && (
              <li className="legend__overdue">
                <span className="feature-list__overdue" aria-hidden="true">
                  {tr.t('list.overdue')}
                </span>
                <span className="legend__label">{tr.t('legend.overdue')}</span>{' '}
                <span className="legend__count">{tr.number(overdueCount)}</span>
              </li>
            )}
          </LegendGroup>
        );
      })}
    </div>
  );
}

function LegendGroup({ title, reset, children }: { title: string; reset: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    // A group, not a landmark region: small sets of toggles should not crowd the landmarks list.
    <div className="legend__group" role="group" aria-labelledby={titleId}>
      <div className="legend__head">
        <h3 className="legend__title" id={titleId}>
          {title}
        </h3>
        {reset}
      </div>
      <ul className="legend__list" role="list">
        {children}
      </ul>
    </div>
  );
}

interface LegendEntryProps {
  icon: ReactNode;
  label: string;
  /** Null while loading. */
  count: number | null;
  pressed: boolean;
  onToggle(): void;
  onOnly(): void;
}

function LegendEntry({ icon, label, count, pressed, onToggle, onOnly }: LegendEntryProps) {
  const tr = useT();
  return (
    <li className="legend__item">
      <button type="button" className="legend__entry" aria-pressed={pressed} onClick={onToggle}>
        {icon}
        <span className="legend__label">{label}</span>{' '}
        {count === null ? (
          <span className="legend__count legend__count--loading" aria-hidden="true" />
        ) : (
          <span className="legend__count">{tr.number(count)}</span>
        )}
      </button>
      <button
        type="button"
        className="legend__only"
        aria-label={tr.t('legend.onlyLabel', { label })}
        onClick={onOnly}
      >
        {tr.t('legend.only')}
      </button>
    </li>
  );
}
