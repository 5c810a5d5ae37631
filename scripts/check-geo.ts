// `npm run check:geo`: validates every geo/*.geojson file; prints one line per problem (errors, then warnings) and a
// short quality report, and exits non-zero on any error. Warnings do not fail the check (see geo/README.md).
// `--borders FILE` checks the distances to the border against another border-line file (same shape as
// public/basemap/borders.geojson: LineStrings with properties.kind "ru-cn" or "ru-kp"), e.g. an OSM-derived one.
import { checkDataset, formatIssue } from '../src/data/check-dataset';
import { qualityReport } from '../src/data/quality-report';
import { todayIso } from '../src/domain/consistency';
import { readBorders, readGeoFiles } from './geo-files';

const bordersArg = process.argv.indexOf('--borders');
const bordersFile = bordersArg >= 0 ? process.argv[bordersArg + 1] : undefined;
if (bordersArg >= 0 && !bordersFile) {
  console.error('check:geo: --borders needs a file');
  process.exit(2);
}
const files = readGeoFiles();
const today = todayIso();
const { features, errors, warnings } = checkDataset(files, readBorders(bordersFile), today);
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
