// The legend doubles as the filter: groups of toggles (mode, gauge, kind, status), each showing how many features
// it would show with the other filters as they are, with "only this" per entry and a reset per group.
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { FacetCounts } from '../domain/derived-view';
import type { Facet, FacetValue, FilterState } from '../domain/filters';
import { FACET_VALUES } from '../domain/filters';
import { GAUGE_LABEL, MODE_LABEL } from '../domain/modes';
import { KIND_LABEL, STATUS_LABEL } from '../domain/vocabulary';
import type { Kind, Status } from '../domain/vocabulary';
import { KindIcon, StatusSwatchIcon } from './KindIcon';
import './components.css';
import './panel.css';
import './quality.css';

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
  title: string;
  /** What "Show all …" names. */
  plural: string;
  label(value: string): string;
  icon?(value: string): ReactNode;
}

const GROUPS: readonly GroupSpec[] = [
  { facet: 'modes', title: 'Mode', plural: 'modes', label: (v) => MODE_LABEL[v as FacetValue['modes']] },
  { facet: 'gauges', title: 'Gauge', plural: 'gauges', label: (v) => GAUGE_LABEL[v as FacetValue['gauges']] },
  {
    facet: 'kinds',
    title: 'Kinds',
    plural: 'kinds',
    label: (v) => KIND_LABEL[v as Kind],
    icon: (v) => <KindIcon kind={v as Kind} />,
  },
  {
    facet: 'statuses',
    title: 'Status',
    plural: 'statuses',
    label: (v) => STATUS_LABEL[v as Status],
    icon: (v) => <StatusSwatchIcon status={v as Status} />,
  },
];

export function Legend({ counts, filters, onToggle, onOnly, onReset, overdueCount }: LegendProps) {
  return (
    <div className="legend" aria-busy={counts === null}>
      {GROUPS.map((g) => {
        const on = filters[g.facet] as readonly string[] | null;
        return (
          <LegendGroup
            key={g.facet}
            title={g.title}
            reset={
              on !== null && (
                <button type="button" className="legend__reset" onClick={() => onReset(g.facet)}>
                  {`Show all ${g.plural}`}
                </button>
              )
            }
          >
            {FACET_VALUES[g.facet].map((value) => (
              <LegendEntry
                key={value}
                icon={g.icon?.(value)}
                label={g.label(value)}
                count={counts ? ((counts[g.facet] as Record<string, number>)[value] ?? 0) : null}
                pressed={on === null || on.includes(value)}
                onToggle={() => onToggle(g.facet, value)}
                onOnly={() => onOnly(g.facet, value)}
              />
            ))}
            {g.facet === 'statuses' && overdueCount !== undefined && (
              <li className="legend__overdue">
                <span className="feature-list__overdue" aria-hidden="true">
                  overdue
                </span>
                <span className="legend__label">Overdue: target passed, not open</span>{' '}
                <span className="legend__count">{overdueCount}</span>
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
  return (
    <li className="legend__item">
      <button type="button" className="legend__entry" aria-pressed={pressed} onClick={onToggle}>
        {icon}
        <span className="legend__label">{label}</span>{' '}
        {count === null ? (
          <span className="legend__count legend__count--loading" aria-hidden="true" />
        ) : (
          <span className="legend__count">{count}</span>
        )}
      </button>
      <button type="button" className="legend__only" aria-label={`Only ${label}`} onClick={onOnly}>
        only
      </button>
    </li>
  );
}
