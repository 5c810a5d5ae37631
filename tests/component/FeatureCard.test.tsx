// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureCard } from '../../src/components/FeatureCard';
import type { FeatureCardProps } from '../../src/components/FeatureCard';
import type { MapFeature } from '../../src/domain/schema';
import { FIXTURE_TODAY, fixture, withProperties } from '../fixtures/features';

afterEach(cleanup);

function renderCard(feature: MapFeature, overrides: Partial<FeatureCardProps> = {}) {
  const props: FeatureCardProps = {
    feature,
    lang: 'en',
    today: FIXTURE_TODAY,
    hiddenBy: null,
    permalink: 'http://localhost/?feature=' + feature.id,
    onClose: vi.fn(),
    onShowYear: vi.fn(),
    onCopyPermalink: vi.fn(),
    ...overrides,
  };
  const view = render(<FeatureCard {...props} />);
  return { ...view, props };
}

describe('FeatureCard', () => {
  it('is a dialog named exactly by the English name, and takes focus on its heading', () => {
    renderCard(fixture('blagoveshchensk-heihe-road-bridge'));
    const dialog = screen.getByRole('dialog', { name: 'Blagoveshchensk–Heihe Bridge' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Blagoveshchensk–Heihe Bridge' })).toHaveFocus();
  });

  it('moves focus to the heading again when another feature is shown', () => {
    const { props, rerender } = renderCard(fixture('blagoveshchensk-heihe-road-bridge'));
    screen.getByRole('button', { name: 'Close' }).focus();
    rerender(<FeatureCard {...props} feature={fixture('zabaikalsk-manzhouli-rail')} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Zabaykalsk–Manzhouli railway crossing');
  });

  it('shows the other names with their lang attributes', () => {
    renderCard(fixture('blagoveshchensk-heihe-road-bridge'));
    expect(screen.getByText('Мост Благовещенск — Хэйхэ')).toHaveAttribute('lang', 'ru');
    expect(screen.getByText('黑河—布拉戈维申斯克大桥')).toHaveAttribute('lang', 'zh');
  });

  it('shows the kind, the status label and the opening date with its year', () => {
    renderCard(fixture('blagoveshchensk-heihe-road-bridge'));
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText('Road bridge · Russia–China border · Blagoveshchensk ↔ Heihe'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Operational')).toBeInTheDocument();
    expect(within(dialog).getByText('Opened 10 Jun 2022')).toBeInTheDocument();
    expect(within(dialog).queryByText('overdue')).not.toBeInTheDocument();
  });

  it('shows a passed target with a 4-digit year and an overdue badge', () => {
    renderCard(fixture('khasan-tumangang-road-bridge'));
    expect(screen.getByText('Under construction')).toBeInTheDocument();
    expect(screen.getByText(/^Target: summer \d{4}$/)).toHaveTextContent('Target: summer 2026');
    expect(screen.getByText('overdue')).toBeInTheDocument();
  });

  it('shows the slipped-target history and the facts', () => {
    renderCard(fixture('blagoveshchensk-heihe-road-bridge'));
    expect(
      screen.getByText('Target history: Oct 2019 → Q4 2019 → 2021 → opened 10 Jun 2022'),
    ).toBeInTheDocument();
    expect(screen.getByText('3,000,000 t/yr (2023) — design freight capacity')).toBeInTheDocument();
    expect(screen.getByText('1,080 m')).toBeInTheDocument();
    expect(screen.getByText('Example Bridge Company')).toBeInTheDocument();
    expect(screen.getByText(/^Coordinates of its site or station \(±300 m\)/)).toBeInTheDocument();
    expect(screen.getByText('Last verified 20 Nov 2026')).toBeInTheDocument();
  });

  it('explains a break of gauge', () => {
    renderCard(fixture('zabaikalsk-manzhouli-rail'));
    expect(screen.getByText('Break of gauge: Russian 1520 mm ↔ Chinese 1435 mm')).toBeInTheDocument();
    expect(screen.getByText('A second 1520 mm track runs on.')).toBeInTheDocument();
  });

  it('renders sources as links opening in a new tab without opener, newest first', () => {
    renderCard(fixture('blagoveshchensk-heihe-road-bridge'));
    const links = screen.getAllByRole('link', { name: /^Example article/ });
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // Newest first (issue 11): source 2 (10 Jun 2022) before source 1 (24 Dec 2016).
    expect(links[0]).toHaveAttribute('href', 'https://example.org/source-2');
    expect(links[1]).toHaveAttribute('href', 'https://example.org/source-1');
    expect(links[1]?.closest('li')).toHaveTextContent('Example News, 24 Dec 2016');
  });

  it('never renders a javascript: source as a link', () => {
    const hostile = withProperties('zabaikalsk-manzhouli-rail', {
      sources: [
        { url: 'javascript:alert(1)', title: 'Evil source', publisher: 'X' },
        { url: 'https://example.org/fine', title: 'Fine source', publisher: 'Y' },
      ],
    });
    const { container } = renderCard(hostile);
    expect(screen.queryByText(/Evil source/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Fine source/ })).toHaveAttribute(
      'href',
      'https://example.org/fine',
    );
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('renders markup in data as literal text', () => {
    const markup = '<img src=x onerror=alert(1)><b>Bold</b>';
    const hostile = withProperties('zabaikalsk-manzhouli-rail', {
      name: { en: markup, ru: '<script>alert(2)</script>' },
      statusNote: '<i>note</i>',
    });
    const { container } = renderCard(hostile);
    expect(screen.getByRole('dialog', { name: markup })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
    expect(screen.getByText('<i>note</i>')).toBeInTheDocument();
    expect(container.querySelector('img, b, script, i')).toBeNull();
  });

  it('calls onClose on Escape inside the card and on the Close button', async () => {
    const user = userEvent.setup();
    const { props } = renderCard(fixture('zabaikalsk-manzhouli-rail'));
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('copies its permalink through the callback and links to it', async () => {
    const user = userEvent.setup();
    const { props } = renderCard(fixture('zabaikalsk-manzhouli-rail'));
    await user.click(screen.getByRole('button', { name: 'Copy link to this feature' }));
    expect(props.onCopyPermalink).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Permalink' })).toHaveAttribute(
      'href',
      'http://localhost/?feature=zabaikalsk-manzhouli-rail',
    );
  });

  it('says when the chosen year hides the feature and offers its due year', async () => {
    const user = userEvent.setup();
    const { props } = renderCard(fixture('dzhalinda-mohe-bridge'), {
      hiddenBy: { year: 2024, dueYear: 2027 },
    });
    expect(screen.getByText('Not built by end of 2024')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2027' }));
    expect(props.onShowYear).toHaveBeenCalledWith(2027);
  });

  it('offers no year to show when the feature has no target', () => {
    renderCard(fixture('example-corridor'), { hiddenBy: { year: 2024, dueYear: null } });
    expect(screen.getByText('Not built by end of 2024')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show / })).not.toBeInTheDocument();
    expect(screen.getByText('Target: none announced')).toBeInTheDocument();
  });
});
