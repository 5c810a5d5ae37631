// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureList } from '../../src/components/FeatureList';
import type { FeatureListProps } from '../../src/components/FeatureList';
import { FEATURES, FIXTURE_TODAY, fixture } from '../fixtures/features';
import { LIST_PAGE } from '../../src/domain/list-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderList(overrides: Partial<FeatureListProps> = {}) {
  const props: FeatureListProps = {
    features: FEATURES,
    lang: 'en',
    today: FIXTURE_TODAY,
    selectedId: null,
    onSelect: vi.fn(),
    ...overrides,
  };
  const view = render(<FeatureList {...props} />);
  return { ...view, props };
}

const featureButtons = () => within(screen.getByRole('list', { name: 'Features' })).getAllByRole('button');

describe('FeatureList', () => {
  it('is a list named Features with one button per feature, named first by its English name', () => {
    renderList();
    const buttons = featureButtons();
    expect(buttons).toHaveLength(FEATURES.length);
    for (const feature of FEATURES) {
      const name = feature.properties.name.en;
      expect(buttons.some((b) => b.getAttribute('aria-label')?.startsWith(name))).toBe(true);
    }
    expect(
      screen.getByRole('button', { name: 'Blagoveshchensk–Heihe Bridge, Operational, opened 2022' }),
    ).toBeVisible();
  });

  it('keeps the English name first when showing another language', () => {
    renderList({ lang: 'ru' });
    const button = screen.getByRole('button', { name: /^Blagoveshchensk–Heihe Bridge/ });
    expect(within(button).getByText('Мост Благовещенск — Хэйхэ')).toHaveAttribute('lang', 'ru');
    // No Russian name in the data: the English one is shown, marked as English.
    const corridor = screen.getByRole('button', { name: /^Example Corridor/ });
    expect(within(corridor).getByText('Example Corridor')).toHaveAttribute('lang', 'en');
  });

  it('groups by border section and orders each group along the border', () => {
    renderList();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Transbaikalia and the Argun',
      'The Amur',
      'The Ussuri',
      'The Tumen (North Korea)',
      'Hubs, ports, corridors and deposits',
    ]);
    const amur = screen.getByRole('list', { name: 'The Amur' });
    expect(
      within(amur)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')?.split(',')[0]),
    ).toEqual([
      'Dzhalinda–Mohe Bridge',
      'Blagoveshchensk–Heihe Bridge',
      'Nizhneleninskoye–Tongjiang Railway Bridge',
    ]);
    const tumen = screen.getByRole('list', { name: 'The Tumen (North Korea)' });
    expect(
      within(tumen)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')?.split(',')[0]),
    ).toEqual(['Korea–Russia Friendship Bridge', 'Khasan–Tumangang Road Bridge']);
  });

  it('shows the status badge and the year on each row', () => {
    renderList();
    const row = screen.getByRole('button', { name: /^Khasan–Tumangang Road Bridge/ });
    expect(within(row).getByText('Under construction')).toBeInTheDocument();
    expect(within(row).getByText('target 2026')).toBeInTheDocument();
    expect(within(row).getByText('overdue')).toBeInTheDocument();
    const planned = screen.getByRole('button', { name: /^Dzhalinda–Mohe Bridge/ });
    expect(within(planned).getByText('Planned')).toHaveClass('status-badge--not-built');
  });

  it('lists search results as one group, best match first, in the order given', () => {
    const [a, b] = [fixture('khasan-tumangang-road-bridge'), fixture('zabaikalsk-manzhouli-rail')];
    renderList({ features: [a, b], searching: true });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Search results, best match first',
    ]);
    expect(featureButtons().map((x) => x.getAttribute('aria-label')?.split(',')[0])).toEqual([
      'Khasan–Tumangang Road Bridge',
      'Zabaykalsk–Manzhouli railway crossing',
    ]);
  });

  it('moves between entries with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderList();
    const buttons = featureButtons();
    buttons[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons.at(-1)).toHaveFocus();
    await user.keyboard('{ArrowDown}{Home}');
    expect(buttons[0]).toHaveFocus();
  });

  it('selects a feature by its id', async () => {
    const user = userEvent.setup();
    const { props } = renderList();
    await user.click(screen.getByRole('button', { name: /^Korea–Russia Friendship Bridge/ }));
    expect(props.onSelect).toHaveBeenCalledWith('korea-russia-friendship-bridge');
  });

  it('marks the selected row current and scrolls it into view', () => {
    const scrollIntoView = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', {
      value: scrollIntoView,
      configurable: true,
    });
    try {
      const { props, rerender } = renderList({ selectedId: 'zabaikalsk-manzhouli-rail' });
      const selected = screen.getByRole('button', { name: /^Zabaykalsk–Manzhouli railway crossing/ });
      expect(selected).toHaveAttribute('aria-current', 'true');
      expect(featureButtons().filter((b) => b.hasAttribute('aria-current'))).toEqual([selected]);
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
      expect(scrollIntoView.mock.contexts.at(-1)).toBe(selected);

      rerender(<FeatureList {...props} selectedId="example-corridor" />);
      expect(scrollIntoView.mock.contexts.at(-1)).toBe(
        screen.getByRole('button', { name: /^Example Corridor/ }),
      );
    } finally {
      delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('works where scrollIntoView is missing', () => {
    expect(typeof HTMLElement.prototype.scrollIntoView).not.toBe('function');
    renderList({ selectedId: 'zabaikalsk-manzhouli-rail' });
    expect(screen.getByRole('button', { name: /^Zabaykalsk/ })).toHaveAttribute('aria-current', 'true');
  });

  it('shows an empty state when nothing matches', () => {
    renderList({ features: [] });
    expect(screen.getByText('No features match these filters')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Features' })).queryAllByRole('button')).toHaveLength(0);
  });

  it('says it is loading, not that nothing matches, while the data loads', () => {
    renderList({ features: [], loading: true });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByText('No features match these filters')).not.toBeInTheDocument();
  });

  it('shows only the features it is given', () => {
    const { props } = renderList({ features: [fixture('example-closed-ferry')] });
    expect(featureButtons()).toHaveLength(1);
    expect(screen.queryByText('No features match these filters')).not.toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Example Ussuri Ferry, Closed, opened 1995, closed 2015' }),
    );
    expect(props.onSelect).toHaveBeenCalledWith('example-closed-ferry');
  });

  describe('a list longer than a page', () => {
    // Copies of one fixture, each with its own id and name ("Ferry 0000"…, in reading order: same place, so by name).
    const copies = (count: number) =>
      Array.from({ length: count }, (_, n) => {
        const base = structuredClone(fixture('example-closed-ferry'));
        const name = `Ferry ${String(n).padStart(4, '0')}`;
        return { ...base, id: `ferry-${n}`, properties: { ...base.properties, name: { en: name } } };
      });
    const names = () => featureButtons().map((b) => b.getAttribute('aria-label')?.split(',')[0]);

    it('renders the first page, says how much is shown, and adds a page per Show more, focusing its first entry', async () => {
      renderList({ features: copies(600) });
      expect(featureButtons()).toHaveLength(LIST_PAGE);
      expect(names()[LIST_PAGE - 1]).toBe(`Ferry ${String(LIST_PAGE - 1).padStart(4, '0')}`);
      expect(screen.getByText(`Showing ${LIST_PAGE} of 600`)).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: `Show ${LIST_PAGE} more` }));
      expect(featureButtons()).toHaveLength(2 * LIST_PAGE);
      expect(document.activeElement).toBe(featureButtons()[LIST_PAGE]);
      await userEvent.click(screen.getByRole('button', { name: `Show ${600 - 2 * LIST_PAGE} more` }));
      expect(featureButtons()).toHaveLength(600);
      expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
    });

    it('renders as far as the selected feature when it lies beyond the first page', () => {
      renderList({ features: copies(600), selectedId: 'ferry-420' });
      expect(featureButtons()).toHaveLength(2 * LIST_PAGE);
      expect(screen.getByRole('button', { name: /^Ferry 0420,/ })).toHaveAttribute('aria-current', 'true');
    });

    it('writes the counts the way the language groups digits', () => {
      renderList({ features: copies(1200) });
      expect(screen.getByText(`Showing ${LIST_PAGE} of 1,200`)).toBeVisible();
    });
  });
});
