// Filters people think in, across kinds: the transport mode of a link, and the rail gauge it carries.
import type { FeatureProperties } from './schema';
import type { Kind } from './vocabulary';

export const MODES = ['rail', 'road', 'river', 'cable-car', 'pipeline-construction'] as const;
export type Mode = (typeof MODES)[number];

const KIND_MODE: Partial<Record<Kind, Mode>> = {
  'rail-crossing': 'rail',
  'railway-bridge': 'rail',
  'road-crossing': 'road',
  'road-bridge': 'road',
  'river-crossing': 'river',
  'cable-car': 'cable-car',
};

/**
 * Temporary checkpoints opened only to carry the builders and cargo of a cross-border pipeline, as their status
 * notes say: Verkhneblagoveshchensky (2017, the Power of Siberia's Amur crossing) and Lesozavodsk (2025, the gas
 * pipeline's Ussuri crossing). The data has no field for this, so the ids are listed here and a data test checks
 * that each one's note names the pipeline.
 */
export const PIPELINE_CONSTRUCTION_IDS: ReadonlySet<string> = new Set([
  'verkhneblagoveshchensky-temporary',
  'lesozavodsk-temporary-crossing',
]);

/** The modes of a feature: its kind's mode, plus pipeline construction for those crossings. Hubs have none. */
export function modesOf(p: Pick<FeatureProperties, 'id' | 'kind'>): Mode[] {
  const mode = KIND_MODE[p.kind];
  const modes: Mode[] = mode ? [mode] : [];
  if (PIPELINE_CONSTRUCTION_IDS.has(p.id)) modes.push('pipeline-construction');
  return modes;
}

export const GAUGES = ['1520', '1435', 'dual', 'break'] as const;
export type Gauge = (typeof GAUGES)[number];

export const GAUGE_LABEL: Record<Gauge, string> = {
  '1520': '1520 mm (Russian)',
  '1435': '1435 mm (standard)',
  dual: 'Dual gauge (1520 + 1435)',
  break: 'Break of gauge',
};

/**
 * One gauge class per feature with a gauge (null without): dual where either side has dual-gauge track, a break
 * where the two sides differ, else the one gauge both sides share.
 */
export function gaugeOf(p: Pick<FeatureProperties, 'facts'>): Gauge | null {
  const g = p.facts?.gauge;
  if (!g) return null;
  if (g.ru === 'dual' || g.foreign === 'dual') return 'dual';
  if (g.foreign && g.foreign !== g.ru) return 'break';
  return g.ru;
}
