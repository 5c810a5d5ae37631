// The geo/ files the app loads, as hashed static assets (fetched at run time, never inlined in the bundle).
import type { DataFile } from './load-features';

const urls = import.meta.glob<string>('../../geo/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const DATA_FILES: DataFile[] = Object.entries(urls)
  .map(([path, url]) => ({ name: path.split('/').pop() ?? path, url }))
  .sort((a, b) => a.name.localeCompare(b.name));
