// The trust boundary: fetch each geo file, parse it, validate every feature, index by id. Never throws.
import { featureSchema, isHttpUrl, programmeSchema, zodIssues } from '../domain/schema';
import type { DataIssue, MapFeature, Programme } from '../domain/schema';

export interface FileFailure {
  file: string;
  message: string;
}

export interface Dataset {
  features: MapFeature[];
  byId: ReadonlyMap<string, MapFeature>;
  /** Features left out or corrected at load, with the reason. */
  issues: DataIssue[];
  /** Files that could not be fetched or parsed at all. */
  failures: FileFailure[];
  programme: Programme | null;
}

export type Fetcher = (url: string) => Promise<Response>;

export interface DataFile {
  /** Display name, e.g. "china-border-west.geojson". */
  name: string;
  url: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Drops sources whose link is not http(s) (e.g. javascript:), reporting each; the rest of the feature is kept.
 * Timeline events, capacity figures, inOperationBy and location.coordinateSource cite sources by index, so those
 * indexes are renumbered to the kept list, and a citation of a dropped source is removed with it.
 */
export function dropUnsafeLinks(file: string, raw: unknown): { feature: unknown; issues: DataIssue[] } {
  if (!isRecord(raw) || !isRecord(raw.properties) || !Array.isArray(raw.properties.sources))
    return { feature: raw, issues: [] };
  const id = typeof raw.id === 'string' ? raw.id : '(no id)';
  const issues: DataIssue[] = [];
  // newIndex[i] is the position of old source i in the kept list, or -1 when it was dropped.
  const newIndex: number[] = [];
  const sources: unknown[] = [];
  raw.properties.sources.forEach((s: unknown, i: number) => {
    if (isRecord(s) && isHttpUrl(s.url)) {
      newIndex.push(sources.length);
      sources.push(s);
      return;
    }
    newIndex.push(-1);
    issues.push({
      file,
      featureId: id,
      field: `sources.${i}.url`,
      message: 'link dropped: not an http(s) URL',
    });
  });
  if (issues.length === 0) return { feature: raw, issues };
  const remap = (v: unknown): unknown =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < newIndex.length ? newIndex[v] : v;
  const properties: Record<string, unknown> = { ...raw.properties, sources };
  if (Array.isArray(raw.properties.timeline)) {
    properties.timeline = raw.properties.timeline.map((event: unknown) => {
      if (!isRecord(event) || !Array.isArray(event.sources)) return event;
      return { ...event, sources: event.sources.map(remap).filter((v: unknown) => v !== -1) };
    });
  }
  const facts = raw.properties.facts;
  if (isRecord(facts) && Array.isArray(facts.capacity)) {
    properties.facts = {
      ...facts,
      capacity: facts.capacity.map((c: unknown) => {
        if (!isRecord(c) || c.source === undefined) return c;
        const source = remap(c.source);
        if (source !== -1) return { ...c, source };
        const rest = { ...c };
        delete rest.source;
        return rest;
      }),
    };
  }
  // Single citations: a dropped source leaves the record without its citation (check:geo reports it).
  for (const key of ['inOperationBy', 'location'] as const) {
    const record = raw.properties[key];
    const holder = key === 'location' && isRecord(record) ? record.coordinateSource : record;
    if (!isRecord(holder) || holder.source === undefined) continue;
    const cited = { ...holder, source: remap(holder.source) };
    if (cited.source === -1) delete cited.source;
    properties[key] = key === 'location' ? { ...(record as object), coordinateSource: cited } : cited;
  }
  return { feature: { ...raw, properties }, issues };
}

/** Validates one parsed FeatureCollection: valid features are returned, invalid ones reported. */
export function validateCollection(
  file: string,
  json: unknown,
  seen: Set<string> = new Set(),
): { features: MapFeature[]; issues: DataIssue[]; programme: Programme | null } {
  const issues: DataIssue[] = [];
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return {
      features: [],
      issues: [{ file, featureId: '(file)', field: 'type', message: 'not a GeoJSON FeatureCollection' }],
      programme: null,
    };
  }
  const features: MapFeature[] = [];
  json.features.forEach((raw: unknown, index: number) => {
    const cleaned = dropUnsafeLinks(file, raw);
    for (const i of cleaned.issues) issues.push(i);
    const result = featureSchema.safeParse(cleaned.feature);
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    if (!result.success) {
      issues.push(...zodIssues(file, id, result.error));
      return;
    }
    if (seen.has(result.data.id)) {
      issues.push({
        file,
        featureId: id,
        field: 'id',
        message: 'duplicate id: already used by another feature',
      });
      return;
    }
    seen.add(result.data.id);
    features.push(result.data);
  });
  let programme: Programme | null = null;
  if ('programme' in json) {
    const parsed = programmeSchema.safeParse(json.programme);
    if (parsed.success) programme = parsed.data;
    else issues.push(...zodIssues(file, '(programme)', parsed.error));
  }
  return { features, issues, programme };
}

async function fetchJson(fetcher: Fetcher, file: DataFile): Promise<unknown> {
  const response = await fetcher(file.url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new Error('the file is not valid JSON');
  }
}

/** Loads every data file; a failing file is reported and the others still load. */
export async function loadDataset(files: DataFile[], fetcher: Fetcher = (u) => fetch(u)): Promise<Dataset> {
  const results = await Promise.allSettled(files.map((f) => fetchJson(fetcher, f)));
  const seen = new Set<string>();
  const dataset: Dataset = { features: [], byId: new Map(), issues: [], failures: [], programme: null };
  results.forEach((result, i) => {
    const file = files[i];
    if (!file) return;
    if (result.status === 'rejected') {
      const reason: unknown = result.reason;
      dataset.failures.push({
        file: file.name,
        message: reason instanceof Error ? reason.message : String(reason),
      });
      return;
    }
    const v = validateCollection(file.name, result.value, seen);
    // Loops, not push(...array): a file of 100k features would overflow the call stack.
    for (const f of v.features) dataset.features.push(f);
    for (const i of v.issues) dataset.issues.push(i);
    if (v.programme) dataset.programme = v.programme;
  });
  dataset.byId = new Map(dataset.features.map((f) => [f.id, f]));
  return dataset;
}
