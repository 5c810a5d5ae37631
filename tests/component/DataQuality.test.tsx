// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataQuality } from '../../src/components/DataQuality';
import { FEATURES, FIXTURE_TODAY } from '../fixtures/features';

afterEach(cleanup);

describe('DataQuality', () => {
  it('opens from a button named "Data quality" and shows the counts', async () => {
    const user = userEvent.setup();
    render(<DataQuality features={FEATURES} today={FIXTURE_TODAY} onSelect={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Data quality' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: /^Data quality of \d+ features/ });
    const exact = FEATURES.filter((f) => f.properties.location.precision === 'exact').length;
    expect(
      within(panel).getByText(`Exact: coordinates printed for this object: ${exact}`),
    ).toBeInTheDocument();
    // Every fixture source is from 2016–2025, so none is under 6 months old on 26 Nov 2026.
    expect(within(panel).getByText('Newest source under 6 months old: 0')).toBeInTheDocument();
    await user.click(button);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('lists the overdue features and the ones checked longest ago, each opening its card', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const features = FEATURES.map((f) =>
      f.id === 'example-corridor'
        ? { ...f, properties: { ...f.properties, verification: { checked: '2025-01-05' } } }
        : f,
    );
    render(<DataQuality features={features} today={FIXTURE_TODAY} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Data quality' }));
    const overdueHeading = screen.getByRole('heading', { name: 'Overdue (1)' });
    const overdue = overdueHeading.nextElementSibling as HTMLElement;
    expect(overdue).toHaveTextContent('Khasan–Tumangang Road Bridge: target summer 2026 has passed');
    await user.click(within(overdue).getByRole('button', { name: 'Khasan–Tumangang Road Bridge' }));
    expect(onSelect).toHaveBeenCalledWith('khasan-tumangang-road-bridge');

    const oldest = screen.getByRole('heading', { name: 'Checked longest ago' })
      .nextElementSibling as HTMLElement;
    const first = within(oldest).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(/^Example Corridor: checked 5 Jan 2025, newest source/);
    await user.click(within(first).getByRole('button'));
    expect(onSelect).toHaveBeenLastCalledWith('example-corridor');
  });
});
