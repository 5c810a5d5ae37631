// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YearControl } from '../../src/components/YearControl';
import type { YearControlProps } from '../../src/components/YearControl';
import { changesInYear } from '../../src/domain/year-changes';
import { FEATURES } from '../fixtures/features';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const RANGE: [number, number] = [2020, 2024];

function renderControl(overrides: Partial<YearControlProps> = {}) {
  const props: YearControlProps = {
    year: 2022,
    range: RANGE,
    shownCount: 41,
    ghost: false,
    changes: null,
    onYearChange: vi.fn(),
    onGhostChange: vi.fn(),
    ...overrides,
  };
  const view = render(<YearControl {...props} />);
  return { ...view, props };
}

/** Holds the year like the app does, so playback sees its own steps. */
function StatefulControl({
  initial,
  onYearChange,
}: {
  initial: number | null;
  onYearChange(y: number | null): void;
}) {
  const [year, setYear] = useState<number | null>(initial);
  return (
    <YearControl
      year={year}
      range={RANGE}
      shownCount={3}
      ghost={false}
      changes={null}
      onYearChange={(y) => {
        onYearChange(y);
        setYear(y);
      }}
      onGhostChange={() => {}}
    />
  );
}

const slider = () => screen.getByRole('slider', { name: 'Year' });

describe('YearControl', () => {
  it('is a range input named exactly "Year" spanning the range', () => {
    renderControl();
    expect(slider()).toHaveAttribute('type', 'range');
    expect(slider()).toHaveAccessibleName('Year');
    expect(slider()).toHaveAttribute('min', '2020');
    expect(slider()).toHaveAttribute('max', '2024');
    expect(slider()).toHaveValue('2022');
  });

  it('reports a year chosen on the slider', () => {
    const { props } = renderControl();
    fireEvent.change(slider(), { target: { value: '2023' } });
    expect(props.onYearChange).toHaveBeenCalledWith(2023);
  });

  it('rests at the end of the range with "All years" checked when no year is set', () => {
    renderControl({ year: null, shownCount: 57 });
    expect(slider()).toHaveValue('2024');
    expect(screen.getByRole('checkbox', { name: 'All years' })).toBeChecked();
    expect(screen.getByText('All years: 57 features')).toBeInTheDocument();
  });

  it('switches "All years" on and off', async () => {
    const user = userEvent.setup();
    const { props, rerender } = renderControl({ year: 2021 });
    const allYears = screen.getByRole('checkbox', { name: 'All years' });
    expect(allYears).not.toBeChecked();
    await user.click(allYears);
    expect(props.onYearChange).toHaveBeenLastCalledWith(null);

    rerender(<YearControl {...props} year={null} />);
    await user.click(screen.getByRole('checkbox', { name: 'All years' }));
    // Unchecking picks the year the slider shows.
    expect(props.onYearChange).toHaveBeenLastCalledWith(2024);
  });

  it('captions the network by the chosen year', () => {
    renderControl({ year: 2026, shownCount: 41 });
    expect(screen.getByText('Network by end of 2026: 41 features')).toBeInTheDocument();
  });

  it('uses the singular for one feature', () => {
    renderControl({ year: 2026, shownCount: 1 });
    expect(screen.getByText('Network by end of 2026: 1 feature')).toBeInTheDocument();
  });

  it('toggles ghosting', async () => {
    const user = userEvent.setup();
    const { props } = renderControl({ ghost: true });
    const ghost = screen.getByRole('checkbox', { name: 'Show later features ghosted' });
    expect(ghost).toBeChecked();
    await user.click(ghost);
    expect(props.onGhostChange).toHaveBeenCalledWith(false);
  });

  it('plays one year per second from the current year and stops at the end', () => {
    vi.useFakeTimers();
    const onYearChange = vi.fn();
    render(<StatefulControl initial={2022} onYearChange={onYearChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(onYearChange).not.toHaveBeenCalled();

    act(() => vi.advanceTimersByTime(999));
    expect(slider()).toHaveValue('2022');
    act(() => vi.advanceTimersByTime(1));
    expect(slider()).toHaveValue('2023');
    act(() => vi.advanceTimersByTime(1000));
    expect(slider()).toHaveValue('2024');

    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(5000));
    expect(onYearChange.mock.calls).toEqual([[2023], [2024]]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts from the first year when at the end or showing all years', () => {
    vi.useFakeTimers();
    const onYearChange = vi.fn();
    render(<StatefulControl initial={null} onYearChange={onYearChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(onYearChange).toHaveBeenLastCalledWith(2020);
    expect(slider()).toHaveValue('2020');
    act(() => vi.advanceTimersByTime(1000));
    expect(slider()).toHaveValue('2021');
  });

  it('pauses', () => {
    vi.useFakeTimers();
    const onYearChange = vi.fn();
    render(<StatefulControl initial={2020} onYearChange={onYearChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(1000));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(5000));
    expect(slider()).toHaveValue('2021');
    expect(onYearChange.mock.calls).toEqual([[2021]]);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('stops playing when the year is chosen by hand', () => {
    vi.useFakeTimers();
    const onYearChange = vi.fn();
    render(<StatefulControl initial={2020} onYearChange={onYearChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.change(slider(), { target: { value: '2023' } });
    act(() => vi.advanceTimersByTime(3000));
    expect(slider()).toHaveValue('2023');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('clears its timer on unmount', () => {
    vi.useFakeTimers();
    const onYearChange = vi.fn();
    const { unmount } = render(<StatefulControl initial={2020} onYearChange={onYearChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lists what changes in the chosen year', () => {
    renderControl({ year: 2024, changes: changesInYear(FEATURES, 2024) });
    expect(screen.getByText('What changes in 2024')).toBeInTheDocument();
    expect(screen.getByText('Dzhalinda–Mohe Bridge: target moved from 2025 to 2026')).toBeInTheDocument();
  });

  it('lists openings, due openings, construction starts and closures', () => {
    const { rerender, props } = renderControl({ year: 2022, changes: changesInYear(FEATURES, 2022) });
    expect(screen.getByText('Blagoveshchensk–Heihe Bridge')).toBeInTheDocument();
    rerender(<YearControl {...props} year={2025} changes={changesInYear(FEATURES, 2025)} />);
    expect(screen.getByRole('heading', { name: 'Construction starts' })).toBeInTheDocument();
    expect(screen.getByText('Khasan–Tumangang Road Bridge')).toBeInTheDocument();
    rerender(<YearControl {...props} year={2026} changes={changesInYear(FEATURES, 2026)} />);
    expect(screen.getByText('Khasan–Tumangang Road Bridge (due)')).toBeInTheDocument();
    rerender(<YearControl {...props} year={2015} changes={changesInYear(FEATURES, 2015)} />);
    expect(screen.getByRole('heading', { name: 'Closes' })).toBeInTheDocument();
    expect(screen.getByText('Example Ussuri Ferry')).toBeInTheDocument();
  });

  it('hides the changes panel for all years', () => {
    renderControl({ year: null, changes: changesInYear(FEATURES, 2024) });
    expect(screen.queryByText(/What changes in/)).not.toBeInTheDocument();
  });
});

describe('gestures: a Play run, a slider drag and a held key each begin and end once', () => {
  it('spans a Play run from Play to its last year', () => {
    vi.useFakeTimers();
    const onGestureStart = vi.fn();
    const onGestureEnd = vi.fn();
    const onYearChange = vi.fn();
    renderControl({ year: 2022, onGestureStart, onGestureEnd, onYearChange });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(onGestureStart).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(onGestureEnd).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1000));
    expect(onYearChange.mock.calls).toEqual([[2023], [2024]]);
    expect(onGestureEnd).toHaveBeenCalledTimes(1);
    expect(onGestureStart).toHaveBeenCalledTimes(1);
  });

  it('ends a Play run at Pause', () => {
    vi.useFakeTimers();
    const onGestureEnd = vi.fn();
    renderControl({ year: 2020, onGestureStart: vi.fn(), onGestureEnd });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(1000));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onGestureEnd).toHaveBeenCalledTimes(1);
  });

  it('spans a drag from pointer down to pointer up, wherever the pointer is released', () => {
    const onGestureStart = vi.fn();
    const onGestureEnd = vi.fn();
    const onYearChange = vi.fn();
    renderControl({ onGestureStart, onGestureEnd, onYearChange });
    fireEvent.pointerDown(slider());
    fireEvent.change(slider(), { target: { value: '2021' } });
    fireEvent.change(slider(), { target: { value: '2023' } });
    expect(onGestureEnd).not.toHaveBeenCalled();
    fireEvent.pointerUp(window);
    expect(onYearChange.mock.calls).toEqual([[2021], [2023]]);
    expect(onGestureStart).toHaveBeenCalledTimes(1);
    expect(onGestureEnd).toHaveBeenCalledTimes(1);
    fireEvent.pointerUp(window);
    expect(onGestureEnd).toHaveBeenCalledTimes(1);
  });

  it('spans a held arrow key from its first keydown to its keyup, and ignores keys that do not move it', () => {
    const onGestureStart = vi.fn();
    const onGestureEnd = vi.fn();
    renderControl({ onGestureStart, onGestureEnd });
    fireEvent.keyDown(slider(), { key: 'Tab' });
    expect(onGestureStart).not.toHaveBeenCalled();
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight', repeat: true });
    fireEvent.keyDown(slider(), { key: 'ArrowRight', repeat: true });
    expect(onGestureStart).toHaveBeenCalledTimes(1);
    fireEvent.keyUp(slider(), { key: 'ArrowRight' });
    expect(onGestureEnd).toHaveBeenCalledTimes(1);
  });
});
