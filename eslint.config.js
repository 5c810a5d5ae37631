import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const MAPLIBRE = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.' };
const REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'Only UI code imports React.',
};
const PLAYWRIGHT = {
  group: ['playwright-core', 'playwright-core/*', 'playwright', '@playwright/*'],
  message: 'Import the browser from scripts/browser/launch.ts.',
};
const layer = (name, message) => ({ group: [`../${name}/*`, `../../src/${name}/*`], message });

/** One no-restricted-imports block per layer (a later block for the same file would replace, not add to, a rule). */
function boundaries() {
  const rule = (files, patterns, ignores = []) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    // Everything outside src/map (and the bare MapLibre page of the benchmark) reaches the map through its interface.
    rule(['**/*.{ts,tsx}'], [MAPLIBRE], ['src/map/**', 'bench/bare/**']),
    rule(
      ['src/domain/**/*.ts'],
      [
        MAPLIBRE,
        REACT,
        ...['data', 'url-state', 'map', 'components', 'app'].map((l) =>
          layer(l, 'src/domain is pure TypeScript.'),
        ),
      ],
    ),
    rule(
      ['src/data/**/*.ts'],
      [
        MAPLIBRE,
        REACT,
        ...['url-state', 'map', 'components', 'app'].map((l) =>
          layer(l, 'src/data builds on src/domain only.'),
        ),
      ],
    ),
    rule(
      ['src/url-state/**/*.ts'],
      [
        MAPLIBRE,
        ...['data', 'map', 'components', 'app'].map((l) =>
          layer(l, 'src/url-state builds on src/domain only.'),
        ),
      ],
    ),
    rule(
      ['src/map/**/*.{ts,tsx}'],
      [
        ...['data', 'url-state', 'components', 'app'].map((l) =>
          layer(l, 'src/map draws what it is given: it builds on src/domain only.'),
        ),
      ],
    ),
    rule(
      ['src/components/**/*.{ts,tsx}'],
      [
        MAPLIBRE,
        ...['data', 'url-state', 'app'].map((l) =>
          layer(l, 'Components are plain UI: props in, callbacks out.'),
        ),
        {
          group: ['../map/*', '!../map/map-types'],
          message: 'Components know the map only by its interface (src/map/map-types.ts).',
        },
      ],
    ),
    // One browser launcher: only scripts/browser/launch.ts imports playwright-core; tests, bench and screenshots take
    // Chromium from it. Scripts never import tests (shared harness code lives in scripts/).
    rule(['tests/**/*.{ts,tsx}'], [MAPLIBRE, PLAYWRIGHT]),
    rule(
      ['scripts/**/*.{ts,mjs}'],
      [
        MAPLIBRE,
        PLAYWRIGHT,
        { group: ['**/tests/**', '../tests/*', '../../tests/*'], message: 'Scripts never import tests.' },
      ],
      ['scripts/browser/launch.ts'],
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'public/**',
      'coverage/**',
      'bench/.bare-dist/**',
      'bench/results.json',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layer boundaries: who may import whom (see README, Layout). Each block lists everything its files may not import.
  ...boundaries(),
  prettier,
);
