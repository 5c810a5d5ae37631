// Citations of the map or of one feature: plain text, APA-like and BibTeX, each with the permalink and the date
// the reader accessed it.
import { PROJECT } from './about';

export interface CitationInput {
  /** The feature's English name; null cites the map as a whole. */
  featureName: string | null;
  /** Stable id of the feature, used in the BibTeX key. */
  featureId: string | null;
  permalink: string;
  /** yyyy-mm-dd: the day the reader looked. */
  accessed: string;
  /** yyyy-mm-dd: the data release cited. */
  release?: string;
}

export interface Citation {
  plain: string;
  apa: string;
  bibtex: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 December 2026" (plain) from yyyy-mm-dd; the value itself when it is not a full date. */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** "December 1, 2026" as APA writes retrieval dates. */
function apaDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${MONTHS[Number(m[2]) - 1] ?? ''} ${Number(m[3])}, ${m[1]}`;
}

/** BibTeX special characters escaped; braces kept balanced by escaping them too. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\textasciicircum{}';
    if (c === '~') return '\\textasciitilde{}';
    return `\\${c}`;
  });
}

export function citationKey(featureId: string | null, accessed: string): string {
  const year = accessed.slice(0, 4);
  const base = featureId ? `blm-${featureId}` : 'blm';
  return `${base}-${year}`.replace(/[^A-Za-z0-9-]/g, '');
}

export function buildCitation(input: CitationInput): Citation {
  const release = input.release ?? PROJECT.dataRelease;
  const year = release.slice(0, 4);
  const what = input.featureName
    ? `${input.featureName}. In ${PROJECT.title}: ${PROJECT.subtitle}`
    : `${PROJECT.title}: ${PROJECT.subtitle}`;
  const plain = `${what} (interactive map, data release ${release}). ${input.permalink} (accessed ${longDate(input.accessed)}).`;
  const apa = input.featureName
    ? `${PROJECT.title}. (${year}). ${input.featureName} [Map feature]. In ${PROJECT.title}: ${PROJECT.subtitle} (Data release ${release}). Retrieved ${apaDate(input.accessed)}, from ${input.permalink}`
    : `${PROJECT.title}. (${year}). ${PROJECT.title}: ${PROJECT.subtitle} [Interactive map] (Data release ${release}). Retrieved ${apaDate(input.accessed)}, from ${input.permalink}`;
  const title = input.featureName ? `${input.featureName}` : `${PROJECT.title}: ${PROJECT.subtitle}`;
  const fields: [string, string][] = [
    ['author', `{${PROJECT.title}}`],
    ['title', `{${bibtexEscape(title)}}`],
    ...(input.featureName ? ([['booktitle', `{${bibtexEscape(PROJECT.title)}}`]] as [string, string][]) : []),
    ['year', `{${year}}`],
    ['howpublished', `{Interactive map, data release ${release}}`],
    ['url', `{${input.permalink.replace(/[{}\\]/g, encodeURIComponent)}}`],
    ['urldate', `{${input.accessed}}`],
    ['note', `{Accessed ${input.accessed}}`],
  ];
  const bibtex = `@misc{${citationKey(input.featureId, input.accessed)},\n${fields
    .map(([k, v]) => `  ${k} = ${v}`)
    .join(',\n')}\n}`;
  return { plain, apa, bibtex };
}
