// Render tests (production build, Chromium's software WebGL): the map region at the default view, and zoomed in on
// the Khasan crossing, looks like its committed picture in tests/e2e/reference/ within PICTURE_TOLERANCE; and the
// comparison is sharp enough to notice a real change (one layer hidden). After an intended change of the map's look
// (basemap, style, data), refresh the references with `npm run test:refresh-pictures` and look at them before
// committing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP } from '../../scripts/browser/launch';
import { LAYER } from '../../src/map/layer-ids';
import {
  compareWithReference,
  describeComparison,
  geoFeature,
  hideLayer,
  launch,
  mapPicture,
  steps,
} from './driver';
import type { AppSession, PictureTolerance, Steps } from './driver';

const baseUrl = inject('baseUrl');

/**
 * Run to run on one machine, SwiftShader draws these views identically (0 differing pixels in 3 runs, see README);
 * the allowance absorbs small drift in the browser's text and line rasterisation. Hiding the border lines, the
 * smallest change tried, differs by far more (see the last test).
 */
const PICTURE_TOLERANCE: PictureTolerance = { threshold: 0.1, maxDiffRatio: 0.001 };

const KHASAN = geoFeature('khasan-tumangang-road-bridge');
const SCENES = [
  { name: 'default-view', path: '/' },
  {
    name: 'khasan-zoom-11',
    path: `/?v=1#map=11/${KHASAN.position[1].toFixed(4)}/${KHASAN.position[0].toFixed(4)}`,
  },
];

describe('pictures of the map (production build, software WebGL)', () => {
  let s: AppSession;
  let given: Steps['given'];
  beforeAll(async () => {
    s = await launch(baseUrl, { viewport: DESKTOP });
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    ({ given } = steps(s));
  });
  afterAll(async () => s?.close());

  for (const scene of SCENES)
    it(`draws ${scene.path} like tests/e2e/reference/${scene.name}.png`, async () => {
      await given.appAt(scene.path);
      const result = compareWithReference(scene.name, await mapPicture(s.page), PICTURE_TOLERANCE);
      console.log(describeComparison(result, PICTURE_TOLERANCE));
      expect(result.matches, describeComparison(result, PICTURE_TOLERANCE)).toBe(true);
    });

  it('notices a real change: the default view without its main border lines does not match', async () => {
    await given.appAt('/');
    await hideLayer(s.page, LAYER.borderMain);
    const result = compareWithReference('default-view', await mapPicture(s.page), PICTURE_TOLERANCE, {
      refresh: false,
      saveAs: 'default-view-without-border',
    });
    console.log(describeComparison(result, PICTURE_TOLERANCE));
    expect(result.matches, describeComparison(result, PICTURE_TOLERANCE)).toBe(false);
  });

  it('logs no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
