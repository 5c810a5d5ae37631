// The dataset's vocabulary in the reader's language: one function per closed list, each value's words from the
// catalogues (`status.operational`, `kind.road-bridge`, …).
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import type { Border, EventType, Kind, Precision, Section, Status } from './vocabulary';
import type { Gauge, Mode } from './modes';

const label =
  <T extends string>(group: string) =>
  (value: T, tr: Translator = ENGLISH): string =>
    tr.t(`${group}.${value}` as MessageKey);

export const statusLabel = label<Status>('status');
export const kindLabel = label<Kind>('kind');
export const borderLabel = label<Border>('border');
export const sectionLabel = label<Section>('section');
export const precisionLabel = label<Precision>('precision');
export const eventLabel = label<EventType>('event');
export const modeLabel = label<Mode>('mode');
export const gaugeLabel = label<Gauge>('gauge');

/** "3 features" / "3 объекта": a count of features by the language's plural rules. */
export const featureCount = (count: number, tr: Translator = ENGLISH): string =>
  tr.t('count.features', { count });
