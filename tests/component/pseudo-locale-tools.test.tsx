// @vitest-environment jsdom
// The tools and the map's own words under the pseudo-locale: every text and accessible name in the table, the feed,
// data quality, capacity, the programme, Cite, Embed, the layer switcher, the exports and the map's tooltip and
// chooser comes from the catalogue (marked ⟦…⟧) or from the data; so do the texts the tools write without the DOM
// (CSV header, citation, picture captions, the map's alerts and MapLibre's control labels).
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { EN_MESSAGES } from '../../src/i18n/messages';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCatalogue } from '../../src/i18n/pseudo';
import { createTranslator } from '../../src/i18n/translator';
import { FeedSection } from '../../src/components/FeedSection';
import { DataQuality } from '../../src/components/DataQuality';
import { CapacityPanel } from '../../src/components/CapacityPanel';
import { ProgrammePanel } from '../../src/components/ProgrammePanel';
import { ExportButtons } from '../../src/components/ExportButtons';
import { CiteButton } from '../../src/components/CiteDialog';
import { LayerSwitcher } from '../../src/components/LayerSwitcher';
import { ToolsLayer } from '../../src/components/ToolsLayer';
import { MapView } from '../../src/map/MapView';
import { maplibreLocale } from '../../src/map/map-controls';
import { failureMessage } from '../../src/map/online-layers';
import { csvHeader } from '../../src/domain/export-csv';
import { buildCitation } from '../../src/domain/citation';
import { pictureCaptions } from '../../src/domain/picture';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { DEFAULT_LAYERS } from '../../src/domain/map-layers';
import type { MapFeature, Programme } from '../../src/domain/schema';
import { FEATURES, FIXTURE_TODAY } from '../fixtures/features';
import { makeFeature } from '../fixtures/make-feature';
import { fakeMapFactory } from '../fixtures/fake-map';
import { leftover, untranslatedText } from '../fixtures/untranslated-text';

afterEach(cleanup);

// uPlot draws on a canvas jsdom lacks: the chart is stood in for by its host element, with the words it is given.
vi.mock('../../src/components/CapacityChart', () => ({
  default: ({ description, yearLabel }: { description: string; yearLabel: string }) => (
    <div className="capacity__chart" role="img" aria-label={description} title={yearLabel} />
  ),
}));

const PSEUDO = pseudoCatalogue(EN_MESSAGES);
const TR = createTranslator('ru', PSEUDO);

/** A crossing with design capacity figures, so the capacity panel has a series, a table and gaps. */
const WITH_CAPACITY: MapFeature[] = [
  makeFeature('capacity-rail', {
    kind: 'rail-crossing',
    section: 'transbaikal',
    opened: '2000',
    name: { en: 'Capacity rail crossing' },
    facts: { capacity: [{ value: 20, unit: 'Mt/yr', measure: 'freight', basis: 'design' }] },
  }),
  makeFeature('capacity-rail-2', {
    kind: 'rail-crossing',
    section: 'transbaikal',
    opened: '2010',
    name: { en: 'Second rail crossing' },
  }),
];

const PROGRAMME: Programme = {
  instructions: [
    {
      id: 'ree-roadmap',
      title: 'Rare and rare-earth metals roadmap',
      text: 'The Government was told to approve a roadmap.',
      deadline: '2025-12-01',
      responsible: 'Government',
      outcome: 'Likely approved in December 2025.',
      sources: [
        { url: 'https://tass.ru/x', title: 'Путин поручил', publisher: 'TASS', published: '2025-11-04' },
      ],
    },
  ],
  reserves: [
    {
      value: 16.89,
      unit: 'Mt',
      what: 'A+B+C1 reserves',
      attribution: 'State Report',
      date: '2022-01-01',
      sources: [{ url: 'https://example.org/r', title: 'State report', publisher: 'Ministry' }],
    },
  ],
};

/** Vocabulary values, ids, dates and units in the data are not prose: a hard-coded label must not hide behind them. */
const NOT_PROSE = new Set(['id', 'kind', 'border', 'section', 'status', 'type', 'precision', 'lang', 'unit']);

function dataStrings(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!NOT_PROSE.has(key)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, key, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) dataStrings(v, k, out);
  return out;
}

const ALLOWED = [
  ...[...FEATURES, ...WITH_CAPACITY].flatMap((f) => dataStrings(f.properties)),
  ...dataStrings(PROGRAMME),
  // Reserve units are data ("Mt"), as are the citation formats' proper names inside the marked messages.
  'Mt',
];

function inPseudo(children: ReactNode) {
  return render(
    <I18nProvider lang="ru" messages={PSEUDO}>
      {children}
    </I18nProvider>,
  );
}

const expectAllTranslated = () => expect(untranslatedText(document.body, ALLOWED)).toEqual([]);

describe('the tools under the pseudo-locale', () => {
  it('the table: caption, headers, cells and the drawer around it', async () => {
    inPseudo(
      <ToolsLayer
        view="table"
        onCloseView={vi.fn()}
        year={2026}
        range={null}
        fullMapUrl="https://map.example/?v=1"
        table={{ features: FEATURES, lang: 'ru', today: FIXTURE_TODAY, selectedId: null, onSelect: vi.fn() }}
        capacity={{ features: FEATURES, years: [1990, 2030] }}
      />,
    );
    // The table is loaded the first time it is shown (components/lazy-tools.tsx).
    expect((await screen.findAllByRole('columnheader'))[0]).toHaveTextContent(PSEUDO_OPEN);
    expect(screen.getByRole('link', { name: /⟦/ })).toBeInTheDocument();
    expectAllTranslated();
  });

  it('the feed, its tools bar, since and its entries', async () => {
    inPseudo(
      <FeedSection
        view={null}
        onView={vi.fn()}
        open
        onToggle={vi.fn()}
        features={FEATURES}
        since="2016-01-01"
        onSinceChange={vi.fn()}
        onOpen={vi.fn()}
        hrefFor={(id) => `?feature=${id}`}
      />,
    );
    const feed = screen.getByRole('region');
    expect((await within(feed).findAllByRole('listitem')).length).toBeGreaterThan(1);
    // Event texts are English data: marked so for the screen reader.
    expect(feed.querySelector('.feed__text')).toHaveAttribute('lang', 'en');
    expectAllTranslated();
  });

  it('data quality, opened', async () => {
    inPseudo(<DataQuality features={FEATURES} today={FIXTURE_TODAY} onSelect={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button'));
    expect(screen.getAllByRole('heading').length).toBeGreaterThan(3);
    expectAllTranslated();
  });

  it('capacity: the controls, the note, the chart and its table', async () => {
    inPseudo(<CapacityPanel features={WITH_CAPACITY} years={[2005, 2012]} />);
    expect(screen.getByRole('table')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.capacity__chart')).not.toBeNull());
    expectAllTranslated();
  });

  it('the programme, with English data prose marked lang="en"', () => {
    inPseudo(<ProgrammePanel programme={PROGRAMME} />);
    expect(screen.getByText(PROGRAMME.instructions[0]!.text)).toHaveAttribute('lang', 'en');
    expectAllTranslated();
  });

  it('the exports, Embed and the map citation, opened, and a status', async () => {
    const user = userEvent.setup();
    inPseudo(
      <ExportButtons
        features={FEATURES}
        today={FIXTURE_TODAY}
        getViewUrl={() => 'https://map.example/'}
        getEmbedUrl={() => 'https://map.example/?embed=1'}
        getCitation={() =>
          buildCitation(
            {
              featureName: null,
              featureId: null,
              permalink: 'https://map.example/',
              accessed: FIXTURE_TODAY,
            },
            TR,
          )
        }
        makePicture={() => Promise.resolve(null)}
      />,
    );
    // Embed and Cite are loaded on demand: three download buttons, then those two once their chunks are in.
    await waitFor(() => expect(screen.getAllByRole('button')).toHaveLength(5));
    const buttons = screen.getAllByRole('button');
    for (const b of buttons.slice(-2)) await user.click(b);
    await user.click(buttons[2]!);
    await waitFor(() => expect(document.querySelector('.tools__status')).toHaveTextContent(PSEUDO_OPEN));
    // The exports' own section, and the Embed and Cite panels.
    expect(screen.getAllByRole('region')).toHaveLength(3);
    // The snippet and the citation are copied text: checked below without the DOM walk.
    expect(untranslatedText(document.body, ALLOWED, '.embed__code, .cite__text')).toEqual([]);
  });

  it('a feature citation opened from its Cite button', async () => {
    inPseudo(
      <CiteButton
        getCitation={() =>
          buildCitation(
            {
              featureName: 'Khasan',
              featureId: 'k',
              permalink: 'https://m.example/',
              accessed: FIXTURE_TODAY,
            },
            TR,
          )
        }
        title={TR.t('cite.featureTitle', { name: 'Khasan' })}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button'));
    expect(screen.getByRole('region', { name: /⟦/ })).toBeInTheDocument();
    expect(untranslatedText(document.body, [...ALLOWED, 'Khasan'], '.cite__text')).toEqual([]);
  });

  it('the layer switcher, offline and online', () => {
    const { rerender } = inPseudo(<LayerSwitcher layers={DEFAULT_LAYERS} onChange={vi.fn()} />);
    expectAllTranslated();
    rerender(
      <I18nProvider lang="ru" messages={PSEUDO}>
        <LayerSwitcher layers={{ basemap: 'satellite', overlays: ['rail'] }} onChange={vi.fn()} />
      </I18nProvider>,
    );
    expectAllTranslated();
  });
});

describe("the map's own words under the pseudo-locale", () => {
  async function renderMap() {
    const fake = fakeMapFactory();
    inPseudo(
      <MapView
        factory={fake.factory}
        features={FEATURES}
        lang="ru"
        filters={DEFAULT_FILTERS}
        matchingIds={null}
        selectedId={null}
        initialCamera={null}
        layers={DEFAULT_LAYERS}
        handlers={{ onSelect: vi.fn(), onCameraChange: vi.fn(), onStatus: vi.fn() }}
      />,
    );
    await waitFor(() => expect(fake.maps.length).toBe(1));
    return fake.live();
  }

  it('the tooltip of a feature and of a cluster', async () => {
    const map = await renderMap();
    act(() => map.hover({ id: FEATURES[0]!.id, x: 50, y: 60 }));
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    expectAllTranslated();
    act(() => map.hover({ count: 5, x: 50, y: 60 }));
    expect(screen.getByRole('tooltip')).toHaveTextContent(PSEUDO_OPEN);
    expectAllTranslated();
  });

  it('the chooser of stacked features', async () => {
    const map = await renderMap();
    act(() => map.choose(FEATURES.slice(0, 3).map((f) => f.id)));
    expect(screen.getByRole('group', { name: /⟦/ })).toBeInTheDocument();
    expectAllTranslated();
  });

  it("the map's alerts and MapLibre's control labels", () => {
    const texts = [
      ...Object.values(maplibreLocale(TR)),
      failureMessage('satellite', TR),
      failureMessage('rail', TR),
      TR.t('map.partFailed'),
      TR.t('map.cannotShow'),
    ];
    expect(texts.filter((t) => leftover(t, ['OpenRailwayMap', 'Esri World Imagery']))).toEqual([]);
  });
});

describe('texts the tools write outside the page', () => {
  it('the CSV header, the citation and the picture captions', () => {
    const citation = buildCitation(
      { featureName: 'Khasan', featureId: 'k', permalink: 'https://m.example/', accessed: FIXTURE_TODAY },
      TR,
    );
    const captions = pictureCaptions({
      year: 2026,
      range: null,
      shown: FEATURES,
      attribution: '',
      date: FIXTURE_TODAY,
      url: 'https://m.example/',
      tr: TR,
    });
    const allowed = ['Khasan', 'https://m.example/', 'Border Logistics Map', 'blm-k-2026', 'author', 'title'];
    const texts = [
      ...csvHeader(TR),
      citation.plain,
      citation.apa,
      captions.title,
      captions.yearText,
      captions.footer,
      captions.mapData,
      captions.noFeatures,
      ...captions.legend.map((e) => e.label),
    ];
    expect(texts.filter((t) => leftover(t, allowed))).toEqual([]);
    // BibTeX keeps its field names and key; the words inside its fields are translated.
    for (const field of ['howpublished', 'note'])
      expect(citation.bibtex).toMatch(new RegExp(`${field} = \\{${PSEUDO_OPEN}.*${PSEUDO_CLOSE}\\}`));
  });
});
