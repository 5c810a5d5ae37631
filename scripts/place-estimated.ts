// `npm run place`: moves every point placed by the "nearest-border-point" rule to the point of the bundled border
// line nearest its anchor settlement, and sets its radius by the rule. Rewrites only those features' geometry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearestBorderPoint, roundPosition } from '../src/domain/geometry';
import { placementRadiusM } from '../src/data/check-dataset';
import { GEO_DIR, readBorders, readGeoFiles } from './geo-files';

const borders = readBorders();
let moved = 0;
for (const file of readGeoFiles()) {
  const fc = file.json as {
    features?: {
      id?: string;
      geometry?: { type: string; coordinates: unknown };
      properties?: Record<string, unknown>;
    }[];
  };
  if (!Array.isArray(fc.features)) continue;
  let changed = false;
  for (const f of fc.features) {
    const loc = f.properties?.location as
      { rule?: string; anchor?: { lon: number; lat: number }; radiusM?: number } | undefined;
    if (loc?.rule !== 'nearest-border-point' || !loc.anchor || f.geometry?.type !== 'Point') continue;
    const kind = f.properties?.border === 'kp' ? 'ru-kp' : 'ru-cn';
    const placed = nearestBorderPoint(
      borders.filter((b) => b.properties.kind === kind),
      [loc.anchor.lon, loc.anchor.lat],
    );
    f.geometry.coordinates = roundPosition(placed.position);
    // The rule gives the smallest honest radius; a larger one set by a researcher from the sources is kept.
    loc.radiusM = Math.max(loc.radiusM ?? 0, placementRadiusM(placed.distanceM));
    changed = true;
    moved += 1;
    console.log(
      `${file.name}: ${f.id}: placed ${(placed.distanceM / 1000).toFixed(1)} km from ${JSON.stringify(loc.anchor)}, radius ${loc.radiusM} m`,
    );
  }
  if (changed) writeFileSync(join(GEO_DIR, file.name), JSON.stringify(fc, null, 2) + '\n');
}
console.log(`place: ${moved} features placed by the nearest-border-point rule`);
