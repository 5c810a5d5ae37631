// The dataset's rules that the views need at run time, kept apart from the schema (schema.ts) so that the first
// view's JS does not carry the validation library: the loader, which does, is fetched alongside the data.

/** The `target` of a project with no announced date. */
export const NO_TARGET = 'none-announced' as const;

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The links safe to render: http(s) only. The loader already drops others; this guards any other path in. */
export function safeLinks<T extends { url: string }>(sources: readonly T[]): T[] {
  return sources.filter((s) => isHttpUrl(s.url));
}

/** A feature id: kebab-case (a-z, 0-9, single hyphens), at most ID_MAX_LENGTH characters. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;

export const isFeatureId = (value: string): boolean =>
  value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
