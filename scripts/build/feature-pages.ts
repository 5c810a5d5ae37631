// Static pages per feature (dist/f/<id>/index.html) whose title and Open Graph / Twitter tags name the feature and
// its status, so a link pasted into a chat or an article shows what it is. Crawlers read no script: each page
// is plain HTML that sends the reader on to the app (?feature=<id>) with a meta refresh and a link.
import type { MapFeature } from '../../src/domain/schema';
import { STATUS_LABEL, KIND_LABEL } from '../../src/domain/vocabulary';
import { listDateText } from '../../src/domain/feature-view';
import { PROJECT } from '../../src/domain/about';

/** Text for an HTML attribute or element: every markup character escaped. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function featureDescription(f: MapFeature): string {
  const p = f.properties;
  return `${KIND_LABEL[p.kind]}, ${STATUS_LABEL[p.status]}, ${listDateText(p)}. ${PROJECT.title}: ${PROJECT.subtitle}.`;
}

export function featurePage(f: MapFeature, csp: string): string {
  const title = `${f.properties.name.en} — ${PROJECT.title}`;
  const description = featureDescription(f);
  // Two levels down from the site root: f/<id>/.
  const target = `../../?feature=${encodeURIComponent(f.id)}&v=1`;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `    <meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="UTF-8" />',
    `    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />',
    `    <title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', PROJECT.title),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    `    <meta http-equiv="refresh" content="0; url=${escapeHtml(target)}" />`,
    `    <link rel="canonical" href="${escapeHtml(target)}" />`,
    '  </head>',
    '  <body>',
    `    <p><a href="${escapeHtml(target)}">${escapeHtml(f.properties.name.en)} on the ${escapeHtml(PROJECT.title)}</a></p>`,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
