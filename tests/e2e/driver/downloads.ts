// Helpers for the tools' end-to-end tests: downloads read back, PNG size and pixels, the table's cells.
import { readFileSync } from 'node:fs';
import type { Page } from '../../../scripts/browser/launch';

/** Clicks a button that starts a download and returns the downloaded file's bytes and suggested name. */
export async function download(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  const d = await started;
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes a PNG in the page (as a data: image, which the CSP allows) and counts its distinct colours in a band
 * of rows: a blank or single-colour map gives 1 or 2.
 */
export async function distinctColours(
  page: Page,
  bytes: Buffer,
  band: { fromY: number; toY: number },
): Promise<number> {
  return page.evaluate(
    async ({ url, band }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(img, 0, 0);
      const y0 = Math.round(band.fromY * canvas.height);
      const y1 = Math.round(band.toY * canvas.height);
      const data = ctx.getImageData(0, y0, canvas.width, y1 - y0).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    },
    { url: `data:image/png;base64,${bytes.toString('base64')}`, band },
  );
}

/** The table's body as text: one array of cell texts per row (the row header first). */
export async function tableCells(page: Page, tableName?: string): Promise<string[][]> {
  const table = tableName ? page.getByRole('table', { name: tableName }) : page.getByRole('table').first();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').trim())));
}
