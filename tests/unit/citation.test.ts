import { describe, expect, it } from 'vitest';
import { bibtexEscape, buildCitation, citationKey } from '../../src/domain/citation';

const LINK = 'https://map.example.org/?feature=khasan-tumangang-road-bridge&v=1';

describe('buildCitation', () => {
  const c = buildCitation({
    featureName: 'Khasan–Tumangang Road Bridge',
    featureId: 'khasan-tumangang-road-bridge',
    permalink: LINK,
    accessed: '2026-12-01',
    release: '2026-11-26',
  });

  it('plain text names the feature, the map, the release, the permalink and the access date', () => {
    expect(c.plain).toBe(
      'Khasan–Tumangang Road Bridge. In Border Logistics Map: Russia’s land links with China and North Korea (interactive map, data release 2026-11-26). ' +
        `${LINK} (accessed 1 December 2026).`,
    );
  });

  it('APA-like: author (year). title [type]. Retrieved date, from URL', () => {
    expect(c.apa).toMatch(
      /^Border Logistics Map\. \(2026\)\. Khasan–Tumangang Road Bridge \[Map feature\]\./,
    );
    expect(c.apa).toContain(`Retrieved December 1, 2026, from ${LINK}`);
  });

  it('BibTeX: a @misc entry with url and urldate, braces balanced', () => {
    expect(c.bibtex.startsWith('@misc{blm-khasan-tumangang-road-bridge-2026,\n')).toBe(true);
    expect(c.bibtex).toContain(`url = {${LINK}}`);
    expect(c.bibtex).toContain('urldate = {2026-12-01}');
    expect(c.bibtex).toContain('title = {Khasan–Tumangang Road Bridge}');
    let depth = 0;
    for (const ch of c.bibtex.replace(/\\[{}]/g, '')) {
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('cites the map as a whole when no feature is given', () => {
    const m = buildCitation({
      featureName: null,
      featureId: null,
      permalink: 'https://x.example/',
      accessed: '2027-01-05',
    });
    expect(m.plain.startsWith('Border Logistics Map: Russia’s land links')).toBe(true);
    expect(m.plain).toContain('(accessed 5 January 2027)');
    expect(m.apa).toContain('[Interactive map]');
    expect(m.bibtex.startsWith('@misc{blm-2027,')).toBe(true);
    expect(m.bibtex).not.toContain('booktitle');
  });

  it('escapes BibTeX specials in names and never lets a URL break out of its braces', () => {
    const h = buildCitation({
      featureName: 'A {hostile} name & 100% _x_ #1 \\end',
      featureId: 'x',
      permalink: 'https://x.example/?q=}{',
      accessed: '2026-12-01',
    });
    expect(h.bibtex).toContain('title = {A \\{hostile\\} name \\& 100\\% \\_x\\_ \\#1 \\textbackslash{}end}');
    expect(h.bibtex).toContain('url = {https://x.example/?q=%7D%7B}');
  });
});

describe('helpers', () => {
  it('bibtexEscape leaves plain text alone', () => expect(bibtexEscape('Мост Дружбы')).toBe('Мост Дружбы'));
  it('citationKey keeps only safe characters', () =>
    expect(citationKey('a-b', '2026-01-01')).toBe('blm-a-b-2026'));
});
