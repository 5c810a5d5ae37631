// @vitest-environment jsdom
// The tools' components: the table's sorting state, the year control's default span and Play stops, Cite.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TablePanel } from '../../src/components/TablePanel';
import { YearControl } from '../../src/components/YearControl';
import { CiteButton } from '../../src/components/CiteDialog';
import { iframeSnippet } from '../../src/components/EmbedDialog';
import { buildCitation } from '../../src/domain/citation';
import { FEATURES, FIXTURE_TODAY } from '../fixtures/features';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TablePanel', () => {
  it('reports the sort in aria-sort and flips it on a second click', () => {
    render(
      <TablePanel features={FEATURES} lang="en" today={FIXTURE_TODAY} selectedId={null} onSelect={vi.fn()} />,
    );
    const name = screen.getByRole('columnheader', { name: 'Name' });
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Kind' })).toHaveAttribute('aria-sort', 'none');
    fireEvent.click(within(name).getByRole('button'));
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getAllByRole('row')).toHaveLength(FEATURES.length + 1);
  });

  it('selects a feature from its row and marks the selected row', () => {
    const onSelect = vi.fn();
    render(
      <TablePanel
        features={FEATURES}
        lang="en"
        today={FIXTURE_TODAY}
        selectedId="dzhalinda-mohe-bridge"
        onSelect={onSelect}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Korea–Russia Friendship Bridge' }));
    expect(onSelect).toHaveBeenCalledWith('korea-russia-friendship-bridge');
    const current = screen.getAllByRole('row').filter((r) => r.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Dzhalinda–Mohe Bridge');
  });
});

function Stateful({ playYears, initial }: { playYears?: number[]; initial: number | null }) {
  const [year, setYear] = useState<number | null>(initial);
  return (
    <YearControl
      year={year}
      range={[1860, 2030]}
      shownCount={1}
      ghost={false}
      changes={null}
      onYearChange={setYear}
      onGhostChange={() => {}}
      focusFrom={1990}
      playYears={playYears}
    />
  );
}

describe('YearControl span and Play stops', () => {
  const slider = () => screen.getByRole('slider', { name: 'Year' });

  it('starts the slider at the "earlier" end, one year before the default span', () => {
    render(<Stateful initial={2000} />);
    expect(slider()).toHaveAttribute('min', '1989');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Earlier years (from 1860)' }));
    expect(slider()).toHaveAttribute('min', '1860');
  });

  it('widens by itself for a year before the span', () => {
    render(<Stateful initial={1903} />);
    expect(slider()).toHaveAttribute('min', '1860');
    expect(slider()).toHaveValue('1903');
  });

  it('Play jumps from change year to change year, at the chosen speed', () => {
    vi.useFakeTimers();
    render(<Stateful initial={1995} playYears={[1989, 2000, 2022, 2030]} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(400));
    expect(slider()).toHaveValue('2000');
    act(() => vi.advanceTimersByTime(400));
    expect(slider()).toHaveValue('2022');
    act(() => vi.advanceTimersByTime(400));
    expect(slider()).toHaveValue('2030');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('CiteButton and the embed snippet', () => {
  it('shows the three formats, each with a copy button', () => {
    const citation = buildCitation({
      featureName: 'X',
      featureId: 'x',
      permalink: 'https://a.example/?feature=x',
      accessed: '2026-12-01',
    });
    render(<CiteButton getCitation={() => citation} title="Citation of X" />);
    const button = screen.getByRole('button', { name: 'Cite' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Citation of X' });
    expect(within(panel).getByLabelText('BibTeX citation')).toHaveTextContent('urldate = {2026-12-01}');
    for (const name of ['Copy Plain text', 'Copy APA', 'Copy BibTeX'])
      expect(within(panel).getByRole('button', { name })).toBeInTheDocument();
  });

  it('escapes the URL in the iframe snippet', () =>
    expect(iframeSnippet('https://a.example/?a=1&b="x"<')).toContain(
      'src="https://a.example/?a=1&amp;b=&quot;x&quot;&lt;"',
    ));
});
