// Display text for one feature (names, dates, target history, facts, sources) and the list's grouping order.
// Pure: the card and the list stay thin, and every wording rule is unit-tested here.
import type { Facts, FeatureProperties, MapFeature, Source } from './schema';
import { NO_TARGET, safeLinks } from './data-rules';
import { formatPartialDate, yearOf } from './partial-date';
import { isOverdue } from './quality';
import { compareTargets } from './timeline-view';
import type { Border, Lang, Precision, Section } from './vocabulary';
import { SECTIONS, STATUS_LABEL } from './vocabulary';

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
export function dateLine(p: DateFields, today: string): DateLine {
  const overdue = isOverdue(p, today);
  if (p.opened) return { label: 'Opened', text: formatPartialDate(p.opened), overdue };
  if (p.inOperationBy)
    return { label: 'In operation by', text: formatPartialDate(p.inOperationBy.date), overdue };
  if (!p.target || p.target === NO_TARGET) return { label: 'Target', text: 'none announced', overdue: false };
  return { label: 'Target', text: formatPartialDate(p.target), overdue };
}

/** The card's date sentence: "Opened 10 Jun 2022", "In operation by 1994 (opening date unknown)", "Target: 2027". */
export function dateSentence(line: DateLine): string {
  if (line.label === 'Opened') return `Opened ${line.text}`;
  if (line.label === 'In operation by') return `In operation by ${line.text} (opening date unknown)`;
  return `Target: ${line.text}`;
}

/**
 * The official targets in timeline order, then the outcome: ["Oct 2019", "Q4 2019", "2021", "opened Nov 2022"].
 * A target announced again unchanged or merely reworded is not a new step, and a projection (official: false) is
 * not a target. Empty when no target was ever recorded.
 */
export function targetHistory(p: Pick<FeatureProperties, 'timeline' | 'opened' | 'target'>): string[] {
  const targets: string[] = [];
  for (const event of p.timeline) {
    if (event.type !== 'target' || !event.target || event.official === false) continue;
    if (compareTargets(targets.at(-1), event.target) !== 'restated') targets.push(event.target);
  }
  if (targets.length === 0) return [];
  const steps = targets.map((t) => formatPartialDate(t));
  if (p.opened) steps.push(`opened ${formatPartialDate(p.opened)}`);
  else if (p.target === NO_TARGET) steps.push('none announced');
  else if (p.target && compareTargets(targets.at(-1), p.target) !== 'restated')
    steps.push(formatPartialDate(p.target));
  return steps;
}

const FOREIGN_SIDE: Record<Border, { adjective: string; country: string }> = {
  cn: { adjective: 'Chinese', country: 'China' },
  kp: { adjective: 'North Korean', country: 'North Korea' },
};

function gaugeText(value: '1520' | '1435' | 'dual'): string {
  return value === 'dual' ? 'dual (1520 and 1435 mm)' : `${value} mm`;
}

/** "1520 mm (Russia), 1435 mm (China)"; null when the data gives no gauge. */
export function gaugeLine(p: Pick<FeatureProperties, 'facts' | 'border'>): string | null {
  const gauge = p.facts?.gauge;
  if (!gauge) return null;
  const russian = `${gaugeText(gauge.ru)} (Russia)`;
  if (!gauge.foreign) return russian;
  const country = p.border ? FOREIGN_SIDE[p.border].country : 'other side';
  return `${russian}, ${gaugeText(gauge.foreign)} (${country})`;
}

/** Why the gauge matters at this crossing: a break of gauge (transshipment) or a dual-gauge track through it. */
export function gaugeNote(p: Pick<FeatureProperties, 'facts' | 'border'>): string | null {
  const gauge = p.facts?.gauge;
  if (!gauge) return null;
  if (gauge.ru === 'dual' || gauge.foreign === 'dual')
    return 'Dual-gauge track (1520 and 1435 mm) crosses the border';
  if (!gauge.foreign || gauge.foreign === gauge.ru) return null;
  const side = p.border ? FOREIGN_SIDE[p.border].adjective : 'foreign';
  return `Break of gauge: Russian ${gauge.ru} mm ↔ ${side} ${gauge.foreign} mm`;
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const KM = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "300 m", "5 km", "1.5 km": the error radius in the unit a reader pictures. */
export function formatRadius(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${KM.format(metres / 1000)} km`;
}

/** Bridges in metres ("2,209 m"), long links in kilometres ("12.5 km"). */
export function formatLength(metres: number): string {
  return metres < 10_000 ? `${NUMBER.format(Math.round(metres))} m` : `${KM.format(metres / 1000)} km`;
}

const PRECISION_PREFIX: Record<Precision, string> = {
  exact: 'Exact coordinates',
  site: 'Coordinates of its site or station',
  settlement: 'Coordinates of the settlement',
  estimated: 'Estimated location',
};

/** "Estimated location (±5 km): <how it was placed>": the reader must know how far to trust the point. */
export function precisionNote(p: Pick<FeatureProperties, 'location'>): string {
  const { precision, radiusM, note, rule, anchor } = p.location;
  const base = `${PRECISION_PREFIX[precision]} (±${formatRadius(radiusM)}): ${note}`;
  if (rule !== 'nearest-border-point' || !anchor) return base;
  return `${base} Placement rule: the point of the border line nearest ${anchor.name}; the radius is at least ${anchor.name}'s distance to the border.`;
}

/** "22 Mt/yr (2023) — foreign-trade cargo handled". */
export function formatCapacity(c: Capacity): string {
  const year = c.year !== undefined ? ` (${c.year})` : '';
  const note = c.note ? ` — ${c.note}` : '';
  return `${NUMBER.format(c.value)} ${c.unit}${year}${note}`;
}

/** A feature's sources safe to render as links. */
export function safeSources(p: Pick<FeatureProperties, 'sources'>): Source[] {
  return safeLinks(p.sources);
}

/** The short date for a list row: "opened 2022", "in operation by 1994", "target 2026", "closed 2015". */
export function listDateText(
  p: Pick<FeatureProperties, 'opened' | 'closed' | 'target'> &
    Partial<Pick<FeatureProperties, 'inOperationBy'>>,
): string {
  const by = p.inOperationBy && `in operation by ${yearOf(p.inOperationBy.date) ?? p.inOperationBy.date}`;
  const start = p.opened ? `opened ${yearOf(p.opened) ?? p.opened}` : by;
  if (p.closed) {
    const closed = `closed ${yearOf(p.closed) ?? p.closed}`;
    return start ? `${start}, ${closed}` : closed;
  }
  if (start) return start;
  if (!p.target || p.target === NO_TARGET) return 'no target announced';
  return `target ${yearOf(p.target) ?? p.target}`;
}

/**
 * Accessible name of a list row. It starts with the English name (what tests and users search for), then the
 * localized name when it differs, so the visible label is part of the name.
 */
export function listItemLabel(p: FeatureProperties, lang: Lang, today: string): string {
  const local = displayName(p, lang);
  const names = local === p.name.en ? p.name.en : `${p.name.en} (${local})`;
  const line = dateLine(p, today);
  const overdue = line.overdue ? ', overdue' : '';
  return `${names}, ${STATUS_LABEL[p.status]}, ${listDateText(p)}${overdue}`;
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
