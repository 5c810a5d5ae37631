// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Legend } from '../../src/components/Legend';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import type { FilterState } from '../../src/domain/filters';
import { KINDS, STATUSES } from '../../src/domain/vocabulary';
import { GAUGES, MODES } from '../../src/domain/modes';
import { facetCounts } from '../fixtures/facet-counts';

afterEach(cleanup);

// Kinds count 0, 1, 2 …, statuses 10, 11 …, modes 20 …, gauges 30 ….
const counts = facetCounts((facet, i) => ({ kinds: 0, statuses: 10, modes: 20, gauges: 30 })[facet] + i);

function renderLegend(filters: FilterState = DEFAULT_FILTERS, loading = false, overdueCount?: number) {
  const onToggle = vi.fn();
  const onOnly = vi.fn();
  const onReset = vi.fn();
  render(
    <Legend
      counts={loading ? null : counts}
      filters={filters}
      onToggle={onToggle}
      onOnly={onOnly}
      onReset={onReset}
      overdueCount={overdueCount}
    />,
  );
  return { onToggle, onOnly, onReset };
}

const group = (name: string) => screen.getByRole('group', { name });
/** The entries' toggles (the "only" buttons beside them carry no pressed state). */
const toggles = (within_: HTMLElement = document.body) =>
  within(within_)
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('aria-pressed'));

describe('Legend', () => {
  it('lists every kind and status with the count shown now', () => {
    renderLegend();
    expect(toggles(group('Kinds'))).toHaveLength(KINDS.length);
    expect(toggles(group('Status'))).toHaveLength(STATUSES.length);
    expect(toggles(group('Mode'))).toHaveLength(MODES.length);
    expect(toggles(group('Gauge'))).toHaveLength(GAUGES.length);
    expect(screen.getByRole('button', { name: 'Rail 20' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Break of gauge 33' })).toBeInTheDocument();
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
    expect(toggles()).toHaveLength(KINDS.length + STATUSES.length + MODES.length + GAUGES.length);
    for (const button of toggles()) expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
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
    const { onToggle } = renderLegend();
    await user.click(within(group('Kinds')).getByRole('button', { name: /^Cable car/ }));
    expect(onToggle).toHaveBeenCalledWith('kinds', 'cable-car');
    await user.click(screen.getByRole('button', { name: /^Suspended/ }));
    expect(onToggle).toHaveBeenLastCalledWith('statuses', 'suspended');
    expect(onToggle.mock.calls.filter((c) => c[0] === 'kinds')).toHaveLength(1);
  });

  it('offers "only this" for every entry, and a reset where a group is filtered', async () => {
    const user = userEvent.setup();
    const { onOnly, onReset } = renderLegend({ ...DEFAULT_FILTERS, modes: ['rail'] });
    expect(screen.getAllByRole('button', { name: /^Only / })).toHaveLength(
      KINDS.length + STATUSES.length + MODES.length + GAUGES.length,
    );
    await user.click(screen.getByRole('button', { name: 'Only Railway bridge' }));
    expect(onOnly).toHaveBeenCalledWith('kinds', 'railway-bridge');
    expect(screen.getAllByRole('button', { name: /^Show all/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show all modes' }));
    expect(onReset).toHaveBeenCalledWith('modes');
  });

  it('shows no counts while loading, never zeros', () => {
    renderLegend(DEFAULT_FILTERS, true);
    const countCells = [...document.querySelectorAll('.legend__count')];
    expect(countCells).toHaveLength(toggles().length);
    for (const cell of countCells) expect(cell.textContent).toBe('');
    expect(document.querySelector('.legend')).toHaveAttribute('aria-busy', 'true');
  });

  it('shows how many shown features are overdue, as a marker that is not a filter toggle', () => {
    renderLegend(DEFAULT_FILTERS, false, 2);
    const status = group('Status');
    const entry = within(status).getByText('Overdue: target passed, not open').closest('li');
    expect(entry).toHaveTextContent('Overdue: target passed, not open 2');
    expect(within(entry as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    // Each status entry has its toggle and its "only" button; the overdue marker adds none.
    expect(within(status).getAllByRole('button')).toHaveLength(STATUSES.length * 2);
  });
});
