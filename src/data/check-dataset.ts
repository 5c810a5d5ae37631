// The full data check behind `npm run check:geo`: schema, unique ids, coordinates, distance to the border,
// status/date consistency, co-location and the data-quality rules (quality-rules.ts). Pure: the caller reads the files.
import type { DataIssue, MapFeature } from '../domain/schema';
import { checkConsistency } from '../domain/consistency';
import type { BorderLine } from '../domain/geometry';
import { distanceM, distanceToBorderM, nearestBorderPoint, positionsOf } from '../domain/geometry';
import { CROSSING_KINDS } from '../domain/vocabulary';
import { validateCollection } from './load-features';
import { qualityRules } from './quality-rules';

/**
 * Natural Earth 1:10m border lines are good to about this many metres along this border: the default slack of the
 * border-distance rule. A more accurate line (e.g. OpenStreetMap-derived) can be checked with a smaller one.
 */
export const BORDER_ACCURACY_M = 2000;
/** A crossing or bridge further than this from its border is an error whatever its stated radius. */
export const MAX_BORDER_DISTANCE_M = 50_000;
/** The region the dataset may cover (lon/lat), to catch swapped coordinates. */
export const REGION_BBOX = { minLon: 25, minLat: 35, maxLon: 180, maxLat: 80 } as const;
/** Two features of one kind closer than this are "at one place". */
export const SAME_PLACE_M = 50;

export interface InputFile {
  name: string;
  json: unknown;
}

export interface CheckResult {
  features: { file: string; feature: MapFeature }[];
  errors: DataIssue[];
  /** Reported, but do not fail the check (see geo/README.md, "Checks"). */
  warnings: DataIssue[];
}

/** Radius for a point placed by the nearest-border-point rule: the anchor's distance to the border, at least 3 km. */
export function placementRadiusM(anchorToBorderM: number): number {
  return Math.max(3000, Math.ceil(anchorToBorderM / 500) * 500);
}

export interface CheckOptions {
  /** Slack (metres) added to a crossing's radius in the border-distance rule: the border line's own accuracy. */
  borderAccuracyM?: number;
}

export function checkDataset(
  files: InputFile[],
  borders: BorderLine[],
  today: string,
  options: CheckOptions = {},
): CheckResult {
  const borderAccuracyM = options.borderAccuracyM ?? BORDER_ACCURACY_M;
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const seen = new Set<string>();
  const features: { file: string; feature: MapFeature }[] = [];

  for (const file of files) {
    const result = validateCollection(file.name, file.json, seen);
    errors.push(...result.issues);
    for (const feature of result.features) features.push({ file: file.name, feature });
  }

  const bordersFor = (code: string | undefined) =>
    borders.filter((b) => b.properties.kind === (code === 'kp' ? 'ru-kp' : 'ru-cn'));

  for (const { file, feature } of features) {
    const p = feature.properties;
    const add = (field: string, message: string) =>
      errors.push({ file, featureId: feature.id, field, message });
    errors.push(...checkConsistency(file, feature, today));
    const quality = qualityRules(file, feature, today);
    errors.push(...quality.errors);
    warnings.push(...quality.warnings);

    for (const [lon, lat] of positionsOf(feature.geometry)) {
      if (lon === undefined || lat === undefined) continue;
      if (
        lon < REGION_BBOX.minLon ||
        lon > REGION_BBOX.maxLon ||
        lat < REGION_BBOX.minLat ||
        lat > REGION_BBOX.maxLat
      )
        add(
          'geometry.coordinates',
          `[${lon}, ${lat}] is outside the mapped region: are longitude and latitude swapped?`,
        );
    }

    if (CROSSING_KINDS.has(p.kind)) {
      if (!p.border) add('border', 'a crossing or bridge must say which border it is on (cn or kp)');
      else {
        const lines = bordersFor(p.border);
        const d = distanceToBorderM(lines, feature.geometry);
        const allowed = Math.min(p.location.radiusM + borderAccuracyM, MAX_BORDER_DISTANCE_M);
        if (d > allowed)
          add(
            'geometry',
            `lies ${(d / 1000).toFixed(1)} km from the ${p.border === 'kp' ? 'Russia–North Korea' : 'Russia–China'} border; ` +
              `its stated radius allows ${(allowed / 1000).toFixed(1)} km`,
          );
      }
    }

    if (
      p.location.rule === 'nearest-border-point' &&
      p.location.anchor &&
      feature.geometry.type === 'Point'
    ) {
      const lines = bordersFor(p.border);
      const placed = nearestBorderPoint(lines, [p.location.anchor.lon, p.location.anchor.lat]);
      const off = distanceM(placed.position, feature.geometry.coordinates);
      if (off > 100)
        add(
          'geometry',
          `not at the nearest border point to its anchor (${Math.round(off)} m off): run npm run place`,
        );
      const radius = placementRadiusM(placed.distanceM);
      if (p.location.radiusM < radius)
        add('location.radiusM', `the placement rule gives a radius of at least ${radius} m`);
    }
  }

  // No two features of one kind at one place, unless both positions are only settlement-level or estimated.
  const loose = new Set(['settlement', 'estimated']);
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const a = features[i];
      const b = features[j];
      if (!a || !b || a.feature.properties.kind !== b.feature.properties.kind) continue;
      if (a.feature.geometry.type !== 'Point' || b.feature.geometry.type !== 'Point') continue;
      const d = distanceM(a.feature.geometry.coordinates, b.feature.geometry.coordinates);
      const bothLoose =
        loose.has(a.feature.properties.location.precision) &&
        loose.has(b.feature.properties.location.precision);
      if (d < SAME_PLACE_M && !bothLoose)
        errors.push({
          file: b.file,
          featureId: b.feature.id,
          field: 'geometry',
          message: `a second ${b.feature.properties.kind} at the place of "${a.feature.id}" (${Math.round(d)} m apart): a duplicate?`,
        });
    }
  }
  return { features, errors, warnings };
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.featureId}: ${issue.field}: ${issue.message}`;
}
