// @vitest-environment jsdom
// Structural accessibility of each component (roles, names, ARIA use) checked by axe-core. Colour contrast
// needs layout, which jsdom lacks, so it is left to the browser tests.
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BorderFilter } from '../../src/components/BorderFilter';
import { DataQuality } from '../../src/components/DataQuality';
import { FeatureCard } from '../../src/components/FeatureCard';
import { FeatureList } from '../../src/components/FeatureList';
import { Legend } from '../../src/components/Legend';
import { SearchBox } from '../../src/components/SearchBox';
import { ShareButton } from '../../src/components/ShareButton';
import { YearControl } from '../../src/components/YearControl';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { changesInYear } from '../../src/domain/year-changes';
import { FEATURES, FIXTURE_TODAY, fixture } from '../fixtures/features';
import { facetCounts } from '../fixtures/facet-counts';

afterEach(cleanup);

const noop = () => {};

async function violations(ui: ReactElement): Promise<string[]> {
  const { container } = render(<main>{ui}</main>);
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe', () => {
  it('finds no violations in the feature card', async () => {
    const card = (
      <FeatureCard
        feature={fixture('blagoveshchensk-heihe-road-bridge')}
        lang="ru"
        today={FIXTURE_TODAY}
        hiddenBy={{ year: 2020, dueYear: 2022 }}
        permalink="http://localhost/?feature=blagoveshchensk-heihe-road-bridge"
        onClose={noop}
        onShowYear={noop}
        onCopyPermalink={noop}
      />
    );
    expect(await violations(card)).toEqual([]);
  });

  it('finds no violations in the list, legend, year control, border filter and share button', async () => {
    const ui = (
      <>
        <FeatureList
          features={FEATURES}
          lang="en"
          today={FIXTURE_TODAY}
          selectedId="zabaikalsk-manzhouli-rail"
          onSelect={noop}
        />
        <SearchBox query="khasan" onQueryChange={noop} />
        <Legend
          counts={facetCounts(() => 1)}
          filters={{ ...DEFAULT_FILTERS, kinds: ['port'], modes: ['rail'] }}
          onToggle={noop}
          onOnly={noop}
          onReset={noop}
          overdueCount={1}
        />
        <YearControl
          year={2024}
          range={[2000, 2030]}
          shownCount={5}
          ghost
          changes={changesInYear(FEATURES, 2024)}
          onYearChange={noop}
          onGhostChange={noop}
        />
        <BorderFilter borders={['cn']} onChange={noop} />
        <ShareButton getUrl={() => 'http://localhost/'} />
      </>
    );
    expect(await violations(ui)).toEqual([]);
  }, 20_000);

  it('finds no violations in the open Data quality view', async () => {
    const { container } = render(
      <main>
        <DataQuality features={FEATURES} today={FIXTURE_TODAY} onSelect={noop} />
      </main>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Data quality' }));
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
