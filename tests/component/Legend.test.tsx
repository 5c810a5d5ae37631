// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Legend } from '../../src/components/Legend';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import type { FilterState } from '../../src/domain/filters';
import { KINDS, STATUSES } from '../../src/domain/vocabulary';
import type { Kind, Status } from '../../src/domain/vocabulary';

afterEach(cleanup);

const kindCounts = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<Kind, number>;
const statusCounts = Object.fromEntries(STATUSES.map((s, i) => [s, 10 + i])) as Record<Status, number>;

function renderLegend(filters: FilterState = DEFAULT_FILTERS, overdueCount?: number) {
  const onToggleKind = vi.fn();
  const onToggleStatus = vi.fn();
  render(
    <Legend
      kindCounts={kindCounts}
      statusCounts={statusCounts}
      filters={filters}
      onToggleKind={onToggleKind}
      onToggleStatus={onToggleStatus}
      overdueCount={overdueCount}
    />,
  );
  return { onToggleKind, onToggleStatus };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('Legend', () => {
  it('lists every kind and status with the count shown now', () => {
    renderLegend();
    expect(within(group('Kinds')).getAllByRole('button')).toHaveLength(KINDS.length);
    expect(within(group('Status')).getAllByRole('button')).toHaveLength(STATUSES.length);
    expect(screen.getByRole('button', { name: 'Road bridge 4' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rare-earth deposit 9' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Under construction 11' })).toBeInTheDocument();
  });

  it('draws each entry as an inline SVG symbol; the corridor as a line', () => {
    renderLegend();
    const corridor = screen.getByRole('button', { name: /^Corridor/ });
    const path = corridor.querySelector('svg path');
    expect(path).toHaveAttribute('d', 'M2 12h20');
    expect(path).toHaveAttribute('fill', 'none');
    const planned = screen.getByRole('button', { name: /^Planned/ }).querySelector('svg circle');
    expect(planned).toHaveAttribute('stroke-dasharray');
    expect(planned).toHaveAttribute('fill', '#ffffff');
    const operational = screen.getByRole('button', { name: /^Operational/ }).querySelector('svg circle');
    expect(operational).not.toHaveAttribute('stroke-dasharray');
    expect(operational).toHaveAttribute('fill', '#0f7b3a');
  });

  it('marks everything pressed when nothing is filtered', () => {
    renderLegend();
    for (const button of screen.getAllByRole('button'))
      expect(button).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks only the included kinds and statuses pressed', () => {
    renderLegend({ ...DEFAULT_FILTERS, kinds: ['port', 'corridor'], statuses: ['planned'] });
    expect(screen.getByRole('button', { name: /^Port/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Corridor/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Road bridge/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /^Planned/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Operational/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('calls back with the toggled kind or status', async () => {
    const user = userEvent.setup();
    const { onToggleKind, onToggleStatus } = renderLegend();
    await user.click(screen.getByRole('button', { name: /^Cable car/ }));
    expect(onToggleKind).toHaveBeenCalledWith('cable-car');
    await user.click(screen.getByRole('button', { name: /^Suspended/ }));
    expect(onToggleStatus).toHaveBeenCalledWith('suspended');
    expect(onToggleKind).toHaveBeenCalledTimes(1);
  });

  it('shows how many shown features are overdue, as a marker that is not a filter toggle', () => {
    renderLegend(DEFAULT_FILTERS, 2);
    const status = group('Status');
    const entry = within(status).getByText('Overdue: target passed, not open').closest('li');
    expect(entry).toHaveTextContent('Overdue: target passed, not open 2');
    expect(within(entry as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(within(status).getAllByRole('button')).toHaveLength(STATUSES.length);
  });
});
