// The app under the pseudo-locale: every text and accessible name in the header, the filters and legend, the list,
// the year control, an open card and the alerts comes from the catalogue (marked ⟦…⟧) or from the data. The tool
// panels are checked by their own test.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import type { DataFile, Fetcher } from '../../src/data/load-features';
import { EN_MESSAGES } from '../../src/i18n/messages';
import { pseudoCatalogue } from '../../src/i18n/pseudo';
import { LANG_ENDONYM } from '../../src/i18n/lang';
import { FEATURES, FIXTURE_TODAY } from '../fixtures/features';
import { fakeMapFactory } from '../fixtures/fake-map';
import { untranslatedText } from '../fixtures/untranslated-text';

// A second file that fails, for the alert.
const FILES: DataFile[] = [
  { name: 'fixtures.geojson', url: '/geo/fixtures.geojson' },
  { name: 'missing.geojson', url: '/geo/missing.geojson' },
];
const fetcher: Fetcher = (url) =>
  Promise.resolve(
    String(url).includes('missing')
      ? new Response('not found', { status: 404 })
      : new Response(JSON.stringify({ type: 'FeatureCollection', features: FEATURES })),
  );
const SLOW = { timeout: 10_000 };

/** Vocabulary values, ids, dates and units in the data are not prose: a hard-coded label must not hide behind them. */
const NOT_PROSE = new Set(['id', 'kind', 'border', 'section', 'status', 'type', 'precision', 'lang', 'unit']);

/** Every prose string in the data (names, notes, source titles and publishers, links), each language's. */
function dataStrings(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!NOT_PROSE.has(key)) out.push(value);
    if (key === 'url') out.push(new URL(value).hostname);
  } else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, key, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) dataStrings(v, k, out);
  return out;
}

const ALLOWED = [
  ...FEATURES.flatMap((f) => dataStrings(f.properties)),
  // The language switcher names each language in itself.
  ...Object.values(LANG_ENDONYM),
  ...FILES.map((f) => f.name),
];

/** The tools' own panels and buttons (their test checks them). */
const TOOLS = '.tools-bar, .feed-host, .data-quality, .programme, .tools, .cite, .layer-switcher';

const PSEUDO = pseudoCatalogue(EN_MESSAGES);

describe('the pseudo-locale', { timeout: 30_000 }, () => {
  it('shows no hard-coded text in the header, filters, legend, list, year control, card and alerts', async () => {
    window.history.replaceState(null, '', '/?lang=ru&feature=khasan-tumangang-road-bridge&status=bogus');
    const maps = fakeMapFactory();
    render(
      <App
        mapFactory={maps.factory}
        files={FILES}
        fetcher={fetcher}
        today={FIXTURE_TODAY}
        messages={PSEUDO}
      />,
    );
    await waitFor(() => expect(maps.live().features).toHaveLength(FEATURES.length), SLOW);
    const card = await screen.findByRole('dialog', {}, SLOW);
    await waitFor(() => expect(within(card).getAllByRole('link').length).toBeGreaterThan(0), SLOW);
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0), SLOW);
    // The link's unknown status is reported.
    expect(document.querySelector('.url-notice')).not.toBeNull();
    await waitFor(
      () => expect(document.querySelectorAll('button.feature-list__item').length).toBeGreaterThan(1),
      SLOW,
    );
    expect(untranslatedText(document.body, ALLOWED, TOOLS)).toEqual([]);
  });
});

describe('untranslatedText', () => {
  it('finds hard-coded text and names, and passes marked text, data and digits', () => {
    const { container } = render(
      <div>
        <p>⟦Ópérátíónál⟧</p>
        <p>{'⟦Ópénéd ⟦10 Jún 2022⟧⟧'}</p>
        <p>Khasan–Tumangang Road Bridge</p>
        <p>2026 · 12/5</p>
        <p>Hard-coded heading</p>
        <button aria-label="Close">×</button>
        <input placeholder="⟦Séárch⟧" title="Search here" />
        <div className="tools">Table</div>
      </div>,
    );
    expect(untranslatedText(container, ['Khasan–Tumangang Road Bridge'], '.tools')).toEqual([
      { text: 'Hard-coded heading', where: 'text', tag: 'P' },
      { text: 'Close', where: 'aria-label', tag: 'BUTTON' },
      { text: 'Search here', where: 'title', tag: 'INPUT' },
    ]);
  });
});
