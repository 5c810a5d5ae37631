// The tools' words in the other languages, from the real catalogues: Russian plurals in the counts, dates and numbers
// by the locale, the CSV header, the citation's words (BibTeX keys stay ASCII), the map's alerts in plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/i18n/messages';
import type { Lang } from '../../src/domain/vocabulary';
import { createTranslator } from '../../src/i18n/translator';
import { tableRow } from '../../src/domain/table-rows';
import { csvHeader } from '../../src/domain/export-csv';
import { feedEntries } from '../../src/domain/feed';
import { buildCitation } from '../../src/domain/citation';
import { pictureCaptions, scaleBar } from '../../src/domain/picture';
import { failureMessage } from '../../src/map/online-layers';
import { maplibreLocale } from '../../src/map/map-controls';
import { overlayEntry } from '../../src/map/overlay-text';
import { FEATURES, FIXTURE_TODAY, fixture } from '../fixtures/features';

const ROOT = join(__dirname, '../../src/i18n/catalogues');
const translator = (lang: Lang) =>
  createTranslator(
    lang,
    Object.assign(
      {},
      ...AREAS.map((a) => JSON.parse(readFileSync(join(ROOT, lang, `${a}.json`), 'utf8')) as object),
    ) as Record<string, string>,
  );
const ru = translator('ru');
const zh = translator('zh');
const ko = translator('ko');

describe('the tools in Russian, Chinese and Korean', () => {
  it('counts by Russian plural rules (one / few / many)', () => {
    const caption = (count: number) =>
      ru.t('table.caption', { count, column: 'название', direction: 'ascending' });
    expect([1, 2, 5, 21].map(caption)).toEqual([
      '1 объект проходит фильтры; сортировка: название (по возрастанию)',
      '2 объекта проходят фильтры; сортировка: название (по возрастанию)',
      '5 объектов проходят фильтры; сортировка: название (по возрастанию)',
      '21 объект проходит фильтры; сортировка: название (по возрастанию)',
    ]);
    expect([1, 3, 11].map((count) => ru.t('feed.count', { count }))).toEqual([
      '1 событие, сначала новые',
      '3 события, сначала новые',
      '11 событий, сначала новые',
    ]);
    expect(ru.t('map.featuresHere', { count: 22 })).toBe('Здесь 22 объекта');
  });

  it('fills table cells with the vocabulary, dates and numbers of the language', () => {
    const r = tableRow(fixture('blagoveshchensk-heihe-road-bridge'), 'ru', FIXTURE_TODAY, ru);
    expect(r.cells.kind).toBe('Автомобильный мост');
    expect(r.cells.status).toBe('Действует');
    expect(r.cells.date).toBe('Открыт 10 июн. 2022 г.');
    // Russian groups digits with a no-break space.
    expect(r.cells.capacity).toBe('3\u00a0000\u00a0000 т/год (2023)');
    expect(r.cells.precision).toBe('Площадка ±300 м');
    const overdue = tableRow(fixture('khasan-tumangang-road-bridge'), 'zh', FIXTURE_TODAY, zh);
    expect(overdue.cells.status).toBe('在建（已逾期）');
    expect(tableRow(fixture('khasan-tumangang-road-bridge'), 'ko', FIXTURE_TODAY, ko).cells.date).toBe(
      '목표 2026년 여름',
    );
  });

  it('heads the CSV in the language and keeps the values as the data holds them', () => {
    expect(csvHeader(ru).slice(0, 3)).toEqual(['id', 'название_en', 'название_ru']);
    expect(csvHeader(zh)).toContain('目标日期');
    expect(new Set(csvHeader(ko)).size).toBe(csvHeader(ko).length);
  });

  it('names slipped targets in the feed in the language', () => {
    const dz = feedEntries(FEATURES, ru)
      .filter((e) => e.featureId === 'dzhalinda-mohe-bridge')
      .map((e) => e.headline);
    expect(dz).toEqual([
      'Срок перенесён: 2026 → 2027',
      'Срок перенесён: 2025 → 2026',
      'Установлен целевой срок: 2025',
      'Соглашение',
    ]);
  });

  it('writes the citation in the language; BibTeX keys and field names stay ASCII', () => {
    const c = buildCitation(
      {
        featureName: 'Мост Джалинда — Мохэ',
        featureId: 'dzhalinda-mohe-bridge',
        permalink: 'https://m.example/?feature=dzhalinda-mohe-bridge',
        accessed: '2026-12-01',
        release: '2026-11-26',
      },
      ru,
    );
    expect(c.plain).toBe(
      'Мост Джалинда — Мохэ. В кн.: Border Logistics Map: сухопутные связи России с Китаем и КНДР (интерактивная карта, выпуск данных 2026-11-26). https://m.example/?feature=dzhalinda-mohe-bridge (дата обращения: 1 декабря 2026 г.).',
    );
    expect(c.bibtex.split('\n')[0]).toBe('@misc{blm-dzhalinda-mohe-bridge-2026,');
    expect(c.bibtex).toContain('note = {Дата обращения: 2026-12-01}');
    expect(
      buildCitation({ featureName: null, featureId: null, permalink: 'x', accessed: '2026-12-01' }, zh).plain,
    ).toContain('访问日期：2026年12月1日');
  });

  it('captions the picture in the language', () => {
    const captions = pictureCaptions({
      year: 2026,
      range: null,
      shown: FEATURES,
      attribution: '',
      date: '2026-12-01',
      url: 'u',
      tr: ko,
    });
    expect(captions.yearText).toBe('2026년 말 기준 네트워크');
    expect(captions.legend[0]?.label).toBe('운영 중');
    expect(scaleBar(1000, 120, ru).label).toBe('100 км');
    expect(scaleBar(3, 100, zh).label).toBe('200 米');
  });

  it("says what the map's alerts and controls say in the language, without error text", () => {
    expect(failureMessage('satellite', ru)).toBe(
      'Спутник: фрагменты карты от Esri World Imagery не загрузились (нет соединения или сервис недоступен). Вместо них показана офлайн-карта.',
    );
    expect(maplibreLocale(ko)['NavigationControl.ZoomIn']).toBe('확대');
    expect(maplibreLocale(ru)['ScaleControl.Kilometers']).toBe('км');
    const e = overlayEntry(fixture('korea-russia-friendship-bridge').properties, 'ru', ru);
    expect(e.label.startsWith('Korea–Russia Friendship Bridge')).toBe(true);
    expect(e.date).toMatch(/^открыт в \d{4} г\.$/);
  });
});
