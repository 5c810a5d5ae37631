// `npm run check:geo`: validates every geo/*.geojson file; prints one line per problem and exits non-zero on any.
import { checkDataset, formatIssue } from '../src/data/check-dataset';
import { todayIso } from '../src/domain/consistency';
import { readBorders, readGeoFiles } from './geo-files';

const files = readGeoFiles();
const { features, errors } = checkDataset(files, readBorders(), todayIso());
for (const e of errors) console.error(formatIssue(e));
const counts = new Map<string, number>();
for (const { feature } of features)
  counts.set(feature.properties.kind, (counts.get(feature.properties.kind) ?? 0) + 1);
console.log(
  `check:geo: ${files.length} files, ${features.length} valid features (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}), ${errors.length} problems`,
);
process.exit(errors.length > 0 ? 1 : 0);
