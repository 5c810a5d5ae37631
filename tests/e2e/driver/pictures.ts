// Render tests: what the map region shows, compared pixel by pixel (pixelmatch) with a committed reference PNG
// under tests/e2e/reference/. `npm run test:refresh-pictures` (REFRESH_PICTURES=1) rewrites the references instead.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '../../../scripts/browser/launch';
import { placeLabelsAfresh } from './labels';
import { waitForMapIdle } from './map';
import { mapRegion } from './ui';

export const REFERENCE_DIR = join(import.meta.dirname, '..', 'reference');
export const PICTURE_OUT_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', 'pictures');

/** Set by `npm run test:refresh-pictures`: write the references from this run instead of comparing. */
export const REFRESHING_PICTURES = process.env.REFRESH_PICTURES === '1';

/**
 * How far a picture may stray from its reference. A pixel differs when its colour is further than `threshold` from
 * the reference's (pixelmatch's OKLab HyAB distance, 0–1, where 1 is black against white; anti-aliased edge pixels are not counted); the picture
 * passes when at most `maxDiffRatio` of its pixels differ.
 */
export interface PictureTolerance {
  threshold: number;
  maxDiffRatio: number;
}

export interface PictureComparison {
  name: string;
  width: number;
  height: number;
  /** Pixels that differ beyond the threshold (every pixel when the sizes differ). */
  diffPixels: number;
  diffRatio: number;
  /** Whether the picture is within tolerance of the reference. */
  matches: boolean;
  /** Where the new picture and the diff image were saved when they did not match. */
  saved: string[];
}

/**
 * A PNG of the map region once the map is idle: CSS animations and transitions finished, the caret hidden, and a
 * second idle after a pause, so that nothing that settles late (labels placed, fades) is caught half-way, and the
 * labels placed afresh, so that where names sit does not depend on which source loaded first.
 */
export async function mapPicture(page: Page): Promise<Buffer> {
  await waitForMapIdle(page);
  await page.waitForTimeout(500);
  await waitForMapIdle(page);
  await placeLabelsAfresh(page);
  return mapRegion(page).screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
}

/**
 * Compares `png` with tests/e2e/reference/<name>.png; when refreshing (and `options.refresh` is not false), writes it
 * there first. A check that must never become a reference (a deliberately broken picture) passes refresh: false, and
 * `saveAs`, the name its pictures are saved under, so that they do not overwrite those of the real check.
 */
export function compareWithReference(
  name: string,
  png: Buffer,
  tolerance: PictureTolerance,
  options: { refresh?: boolean; saveAs?: string } = {},
): PictureComparison {
  const referencePath = join(REFERENCE_DIR, `${name}.png`);
  if (options.refresh ?? REFRESHING_PICTURES) {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(referencePath, png);
  }
  if (!existsSync(referencePath))
    throw new Error(`no reference picture ${referencePath}: run npm run test:refresh-pictures`);
  return comparePictures(
    options.saveAs ?? name,
    PNG.sync.read(readFileSync(referencePath)),
    PNG.sync.read(png),
    tolerance,
  );
}

/** Compares two decoded pictures; saves the actual picture and a diff to test-results/pictures/ when they differ. */
export function comparePictures(
  name: string,
  reference: PNG,
  actual: PNG,
  tolerance: PictureTolerance,
): PictureComparison {
  const { width, height } = actual;
  const total = width * height;
  const sameSize = reference.width === width && reference.height === height;
  const diff = new PNG({ width, height });
  const diffPixels = sameSize
    ? pixelmatch(reference.data, actual.data, diff.data, width, height, { threshold: tolerance.threshold })
    : total;
  const diffRatio = diffPixels / total;
  const matches = sameSize && diffRatio <= tolerance.maxDiffRatio;
  const saved: string[] = [];
  if (!matches) {
    mkdirSync(PICTURE_OUT_DIR, { recursive: true });
    const actualPath = join(PICTURE_OUT_DIR, `${name}.actual.png`);
    writeFileSync(actualPath, PNG.sync.write(actual));
    saved.push(actualPath);
    if (sameSize) {
      const diffPath = join(PICTURE_OUT_DIR, `${name}.diff.png`);
      writeFileSync(diffPath, PNG.sync.write(diff));
      saved.push(diffPath);
    }
  }
  return { name, width, height, diffPixels, diffRatio, matches, saved };
}

/** One line for an assertion message: how many pixels differ, of how many, and where the pictures were saved. */
export function describeComparison(c: PictureComparison, tolerance: PictureTolerance): string {
  const pct = (r: number) => `${(100 * r).toFixed(3)} %`;
  return (
    `${c.name}: ${c.diffPixels} of ${c.width * c.height} pixels differ (${pct(c.diffRatio)}; ` +
    `allowed ${pct(tolerance.maxDiffRatio)} at threshold ${tolerance.threshold})` +
    (c.saved.length ? `; saved ${c.saved.join(', ')}` : '')
  );
}
