// Citations of the map or of one feature: plain text, APA-like and BibTeX, each with the permalink and the date
// the reader accessed it.
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import { MONTH_NAMES } from './partial-date';
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

/** A full date in the reader's words ("1 декабря 2026 г.", "2026年12月1日"); null for English or a partial value. */
function localDate(iso: string, tr: Translator): string | null {
  if (tr.lang === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return tr.date(iso, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "1 December 2026" (plain) from yyyy-mm-dd; the value itself when it is not a full date. */
function longDate(iso: string, tr: Translator): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return localDate(iso, tr) ?? `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** "December 1, 2026" as APA writes retrieval dates (in English; the reader's own form in other languages). */
function apaDate(iso: string, tr: Translator): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return localDate(iso, tr) ?? `${MONTH_NAMES[Number(m[2]) - 1] ?? ''} ${Number(m[3])}, ${m[1]}`;
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

/**
 * The three citations in the reader's language (the map's title, the BibTeX keys and field names stay as they
 * are; the words around them are translated).
 */
export function buildCitation(input: CitationInput, tr: Translator = ENGLISH): Citation {
  const release = input.release ?? PROJECT.dataRelease;
  const year = release.slice(0, 4);
  const work = tr.t('cite.work', { title: PROJECT.title });
  const name = input.featureName;
  const permalink = input.permalink;
  const what = name ? tr.t('cite.inWork', { name, work }) : work;
  const plain = tr.t('cite.plain', { what, release, permalink, date: longDate(input.accessed, tr) });
  const retrieved = {
    title: PROJECT.title,
    year,
    work,
    release,
    permalink,
    date: apaDate(input.accessed, tr),
  };
  const apa = name ? tr.t('cite.apa.feature', { ...retrieved, name }) : tr.t('cite.apa.map', retrieved);
  const title = name ?? work;
  const fields: [string, string][] = [
    ['author', `{${PROJECT.title}}`],
    ['title', `{${bibtexEscape(title)}}`],
    ...(input.featureName ? ([['booktitle', `{${bibtexEscape(PROJECT.title)}}`]] as [string, string][]) : []),
    ['year', `{${year}}`],
    ['howpublished', `{${bibtexEscape(tr.t('cite.bibtex.howpublished', { release }))}}`],
    ['url', `{${input.permalink.replace(/[{}\\]/g, encodeURIComponent)}}`],
    ['urldate', `{${input.accessed}}`],
    ['note', `{${bibtexEscape(tr.t('cite.bibtex.note', { date: input.accessed }))}}`],
  ];
  const bibtex = `@misc{${citationKey(input.featureId, input.accessed)},\n${fields
    .map(([k, v]) => `  ${k} = ${v}`)
    .join(',\n')}\n}`;
  return { plain, apa, bibtex };
}
