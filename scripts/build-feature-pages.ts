// Writes dist/f/<id>/index.html for every valid feature (see scripts/build/feature-pages.ts). Run by the
// `feature-pages` plugin of vite.config.ts after each build: tsx scripts/build-feature-pages.ts <outDir> <csp>.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../src/data/check-dataset';
import { todayIso } from '../src/domain/consistency';
import { readBorders, readGeoFiles } from './geo-files';
import { featurePage } from './build/feature-pages';

const [outDir, csp] = process.argv.slice(2);
if (!outDir || !csp) throw new Error('usage: build-feature-pages.ts <outDir> <content-security-policy>');
const { features } = checkDataset(readGeoFiles(), readBorders(), todayIso());
for (const { feature } of features) {
  const dir = join(outDir, 'f', feature.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), featurePage(feature, csp));
}
