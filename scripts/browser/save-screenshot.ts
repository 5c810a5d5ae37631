// A screenshot of what a page's viewport shows, for the README and docs/ pictures (scripts/screenshots*.ts).
import { writeFileSync } from 'node:fs';
import type { Page } from './launch';

/**
 * Saves what the viewport shows. Headless Chromium (software compositing) sometimes captures a stale, blank map
 * under a phone's open bottom sheet when one capture spans both, although the map has drawn (its WebGL pixels are
 * right, and so is a capture of either part alone). So the part above the sheet and the sheet are captured apart and
 * joined on a 2D canvas in a blank page of the same browser.
 */
export async function saveScreenshot(page: Page, path: string): Promise<void> {
  const split = await page.evaluate(() => {
    const sheet = document.querySelector('.card-host');
    return sheet && window.innerWidth <= 480 ? Math.round(sheet.getBoundingClientRect().top) : null;
  });
  const viewport = page.viewportSize();
  if (split === null || !viewport || split <= 0 || split >= viewport.height) {
    await page.screenshot({ path });
    return;
  }
  const { width, height } = viewport;
  const parts = [
    { y: 0, data: await page.screenshot({ clip: { x: 0, y: 0, width, height: split } }) },
    { y: split, data: await page.screenshot({ clip: { x: 0, y: split, width, height: height - split } }) },
  ].map((p) => ({ y: p.y, url: `data:image/png;base64,${p.data.toString('base64')}` }));
  const joiner = await page.context().newPage();
  const png = await joiner.evaluate(
    async ({ parts, width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      for (const part of parts) {
        const img = new Image();
        img.src = part.url;
        await img.decode();
        ctx.drawImage(img, 0, part.y);
      }
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    },
    { parts, width, height },
  );
  await joiner.close();
  writeFileSync(path, Buffer.from(png, 'base64'));
}
