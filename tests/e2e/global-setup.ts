// Serves the production build (dist/) for the end-to-end tests. The test command builds first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..');
  if (!existsSync(join(root, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests (npm test does).');
  const server = await preview({
    root,
    logLevel: 'error',
    preview: { port: 4310, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
