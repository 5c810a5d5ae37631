// Display text for one feature (names, dates, target history, facts, sources) and the list's grouping order.
// Pure: the card and the list stay thin, and every wording rule is unit-tested here.
import type { Facts, FeatureProperties, MapFeature, Source } from './schema';
import { NO_TARGET, safeLinks } from './data-rules';
import { formatPartialDate, yearOf } from './partial-date';
import { isOverdue } from './quality';
import { compareTargets } from './timeline-view';
import type { Border, Lang, Section } from './vocabulary';
import { CAPACITY_UNITS, SECTIONS, isOneOf } from './vocabulary';
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import { borderLabel, statusLabel } from './labels';

type Capacity = NonNullable<Facts['capacity']>[number];

/** The language a feature's name is shown in: the chosen one, or English when the data has no name in it. */
export function displayLang(p: Pick<FeatureProperties, 'name'>, lang: Lang): Lang {
  return p.name[lang] ? lang : 'en';
}

/** The name in the chosen language; English when the data has none in that language. */
export function displayName(p: Pick<FeatureProperties, 'name'>, lang: Lang): string {
  return p.name[displayLang(p, lang)] ?? p.name.en;
}

/** `overdue`: a target (opening, or reopening of a suspended crossing) has passed with no confirmed opening. */
export type DateLine = { label: 'Opened' | 'In operation by' | 'Target'; text: string; overdue: boolean };

type DateFields = Partial<Pick<FeatureProperties, 'opened' | 'inOperationBy' | 'target' | 'status'>>;

/**
 * The one date a reader looks for first: when it opened, else when it is known to be in operation by (opening date
 * unknown), else its current target. Overdue = the last day the target can mean has passed with no confirmed
 * opening (so "summer 2026" is overdue in November 2026); see isOverdue.
 */
export function dateLine(p: DateFields, today: string, tr: Translator = ENGLISH): DateLine {
  const overdue = isOverdue(p, today);
  if (p.opened) return { label: 'Opened', text: formatPartialDate(p.opened, tr), overdue };
  if (p.inOperationBy)
    return { label: 'In operation by', text: formatPartialDate(p.inOperationBy.date, tr), overdue };
  if (!p.target || p.target === NO_TARGET)
    return { label: 'Target', text: tr.t('date.noneAnnounced'), overdue: false };
  return { label: 'Target', text: formatPartialDate(p.target, tr), overdue };
}

/** The card's date sentence: "Opened 10 Jun 2022", "In operation by 1994 (opening date unknown)", "Target: 2027". */
export function dateSentence(line: DateLine, tr: Translator = ENGLISH): string {
  if (line.label === 'Opened') return tr.t('card.opened', { date: line.text });
  if (line.label === 'In operation by') return tr.t('card.inOperationBy', { date: line.text });
  return tr.t('card.target', { date: line.text });
}

/**
 * The official targets in timeline order, then the outcome: ["Oct 2019", "Q4 2019", "2021", "opened Nov 2022"].
 * A target announced again unchanged or merely reworded is not a new step, and a projection (official: false) is
 * not a target. Empty when no target was ever recorded.
 */
export function targetHistory(
  p: Pick<FeatureProperties, 'timeline' | 'opened' | 'target'>,
  tr: Translator = ENGLISH,
): string[] {
  const targets: string[] = [];
  for (const event of p.timeline) {
    if (event.type !== 'target' || !event.target || event.official === false) continue;
    if (compareTargets(targets.at(-1), event.target) !== 'restated') targets.push(event.target);
  }
  if (targets.length === 0) return [];
  const steps = targets.map((t) => formatPartialDate(t, tr));
  if (p.opened) steps.push(tr.t('card.historyOpened', { date: formatPartialDate(p.opened, tr) }));
  else if (p.target === NO_TARGET) steps.push(tr.t('date.noneAnnounced'));
  else if (p.target && compareTargets(targets.at(-1), p.target) !== 'restated')
    steps.push(formatPartialDate(p.target, tr));
  return steps;
}

function gaugeText(value: '1520' | '1435' | 'dual', tr: Translator): string {
  return value === 'dual' ? tr.t('gauge.dualTrack') : tr.t('gauge.mm', { gauge: value });
}

/** "1520 mm (Russia), 1435 mm (China)"; null when the data gives no gauge. */
export function gaugeLine(
  p: Pick<FeatureProperties, 'facts' | 'border'>,
  tr: Translator = ENGLISH,
): string | null {
  const gauge = p.facts?.gauge;
  if (!gauge) return null;
  const russian = tr.t('gauge.russia', { gauge: gaugeText(gauge.ru, tr) });
  if (!gauge.foreign) return russian;
  const country = p.border ? borderLabel(p.border, tr) : tr.t('gauge.otherSide');
  return tr.t('gauge.both', { russian, foreign: gaugeText(gauge.foreign, tr), country });
}

/** Why the gauge matters at this crossing: a break of gauge (transshipment) or a dual-gauge track through it. */
export function gaugeNote(
  p: Pick<FeatureProperties, 'facts' | 'border'>,
  tr: Translator = ENGLISH,
): string | null {
  const gauge = p.facts?.gauge;
  if (!gauge) return null;
  if (gauge.ru === 'dual' || gauge.foreign === 'dual') return tr.t('gauge.dualNote');
  if (!gauge.foreign || gauge.foreign === gauge.ru) return null;
  const side: Border | 'other' = p.border ?? 'other';
  return tr.t('gauge.breakNote', { ru: gauge.ru, side, foreign: gauge.foreign });
}

/** "300 m", "5 km", "1.5 km": the error radius in the unit a reader pictures. */
export function formatRadius(metres: number, tr: Translator = ENGLISH): string {
  return metres < 1000
    ? tr.number(Math.round(metres), { style: 'unit', unit: 'meter' })
    : tr.number(metres / 1000, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
}

/** Bridges in metres ("2,209 m"), long links in kilometres ("12.5 km"). */
export function formatLength(metres: number, tr: Translator = ENGLISH): string {
  return metres < 10_000
    ? tr.number(Math.round(metres), { style: 'unit', unit: 'meter' })
    : tr.number(metres / 1000, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
}

/** "Estimated location (±5 km)": how the point was placed, before the data's own note on it. */
export function precisionPrefix(p: Pick<FeatureProperties, 'location'>, tr: Translator = ENGLISH): string {
  const { precision, radiusM } = p.location;
  return tr.t(`precision.prefix.${precision}` as MessageKey, { radius: formatRadius(radiusM, tr) });
}

/** "Estimated location (±5 km): <how it was placed>": the reader must know how far to trust the point. */
export function precisionNote(p: Pick<FeatureProperties, 'location'>, tr: Translator = ENGLISH): string {
  const { note, rule, anchor } = p.location;
  const base = `${precisionPrefix(p, tr)}: ${note}`;
  if (rule !== 'nearest-border-point' || !anchor) return base;
  return `${base} ${tr.t('precision.rule', { anchor: anchor.name })}`;
}

/** A capacity unit in the reader's words ("Mt/yr", "млн т/год"); a unit outside the list as the data gives it. */
export function unitLabel(unit: string, tr: Translator = ENGLISH): string {
  return isOneOf(CAPACITY_UNITS, unit) ? tr.t(`unit.${unit}` as MessageKey) : unit;
}

/** "22 Mt/yr (2023)": the figure, without the data's note. */
export function formatCapacityFigure(c: Capacity, tr: Translator = ENGLISH): string {
  const figure = `${tr.number(c.value, { maximumFractionDigits: 2 })} ${unitLabel(c.unit, tr)}`;
  return c.year !== undefined ? `${figure} (${c.year})` : figure;
}

/** "22 Mt/yr (2023) — foreign-trade cargo handled". */
export function formatCapacity(c: Capacity, tr: Translator = ENGLISH): string {
  const figure = formatCapacityFigure(c, tr);
  return c.note ? `${figure} — ${c.note}` : figure;
}

/** A feature's sources safe to render as links. */
export function safeSources(p: Pick<FeatureProperties, 'sources'>): Source[] {
  return safeLinks(p.sources);
}

/** The short date for a list row: "opened 2022", "in operation by 1994", "target 2026", "closed 2015". */
export function listDateText(
  p: Pick<FeatureProperties, 'opened' | 'closed' | 'target'> &
    Partial<Pick<FeatureProperties, 'inOperationBy'>>,
  tr: Translator = ENGLISH,
): string {
  const y = (date: string) => String(yearOf(date) ?? date);
  const by = p.inOperationBy && tr.t('list.inOperationBy', { year: y(p.inOperationBy.date) });
  const start = p.opened ? tr.t('list.opened', { year: y(p.opened) }) : by;
  if (p.closed) {
    const closed = tr.t('list.closed', { year: y(p.closed) });
    return start ? `${start}, ${closed}` : closed;
  }
  if (start) return start;
  if (!p.target || p.target === NO_TARGET) return tr.t('list.noTarget');
  return tr.t('list.target', { year: y(p.target) });
}

/**
 * Accessible name of a list row. It starts with the English name (what tests and users search for), then the
 * localized name when it differs, so the visible label is part of the name. The localized name follows a comma, not
 * in parentheses: axe's label-in-name rule (4.14) drops parenthesised text before it compares.
 */
export function listItemLabel(
  p: FeatureProperties,
  lang: Lang,
  today: string,
  tr: Translator = ENGLISH,
): string {
  const local = displayName(p, lang);
  const names = local === p.name.en ? p.name.en : `${p.name.en}, ${local}`;
  const line = dateLine(p, today, tr);
  const overdue = line.overdue ? `, ${tr.t('list.overdue')}` : '';
  return `${names}, ${statusLabel(p.status, tr)}, ${listDateText(p, tr)}${overdue}`;
}

/** First position of the geometry as [lon, lat]. */
export function firstPosition(feature: MapFeature): [number, number] {
  const g = feature.geometry;
  const position = g.type === 'Point' ? g.coordinates : g.coordinates[0];
  return position ? [position[0], position[1]] : [0, 0];
}

// These sections run north–south along the Ussuri, past Khanka and down the Tumen, so west→east would shuffle them.
const NORTH_TO_SOUTH: ReadonlySet<Section> = new Set<Section>(['ussuri', 'primorye', 'tumen']);

export interface SectionGroup {
  section: Section;
  features: MapFeature[];
}

/** Groups in SECTIONS order (empty ones left out), each in the order a reader follows the border. */
export function groupBySection(features: MapFeature[]): SectionGroup[] {
  return SECTIONS.map((section) => {
    const northToSouth = NORTH_TO_SOUTH.has(section);
    // Each feature's sort key is read once (the comparator runs n log n times; thousands in a generated set).
    const keyed = features.flatMap((f) => {
      if (f.properties.section !== section) return [];
      const [lon, lat] = firstPosition(f);
      return [{ f, key: northToSouth ? -lat : lon }];
    });
    keyed.sort((a, b) => a.key - b.key || a.f.properties.name.en.localeCompare(b.f.properties.name.en));
    return { section, features: keyed.map((k) => k.f) };
  }).filter((group) => group.features.length > 0);
}
