import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/**
 * The hosts of the opt-in online layers (src/map/online-layers.ts), and no other: MapLibre fetches raster tiles with
 * fetch(), so they are allowed in connect-src only. Nothing is requested from them until the user picks a layer.
 */
const TILE_HOSTS = [
  'https://server.arcgisonline.com',
  'https://tile.openstreetmap.org',
  'https://tiles.openrailwaymap.org',
];

/**
 * The Content-Security-Policy of the built site: no inline or eval'd script; MapLibre's worker and images as its
 * docs require. Added to the production HTML only: the dev server's React refresh preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "child-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  ["connect-src 'self'", ...TILE_HOSTS].join(' '),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Fetches the lazy map chunks (the map controller and maplibre-gl) and the data loader in parallel with the entry,
 * as modulepreload links: the browser downloads and compiles them at once but runs them only when the app imports
 * them, so the shell still paints before maplibre-gl has run, and neither the map nor the data waits for a second
 * round trip.
 */
/** The lazy chunks index.html preloads: the map's two, and the data loader with its schema library. */
const PRELOADED_CHUNKS = new Set(['map-controller', 'maplibre', 'load-features']);

function preloadMapChunks(): Plugin {
  return {
    name: 'preload-map-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const bundle = ctx.bundle ?? {};
        return Object.values(bundle)
          .filter((c) => c.type === 'chunk' && PRELOADED_CHUNKS.has(c.name))
          .map((c) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` },
            injectTo: 'head',
          }));
      },
    },
  };
}

/**
 * dist/f/<id>/index.html for every valid feature: per-feature title and Open Graph / Twitter tags. Written by a
 * script (run with tsx) once the bundle is out, so this config imports none of the app's TypeScript.
 */
function featurePages(): Plugin {
  let outDir = 'dist';
  return {
    name: 'feature-pages',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      const script = resolve(import.meta.dirname, 'scripts', 'build-feature-pages.ts');
      execFileSync(process.execPath, [tsx, script, outDir, CONTENT_SECURITY_POLICY], { stdio: 'inherit' });
    },
  };
}

// Static site: relative asset URLs so dist/ works from any static server at /.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadMapChunks(), featurePages()],
  build: {
    outDir: 'dist',
    // Data files must stay separate, cacheable requests: never inline them as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') || file.endsWith('.json') ? false : undefined),
    // maplibre-gl alone is ~1 MB raw; the size budget test guards what matters.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // The lazily loaded catalogues (src/i18n/messages.ts) are named by language and area, e.g.
        // catalogue-ru-card-<hash>.js, so the size budget test can find them.
        chunkFileNames: (chunk) => {
          const m = /i18n[\\/]catalogues[\\/](\w+)[\\/](\w+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/catalogue-${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The chart library, loaded only with the capacity chart.
            { name: 'uplot', test: /node_modules[\\/]uplot[\\/]/ },
            // FormatJS (the translator, src/i18n/translator.ts): in the first view, a chunk of its own.
            { name: 'intl', test: /node_modules[\\/](@formatjs[\\/]|intl-messageformat[\\/])/ },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
