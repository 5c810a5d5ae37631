// What the About section, the citations and the exports say about the project itself: one place to change it.

export const PROJECT = {
  title: 'Border Logistics Map',
  subtitle: 'Russia’s land links with China and North Korea',
  /** The release of geo/ (its changelog in geo/README.md). */
  dataRelease: '2026-11-26',
  /** package.json "license": it covers the repository, geo/ included. */
  licence: 'MIT',
} as const;
