// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BorderFilter } from '../../src/components/BorderFilter';
import type { Border } from '../../src/domain/vocabulary';

afterEach(cleanup);

function renderFilter(borders: Border[] | null) {
  const onChange = vi.fn();
  render(<BorderFilter borders={borders} onChange={onChange} />);
  return onChange;
}

const china = () => screen.getByRole('button', { name: 'China' });
const korea = () => screen.getByRole('button', { name: 'North Korea' });

describe('BorderFilter', () => {
  it('shows both borders pressed when there is no restriction', () => {
    renderFilter(null);
    expect(screen.getByRole('group', { name: 'Border' })).toBeInTheDocument();
    expect(china()).toHaveAttribute('aria-pressed', 'true');
    expect(korea()).toHaveAttribute('aria-pressed', 'true');
  });

  it('switching one off from both leaves the other', async () => {
    const user = userEvent.setup();
    const onChange = renderFilter(null);
    await user.click(china());
    expect(onChange).toHaveBeenCalledWith(['kp']);
  });

  it('switching the second back on means no restriction (null)', async () => {
    const user = userEvent.setup();
    const onChange = renderFilter(['kp']);
    expect(china()).toHaveAttribute('aria-pressed', 'false');
    expect(korea()).toHaveAttribute('aria-pressed', 'true');
    await user.click(china());
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('can switch both off', async () => {
    const user = userEvent.setup();
    const onChange = renderFilter(['cn']);
    await user.click(china());
    expect(onChange).toHaveBeenCalledWith([]);
  });
});
