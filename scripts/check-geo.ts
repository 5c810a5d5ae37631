// `npm run check:geo`: validates every geo/*.geojson file; prints one line per problem (errors, then warnings) and a
// short quality report, and exits non-zero on any error. Warnings do not fail the check (see geo/README.md).
// `--borders FILE` checks the distances to the border against another border-line file (same shape as
// public/basemap/borders.geojson: LineStrings with properties.kind "ru-cn" or "ru-kp"), e.g. an OSM-derived one;
// `--border-accuracy-m N` sets the slack the border-distance rule adds to each radius (default: BORDER_ACCURACY_M).
import { checkDataset, formatIssue } from '../src/data/check-dataset';
import { qualityReport } from '../src/data/quality-report';
import { todayIso } from '../src/domain/consistency';
import { readBorders, readGeoFiles } from './geo-files';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`check:geo: ${name} needs a value`);
    process.exit(2);
  }
  return value;
}
const bordersFile = option('--borders');
const accuracyArg = option('--border-accuracy-m');
const borderAccuracyM = accuracyArg === undefined ? undefined : Number(accuracyArg);
if (borderAccuracyM !== undefined && !(borderAccuracyM >= 0)) {
  console.error('check:geo: --border-accuracy-m needs a number of metres >= 0');
  process.exit(2);
}
const files = readGeoFiles();
const today = todayIso();
const { features, errors, warnings } = checkDataset(files, readBorders(bordersFile), today, {
  borderAccuracyM,
});
for (const e of errors) console.error(`error: ${formatIssue(e)}`);
for (const w of warnings) console.warn(`warning: ${formatIssue(w)}`);
const counts = new Map<string, number>();
for (const { feature } of features)
  counts.set(feature.properties.kind, (counts.get(feature.properties.kind) ?? 0) + 1);
for (const line of qualityReport(
  features.map((f) => f.feature),
  today,
))
  console.log(line);
console.log(
  `check:geo: ${bordersFile ? `borders from ${bordersFile}; ` : ''}${files.length} files, ${features.length} valid features (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}), ${errors.length} errors, ${warnings.length} warnings`,
);
process.exit(errors.length > 0 ? 1 : 0);
