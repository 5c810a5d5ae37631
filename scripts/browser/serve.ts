// Serves a built site with Vite's preview server on a free localhost port: the app's dist/ for the bench, the
// screenshot scripts and the task walk-throughs, or any other root (the bench's bare MapLibre page).
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Vite's preview server for `config` on a free port; `url` has no trailing slash. */
export async function serve(config: Parameters<typeof preview>[0]): Promise<Served> {
  const port = await freePort();
  const server = await preview({
    ...config,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

/** The built app (dist/, with the project's vite.config.ts), as `npm start` serves it. */
export const serveApp = (): Promise<Served> => serve({ root: ROOT });
