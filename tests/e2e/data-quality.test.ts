// Issue 11 in Chromium (production build, today's date): overdue targets are flagged in the list, the card and the
// legend's count alike, and the "Data quality" view lists the dataset's counts and opens a card from each entry.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { featureCard, geoFeatures, launch, listEntryNames, openApp } from './driver';
import type { AppSession } from './driver';

const baseUrl = inject('baseUrl');

describe('overdue targets and the Data quality view (production build)', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await launch(baseUrl);
    s.page.setDefaultTimeout(10_000);
    await openApp(s, baseUrl);
  });
  afterAll(async () => s?.close());

  it('counts in the legend exactly the list entries flagged overdue, and the card says overdue too', async () => {
    const names = await listEntryNames(s.page);
    const flagged = names.filter((n) => n.endsWith(', overdue'));
    const legend = s.page.getByRole('group', { name: 'Status' }).locator('li', {
      hasText: 'Overdue: target passed, not open',
    });
    await expect(legend.locator('.legend__count').innerText()).resolves.toBe(String(flagged.length));
    const first = flagged[0];
    if (first === undefined) return; // nothing is overdue on this date: the count of 0 above is the check
    await s.page.getByRole('button', { name: first }).click();
    const card = featureCard(s.page, first.split(', ')[0]);
    await card.waitFor();
    await expect(card.getByText('overdue', { exact: true }).count()).resolves.toBe(1);
    await expect(card.getByText(/^Target: (?:\S+ ){0,2}\d{4}(?!\d)/).count()).resolves.toBe(1);
    await card.getByRole('button', { name: 'Close' }).click();
  });

  it('opens "Data quality" with counts over the whole dataset, and each entry opens its card', async () => {
    await s.page.getByRole('button', { name: 'Data quality' }).click();
    const panel = s.page.getByRole('region', { name: /^Data quality of \d+ features/ });
    await panel.waitFor();
    const title = await panel.getByRole('heading', { level: 3 }).innerText();
    expect(title).toMatch(
      new RegExp(`^Data quality of ${geoFeatures().length} features, as of \\d+ \\w+ \\d{4}$`),
    );
    const counts = await panel
      .getByRole('heading', { name: 'Position precision' })
      .locator('xpath=following-sibling::ul[1]/li')
      .allInnerTexts();
    const sum = counts.reduce((n, line) => n + Number(line.split(': ').at(-1)), 0);
    expect(sum).toBe(geoFeatures().length);

    const oldest = panel
      .getByRole('heading', { name: 'Checked longest ago' })
      .locator('xpath=following-sibling::ul[1]//button');
    expect(await oldest.count()).toBeGreaterThan(0);
    const name = await oldest.first().innerText();
    await oldest.first().click();
    await featureCard(s.page, name).waitFor();
    expect(new URL(s.page.url()).searchParams.get('feature')).toBe(
      geoFeatures().find((f) => f.name.en === name)?.id,
    );
  });
});
