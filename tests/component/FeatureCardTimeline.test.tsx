// @vitest-environment jsdom
// The card's issue-11 parts: the timeline with dates, speakers, slips, projections and source links; sources newest
// first with secondary ones marked; "Latest report: March 2026"; "in operation by 1994 (opening date unknown)".
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureCard } from '../../src/components/FeatureCard';
import type { MapFeature } from '../../src/domain/schema';
import { FIXTURE_TODAY, withProperties } from '../fixtures/features';

afterEach(cleanup);

function renderCard(feature: MapFeature) {
  render(
    <FeatureCard
      feature={feature}
      lang="en"
      today={FIXTURE_TODAY}
      hiddenBy={null}
      permalink={`http://localhost/?feature=${feature.id}`}
      onClose={vi.fn()}
      onShowYear={vi.fn()}
      onCopyPermalink={vi.fn()}
    />,
  );
  return screen.getByRole('dialog');
}

const src = (n: number, published: string, extra: object = {}) => ({
  url: `https://example.org/t${n}`,
  title: `Report ${n}`,
  publisher: `Paper ${n}`,
  published,
  ...extra,
});

const bridge = withProperties('dzhalinda-mohe-bridge', {
  sources: [
    src(0, '2019-05-01'),
    src(1, '2026-03-02', { secondary: true, lang: 'ru' }),
    src(2, '2025-09-01'),
  ],
  timeline: [
    {
      type: 'agreement',
      date: '2019-05-01',
      text: 'Agreement signed.',
      sources: [0],
      by: 'Both governments',
    },
    { type: 'target', date: '2021-05-01', target: '2025', text: 'Completion in 2025.', sources: [0] },
    {
      type: 'target',
      date: '2024-01-10',
      target: '2030',
      text: 'Analysts expect 2030.',
      sources: [1],
      by: 'Think-tank analysts',
      official: false,
    },
    {
      type: 'target',
      date: '2025-09-01',
      target: '2027',
      text: 'Completion in 2027.',
      sources: [2],
      by: 'Amur governor',
    },
    { type: 'target', date: '2026-03-02', target: '2027-Q4', text: 'End of 2027.', sources: [1] },
  ],
  verification: { checked: '2026-11-20', newestSource: '2026-03-02', confirmed: 'Design work goes on.' },
});

describe('FeatureCard timeline and sources', () => {
  it('lists each event with its date, what was said, by whom, and its source link', () => {
    const dialog = renderCard(bridge);
    const timeline = within(dialog).getByRole('heading', { name: 'Timeline' })
      .nextElementSibling as HTMLElement;
    const events = within(timeline).getAllByRole('listitem');
    expect(events).toHaveLength(5);
    expect(events[0]).toHaveTextContent('1 May 2019 Agreement');
    expect(events[0]).toHaveTextContent('Agreement signed. (Both governments)');
    expect(within(events[0]!).getByRole('link', { name: /^Paper 0, 1 May 2019/ })).toHaveAttribute(
      'href',
      'https://example.org/t0',
    );
    expect(events[3]).toHaveTextContent('1 Sep 2025 Target set for 2027 slip from 2025');
    expect(events[3]).toHaveTextContent('(Amur governor)');
  });

  it('marks a projection as not an official target, and a reworded target as not a slip', () => {
    const dialog = renderCard(bridge);
    const events = within(dialog).getByRole('heading', { name: 'Timeline' })
      .nextElementSibling as HTMLElement;
    const items = within(events).getAllByRole('listitem');
    expect(within(items[2]!).getByText('projection, not an official target')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('(Think-tank analysts)');
    expect(within(items[4]!).getByText('same target restated')).toBeInTheDocument();
    expect(within(dialog).queryAllByText(/^slip from/)).toHaveLength(1);
    // The summary chain leaves the projection out.
    expect(within(dialog).getByText('Target history: 2025 → 2027')).toBeInTheDocument();
  });

  it('sorts the sources newest first and marks secondary ones and their language', () => {
    const dialog = renderCard(bridge);
    const list = within(dialog).getByRole('heading', { name: 'Sources' }).nextElementSibling as HTMLElement;
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByRole('link').getAttribute('href'))).toEqual([
      'https://example.org/t1',
      'https://example.org/t2',
      'https://example.org/t0',
    ]);
    expect(within(rows[0]!).getByText('secondary')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent(
      'Report 1 (opens in a new tab), Paper 1, 2 Mar 2026, in Russian secondary',
    );
    expect(within(rows[1]!).queryByText('secondary')).not.toBeInTheDocument();
  });

  it('names the month of the latest report and what it confirmed', () => {
    const dialog = renderCard(bridge);
    expect(within(dialog).getByText('Latest report: March 2026')).toBeInTheDocument();
    expect(within(dialog).getByText('It confirmed: Design work goes on.')).toBeInTheDocument();
    expect(within(dialog).getByText('Last verified 20 Nov 2026')).toBeInTheDocument();
  });

  it('says "in operation by 1994 (opening date unknown)" when only an earliest mention is known', () => {
    const listed = withProperties('zabaikalsk-manzhouli-rail', {
      opened: undefined,
      inOperationBy: { date: '1994', source: 0 },
    });
    const dialog = renderCard(listed);
    expect(within(dialog).getByText('Operational')).toBeInTheDocument();
    expect(within(dialog).getByText('In operation by 1994 (opening date unknown)')).toBeInTheDocument();
  });
});
