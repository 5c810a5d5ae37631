// Figures the tools print in the reader's language: capacity units and figures, distances.
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import type { Facts } from './schema';
import { CAPACITY_UNITS, isOneOf } from './vocabulary';

type Capacity = NonNullable<Facts['capacity']>[number];

/** A capacity unit in the reader's words ("Mt/yr", "млн т/год"); a unit outside the vocabulary as written. */
export function unitLabel(unit: string, tr: Translator = ENGLISH): string {
  return isOneOf(CAPACITY_UNITS, unit) ? tr.t(`unit.${unit}` as MessageKey) : unit;
}

/** "3,000,000 t/yr (2023)": the figure with its unit and year, without its note (a table cell stays one line). */
export function capacityFigure(
  c: Pick<Capacity, 'value' | 'unit' | 'year'>,
  tr: Translator = ENGLISH,
): string {
  const figure = `${tr.number(c.value, { maximumFractionDigits: 2 })} ${unitLabel(c.unit, tr)}`;
  return c.year !== undefined ? `${figure} (${c.year})` : figure;
}

/** "300 m", "5 km", "1.5 km": a distance in the unit a reader pictures. */
export function distanceText(metres: number, tr: Translator = ENGLISH): string {
  return metres < 1000
    ? tr.t('unit.metres', { value: tr.number(Math.round(metres)) })
    : tr.t('unit.kilometres', { value: tr.number(metres / 1000, { maximumFractionDigits: 1 }) });
}
