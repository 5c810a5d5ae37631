import { describe, expect, it } from 'vitest';
import { overlayEntry, placeBeside } from '../../src/map/overlay-text';
import { labelRank, pairLabel, shortLabel } from '../../src/map/map-data';
import { makeFeature } from '../fixtures/make-feature';

describe('tooltip and chooser text', () => {
  it('names the feature in English first, then its kind, status and date', () => {
    const f = makeFeature('khasan-tumangang-road-bridge', {
      kind: 'road-bridge',
      status: 'under-construction',
      opened: undefined,
      target: '2026',
      name: { en: 'Khasan–Tumangang road bridge', ru: 'Автомобильный мост Хасан — Туманган' },
    });
    const en = overlayEntry(f.properties, 'en');
    expect(en).toMatchObject({
      name: 'Khasan–Tumangang road bridge',
      nameLang: 'en',
      meta: 'Road bridge · Under construction',
      date: 'target 2026',
    });
    expect(en.label).toBe('Khasan–Tumangang road bridge, Road bridge, Under construction, target 2026');
    const ru = overlayEntry(f.properties, 'ru');
    expect(ru.name).toBe('Автомобильный мост Хасан — Туманган');
    expect(ru.label.startsWith('Khasan–Tumangang road bridge, Автомобильный мост Хасан — Туманган, ')).toBe(
      true,
    );
    expect(overlayEntry(f.properties, 'zh').nameLang).toBe('en');
  });

  it('places a box beside a point, flipping left at the right edge and staying inside', () => {
    const bounds = { width: 400, height: 300 };
    const size = { width: 100, height: 40 };
    expect(placeBeside({ x: 50, y: 100 }, size, bounds)).toEqual({ left: 64, top: 80 });
    expect(placeBeside({ x: 380, y: 100 }, size, bounds)).toEqual({ left: 266, top: 80 });
    expect(placeBeside({ x: 50, y: 2 }, size, bounds).top).toBe(4);
    expect(placeBeside({ x: 50, y: 299 }, size, bounds).top).toBe(256);
  });
});

describe('map labels', () => {
  it('shortens names for low zoom: no parentheses, a town pair alone', () => {
    expect(shortLabel('Khasan–Tumangang road bridge')).toBe('Khasan–Tumangang');
    expect(shortLabel('Dzhalinda–Mohe (Lianyin) river crossing')).toBe('Dzhalinda–Mohe');
    expect(shortLabel('Grodekovo (Pogranichny)–Suifenhe railway crossing')).toBe('Grodekovo–Suifenhe');
    expect(shortLabel('Korea–Russia Friendship Bridge')).toBe('Korea–Russia Friendship Bridge');
    expect(shortLabel('Port of Vladivostok')).toBe('Port of Vladivostok');
    expect(shortLabel('Rajin port, Pier 3 (RasonKonTrans terminal)')).toBe('Rajin port, Pier 3');
    expect(shortLabel('Multimodal logistics centre at the Nizhneleninskoye–Tongjiang bridge')).toBe(
      'Multimodal logistics centre at the Nizhneleninskoye–Tongjiang bridge',
    );
  });

  it('gives a crossing named in another script its town pair for low zoom, and leaves English to shortLabel', () => {
    expect(pairLabel('Пограничный переход Покровка — Логухэ')).toBe('Покровка — Логухэ');
    expect(pairLabel('ДАПП Старохайтуйский — Хэйшаньтоу')).toBe('Старохайтуйский — Хэйшаньтоу');
    expect(pairLabel('Мост Благовещенск — Хэйхэ; АПП Кани-Курган')).toBe('Благовещенск — Хэйхэ');
    expect(pairLabel('ДАПП Турий Рог — Мишань')).toBe('Турий Рог — Мишань');
    expect(pairLabel('Автомобильный мост через реку Туманная (Россия — КНДР)')).toBeNull();
    expect(pairLabel('두만강 자동차 다리')).toBeNull();
    expect(pairLabel('Khasan–Tumangang road bridge')).toBeNull();
  });

  it('ranks bridges before the other crossings, and those before hubs, ports and deposits', () => {
    expect(labelRank('railway-bridge')).toBe(0);
    expect(labelRank('road-bridge')).toBe(0);
    expect(labelRank('rail-crossing')).toBe(1);
    expect(labelRank('cable-car')).toBe(1);
    expect(labelRank('port')).toBe(2);
    expect(labelRank('deposit')).toBe(2);
  });
});
