// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureList } from '../../src/components/FeatureList';
import type { FeatureListProps } from '../../src/components/FeatureList';
import { FEATURES, FIXTURE_TODAY, fixture } from '../fixtures/features';

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
});
