// Parse and serialise the URL (query = app state: filters incl. mode= and gauge=, search text as q=, #map = camera). Versioned; parsing never throws.
import type { Camera } from '../domain/camera';
import type { AppState } from './app-state';
import { DEFAULT_STATE, URL_VERSION } from './app-state';
import { BORDERS, KINDS, LANGS, STATUSES, isOneOf } from '../domain/vocabulary';
import type { Lang } from '../domain/vocabulary';
import { isFeatureId } from '../domain/data-rules';
import { GAUGES, MODES } from '../domain/modes';
import { isPartialDate } from '../domain/partial-date';
import { BASEMAPS, OVERLAYS } from '../domain/map-layers';
import type { MapLayers } from '../domain/map-layers';
import type { MessageRef } from '../i18n/translator';

export interface ParseOptions {
  /** Ids that exist; an unknown feature id falls back to no selection. */
  isKnownId?: (id: string) => boolean;
  /** Accepted year range (inclusive). */
  yearRange?: [number, number];
  /** The language when the URL names none (the browser's preference); English if not given. */
  defaultLang?: Lang;
}

/** A short plain-words note on what was ignored: a message of the catalogue, worded where it is shown. */
export type Notice = MessageRef;

export interface ParseResult {
  state: AppState;
  notices: Notice[];
}

const MAX_PARAM = 200;

// The whole query is read (a long junk parameter must not push valid ones out); each value is capped at MAX_PARAM.
function safeParams(raw: string): URLSearchParams {
  try {
    return new URLSearchParams(raw);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads one parameter as a short plain string, or null. */
function read(params: URLSearchParams, key: string, notices: Notice[]): string | null {
  const all = params.getAll(key);
  const value = all[all.length - 1];
  if (value === undefined || value === '') return null;
  if (value.length > MAX_PARAM) {
    notices.push({ key: 'notice.tooLong', values: { key } });
    return null;
  }
  return value;
}

function readList<T extends string>(
  params: URLSearchParams,
  key: string,
  vocabulary: readonly T[],
  notices: Notice[],
): T[] | null {
  const raw = read(params, key, notices);
  if (raw === null) return null;
  // "none" is an explicit empty choice (every entry switched off), distinct from the default (all).
  if (raw === 'none') return [];
  const parts = raw.split(',').map((s) => s.trim());
  const valid = vocabulary.filter((v) => parts.includes(v));
  const invalid = parts.filter((p) => !isOneOf(vocabulary, p));
  if (invalid.length > 0)
    notices.push({ key: 'notice.unknownValue', values: { key, count: invalid.length } });
  if (valid.length === 0 || valid.length === vocabulary.length) return null;
  return valid;
}

function strictNumber(s: string): number | null {
  if (!/^-?\d{1,4}(\.\d{1,10})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function parseCamera(hash: string, notices: Notice[] = []): Camera | null {
  const params = safeParams(hash.replace(/^#/, ''));
  const raw = read(params, 'map', notices);
  if (raw === null) return null;
  const parts = raw.split('/');
  // zoom/lat/lon, optionally followed by bearing/pitch (ignored: the map is north-up); anything else is malformed.
  const numbers = parts.map(strictNumber);
  const [z, la, lo] = numbers;
  if (
    parts.length < 3 ||
    parts.length > 5 ||
    numbers.some((n) => n === null) ||
    z == null ||
    la == null ||
    lo == null
  ) {
    notices.push({ key: 'notice.cameraForm' });
    return null;
  }
  if (z < 0 || z > 22 || la < -85 || la > 85 || lo < -180 || lo > 180) {
    notices.push({ key: 'notice.cameraRange' });
    return null;
  }
  return { zoom: z, lat: la, lon: lo };
}

export function parseAppState(search: string, hash: string, options: ParseOptions = {}): ParseResult {
  const notices: Notice[] = [];
  const params = safeParams(search.replace(/^\?/, ''));
  const hashParams = safeParams(hash.replace(/^#/, ''));
  // Older links carried state in the hash (sel=, year=): migrate them when the query does not say otherwise.
  for (const [from, to] of [
    ['sel', 'feature'],
    ['feature', 'feature'],
    ['year', 'year'],
  ] as const) {
    const v = hashParams.get(from);
    if (v !== null && !params.has(to)) params.set(to, v);
  }

  const version = read(params, 'v', notices);
  if (version !== null && version !== String(URL_VERSION))
    notices.push({ key: 'notice.version', values: { version: version.slice(0, 8), current: URL_VERSION } });

  const state: AppState = {
    ...DEFAULT_STATE,
    filters: { ...DEFAULT_STATE.filters },
    camera: parseCamera(hash, notices),
  };

  const yearRaw = read(params, 'year', notices);
  if (yearRaw !== null) {
    const [min, max] = options.yearRange ?? [1800, 2100];
    const year = /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : NaN;
    if (Number.isInteger(year) && year >= min && year <= max) state.filters.year = year;
    else notices.push({ key: 'notice.year', values: { min, max } });
  }

  const feature = read(params, 'feature', notices);
  if (feature !== null) {
    const validId = isFeatureId(feature) && !['__proto__', 'constructor', 'prototype'].includes(feature);
    if (validId && (options.isKnownId ? options.isKnownId(feature) : true)) state.feature = feature;
    else notices.push({ key: 'notice.featureNotFound' });
  }

  state.filters.statuses = readList(params, 'status', STATUSES, notices);
  state.filters.kinds = readList(params, 'kind', KINDS, notices);
  state.filters.modes = readList(params, 'mode', MODES, notices);
  state.filters.gauges = readList(params, 'gauge', GAUGES, notices);
  state.filters.borders = readList(params, 'border', BORDERS, notices);
  state.filters.ghost = read(params, 'ghost', notices) === '1';

  const query = read(params, 'q', notices);
  if (query !== null) {
    // Plain text only: control characters have no place in a name search and are the mark of a crafted link.
    if (/^[^\p{Cc}]+$/u.test(query)) state.filters.query = query;
    else notices.push({ key: 'notice.query' });
  }

  readTools(params, state, options.yearRange ?? [1800, 2100], notices);

  state.lang = options.defaultLang ?? DEFAULT_STATE.lang;
  const lang = read(params, 'lang', notices);
  if (lang !== null) {
    if (isOneOf(LANGS, lang)) state.lang = lang;
    else notices.push({ key: 'notice.lang' });
  }
  state.layers = parseLayers(params, notices);
  return { state, notices };
}

/** embed, since and the from–to range: hostile or impossible values are ignored with a notice. */
function readTools(
  params: URLSearchParams,
  state: AppState,
  [min, max]: [number, number],
  notices: Notice[],
) {
  const embed = read(params, 'embed', notices);
  if (embed === '1') state.embed = true;
  else if (embed !== null) notices.push({ key: 'notice.embed' });

  const since = read(params, 'since', notices);
  if (since !== null) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(since) && isPartialDate(since)) state.since = since;
    else notices.push({ key: 'notice.since' });
  }

  const from = read(params, 'from', notices);
  const to = read(params, 'to', notices);
  if (from !== null || to !== null) {
    const year = (v: string | null) => (v !== null && /^\d{4}$/.test(v) ? Number(v) : NaN);
    const a = year(from);
    const b = year(to);
    if (a >= min && b <= max && a < b) state.range = { from: a, to: b };
    else notices.push({ key: 'notice.range', values: { min, max } });
  }
}

/** basemap=osm|satellite and overlay=rail,gauge: online layers only when the link names them. */
function parseLayers(params: URLSearchParams, notices: Notice[]): MapLayers {
  const layers = { ...DEFAULT_STATE.layers };
  const basemap = read(params, 'basemap', notices);
  if (basemap !== null) {
    if (isOneOf(BASEMAPS, basemap)) layers.basemap = basemap;
    else notices.push({ key: 'notice.basemap' });
  }
  const overlay = read(params, 'overlay', notices);
  if (overlay !== null) {
    const parts = overlay.split(',').map((s) => s.trim());
    layers.overlays = OVERLAYS.filter((o) => parts.includes(o));
    if (parts.some((p) => !isOneOf(OVERLAYS, p))) notices.push({ key: 'notice.overlay' });
  }
  return layers;
}

/** OSM-style precision: enough decimals to place the view to about a pixel at this zoom. */
export function formatCamera(c: Camera): string {
  const decimals = Math.max(2, Math.min(6, Math.ceil((c.zoom * Math.LN2 + Math.log(360 / 256)) / Math.LN10)));
  const fix = (n: number, d: number) => String(Number(n.toFixed(d)));
  return `${fix(c.zoom, 2)}/${fix(c.lat, decimals)}/${fix(c.lon, decimals)}`;
}

/**
 * A feature's permalink: the current filters and language, no camera (the link centres on the feature) and no online
 * layers (a cited link opens offline; "Copy link" keeps them).
 */
export function permalinkFor(state: AppState, featureId: string, base: string): string {
  const linked = { ...state, camera: null, feature: featureId, layers: DEFAULT_STATE.layers };
  return `${base}${serialiseAppState(linked).search}`;
}

/**
 * The state as a query and a hash. `lang` is written when it is not English, and always when the reader's browser
 * prefers another language (so an English choice survives a reload there).
 */
export function serialiseAppState(
  state: AppState,
  defaultLang: Lang = DEFAULT_STATE.lang,
): { search: string; hash: string } {
  const params = new URLSearchParams();
  const f = state.filters;
  if (f.year !== null) params.set('year', String(f.year));
  if (state.feature) params.set('feature', state.feature);
  const list = (values: readonly string[]) => (values.length === 0 ? 'none' : values.join(','));
  if (f.statuses) params.set('status', list(f.statuses));
  if (f.kinds) params.set('kind', list(f.kinds));
  if (f.modes) params.set('mode', list(f.modes));
  if (f.gauges) params.set('gauge', list(f.gauges));
  if (f.borders) params.set('border', list(f.borders));
  if (f.ghost) params.set('ghost', '1');
  if (f.query) params.set('q', f.query);
  if (state.lang !== DEFAULT_STATE.lang || defaultLang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.range) {
    params.set('from', String(state.range.from));
    params.set('to', String(state.range.to));
  }
  if (state.since) params.set('since', state.since);
  if (state.embed) params.set('embed', '1');
  if (state.layers.basemap !== DEFAULT_STATE.layers.basemap) params.set('basemap', state.layers.basemap);
  if (state.layers.overlays.length > 0) params.set('overlay', state.layers.overlays.join(','));
  if ([...params.keys()].length > 0) params.set('v', String(URL_VERSION));
  const search = params.toString().replace(/%2C/g, ',');
  return {
    search: search ? `?${search}` : '',
    hash: state.camera ? `#map=${formatCamera(state.camera)}` : '',
  };
}
