// `npx tsx scripts/data-report.ts`: counts by kind, status and border; how many crossings and bridges have a dated
// source; every estimated location with its radius. Used for release notes.
import { checkDataset } from '../src/data/check-dataset';
import { todayIso } from '../src/domain/consistency';
import { CROSSING_KINDS } from '../src/domain/vocabulary';
import { readBorders, readGeoFiles } from './geo-files';

const { features } = checkDataset(readGeoFiles(), readBorders(), todayIso());
const count = (key: (p: (typeof features)[number]['feature']['properties']) => string) => {
  const m = new Map<string, number>();
  for (const { feature } of features)
    m.set(key(feature.properties), (m.get(key(feature.properties)) ?? 0) + 1);
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
};
console.log(`features: ${features.length}`);
console.log(`by kind: ${count((p) => p.kind)}`);
console.log(`by status: ${count((p) => p.status)}`);
console.log(`by border: ${count((p) => p.border ?? 'none')}`);
console.log(`by precision: ${count((p) => p.location.precision)}`);
const crossings = features.filter((f) => CROSSING_KINDS.has(f.feature.properties.kind));
const dated = crossings.filter((f) => f.feature.properties.sources.some((s) => s.published));
console.log(`crossings and bridges with a dated source: ${dated.length}/${crossings.length}`);
const statusDated = crossings.filter(({ feature: { properties: p } }) => {
  const key =
    p.status === 'operational' || p.status === 'suspended' || p.status === 'closed'
      ? (p.opened ?? p.inOperationBy?.date)
      : p.target;
  return Boolean(key) && p.sources.some((s) => s.published);
});
console.log(
  `… whose status date (opened, inOperationBy or target) is set and backed by a dated source: ${statusDated.length}/${crossings.length}`,
);
console.log('estimated locations:');
for (const { file, feature } of features.filter(
  (f) => f.feature.properties.location.precision === 'estimated',
))
  console.log(
    `  ${feature.id} (${file}): ±${(feature.properties.location.radiusM / 1000).toFixed(1)} km${feature.properties.location.rule ? ', nearest-border-point rule' : ''}`,
  );
