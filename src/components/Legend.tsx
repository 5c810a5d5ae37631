// The legend doubles as the kind and status filter: each entry is a toggle showing how many features it shows now.
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { FilterState } from '../domain/filters';
import type { Kind, Status } from '../domain/vocabulary';
import { KINDS, KIND_LABEL, STATUSES, STATUS_LABEL } from '../domain/vocabulary';
import { KindIcon, StatusSwatchIcon } from './KindIcon';
import './components.css';
import './quality.css';

export interface LegendProps {
  kindCounts: Record<Kind, number>;
  statusCounts: Record<Status, number>;
  filters: FilterState;
  onToggleKind(kind: Kind): void;
  onToggleStatus(status: Status): void;
  /** How many of the shown features are overdue (target passed, no confirmed opening). */
  overdueCount?: number;
}

export function Legend({
  kindCounts,
  statusCounts,
  filters,
  onToggleKind,
  onToggleStatus,
  overdueCount,
}: LegendProps) {
  return (
    <div className="legend">
      <LegendGroup title="Kinds">
        {KINDS.map((kind) => (
          <LegendEntry
            key={kind}
            icon={<KindIcon kind={kind} />}
            label={KIND_LABEL[kind]}
            count={kindCounts[kind]}
            pressed={filters.kinds === null || filters.kinds.includes(kind)}
            onToggle={() => onToggleKind(kind)}
          />
        ))}
      </LegendGroup>
      <LegendGroup title="Status">
        {STATUSES.map((status) => (
          <LegendEntry
            key={status}
            icon={<StatusSwatchIcon status={status} />}
            label={STATUS_LABEL[status]}
            count={statusCounts[status]}
            pressed={filters.statuses === null || filters.statuses.includes(status)}
            onToggle={() => onToggleStatus(status)}
          />
        ))}
        {overdueCount !== undefined && (
          <li className="legend__overdue">
            <span className="feature-list__overdue" aria-hidden="true">
              overdue
            </span>
            <span className="legend__label">Overdue: target passed, not open</span>{' '}
            <span className="legend__count">{overdueCount}</span>
          </li>
        )}
      </LegendGroup>
    </div>
  );
}

function LegendGroup({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    // A group, not a landmark region: two small sets of toggles should not crowd the landmarks list.
    <div className="legend__group" role="group" aria-labelledby={titleId}>
      <h3 className="legend__title" id={titleId}>
        {title}
      </h3>
      <ul className="legend__list" role="list">
        {children}
      </ul>
    </div>
  );
}

interface LegendEntryProps {
  icon: ReactNode;
  label: string;
  count: number;
  pressed: boolean;
  onToggle(): void;
}

function LegendEntry({ icon, label, count, pressed, onToggle }: LegendEntryProps) {
  return (
    <li>
      <button type="button" className="legend__entry" aria-pressed={pressed} onClick={onToggle}>
        {icon}
        <span className="legend__label">{label}</span> <span className="legend__count">{count}</span>
      </button>
    </li>
  );
}
