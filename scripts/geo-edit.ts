// `npx tsx scripts/geo-edit.ts <command> …`: edits one feature of geo/*.geojson and writes the file back in its
// own format (JSON.stringify with 2-space indent and a final newline; Prettier leaves geo/ alone). After each edit
// the feature is validated with the app's schema and the problems, if any, are printed (the edit is kept).
//
//   show <id> [path]                 print the feature (or one field) as JSON
//   set <id> <path> <json>           set a field to a JSON value:  set x properties.location.radiusM 3000
//   sets <id> <path> <text>          set a field to a string:      sets x properties.target 2027
//   delete <id> <path>               remove a field or an array element
//   merge <id> <path> <json>         shallow-merge a JSON object into an object field
//   add <file> <json-or-@file>       append a new feature to geo/<file>
//
// Paths are dot-separated from the feature: properties.timeline.3.by; a final "-" appends to an array
// (set x properties.sources.- '{"url":…}'). Many edits at once: write a small script with editFeature() below.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureSchema, zodIssues } from '../src/domain/schema';
import { GEO_DIR, readGeoFiles } from './geo-files';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
interface Collection {
  type: string;
  features: { id: string; properties: Record<string, Json> }[];
  [key: string]: Json | unknown;
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

function locate(feature: unknown, path: string): { parent: Container; key: string } {
  const parts = path.split('.');
  const key = parts.pop();
  if (!key) throw new Error('empty path');
  let node: unknown = feature;
  for (const part of parts) {
    if (!isContainer(node)) throw new Error(`${path}: "${part}" is not inside an object or array`);
    node = (node as Record<string, unknown>)[part];
  }
  if (!isContainer(node)) throw new Error(`${path}: the parent is not an object or array`);
  return { parent: node, key };
}

export function setPath(feature: unknown, path: string, value: Json): void {
  const { parent, key } = locate(feature, path);
  if (Array.isArray(parent)) {
    if (key === '-') parent.push(value);
    else parent[Number(key)] = value;
  } else parent[key] = value;
}

export function deletePath(feature: unknown, path: string): void {
  const { parent, key } = locate(feature, path);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

function writeCollection(name: string, fc: unknown): void {
  writeFileSync(join(GEO_DIR, name), JSON.stringify(fc, null, 2) + '\n');
}

function report(feature: unknown, file: string, id: string): void {
  const result = featureSchema.safeParse(feature);
  if (result.success) console.log(`${file}: ${id}: valid`);
  else
    for (const i of zodIssues(file, id, result.error))
      console.log(`${file}: ${id}: ${i.field}: ${i.message}`);
}

/** Finds the feature in geo/, lets `edit` change it in place, writes its file back and validates it. */
export function editFeature(id: string, edit: (feature: Record<string, Json>) => void): void {
  for (const file of readGeoFiles()) {
    const fc = file.json as Collection;
    const feature = Array.isArray(fc.features) ? fc.features.find((f) => f.id === id) : undefined;
    if (!feature) continue;
    edit(feature as unknown as Record<string, Json>);
    writeCollection(file.name, fc);
    report(feature, file.name, id);
    return;
  }
  throw new Error(`no feature "${id}" in geo/`);
}

function parseJson(text: string): Json {
  const raw = text.startsWith('@') ? readFileSync(text.slice(1), 'utf8') : text;
  return JSON.parse(raw) as Json;
}

function main(argv: string[]): void {
  const [command, target, path, value] = argv;
  if (command === 'show' && target) {
    for (const file of readGeoFiles()) {
      const f = (file.json as Collection).features?.find((x) => x.id === target);
      if (!f) continue;
      let node: unknown = f;
      for (const part of path ? path.split('.') : []) node = (node as Record<string, unknown>)[part];
      console.log(`${file.name}:`);
      console.log(JSON.stringify(node, null, 2));
      return;
    }
    throw new Error(`no feature "${target}" in geo/`);
  }
  if (command === 'add' && target && path) {
    const name = target.endsWith('.geojson') ? target : `${target}.geojson`;
    const fc = JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as Collection;
    const feature = parseJson(path) as Collection['features'][number];
    fc.features.push(feature);
    writeCollection(name, fc);
    report(feature, name, String(feature.id));
    return;
  }
  if (!target || !path) throw new Error('usage: see the comment at the top of scripts/geo-edit.ts');
  if (command === 'set' && value !== undefined)
    return editFeature(target, (f) => setPath(f, path, parseJson(value)));
  if (command === 'sets' && value !== undefined) return editFeature(target, (f) => setPath(f, path, value));
  if (command === 'delete') return editFeature(target, (f) => deletePath(f, path));
  if (command === 'merge' && value !== undefined)
    return editFeature(target, (f) => {
      const { parent, key } = locate(f, path);
      const current = (parent as Record<string, Json>)[key];
      const patch = parseJson(value);
      if (!isContainer(current) || Array.isArray(current) || !isContainer(patch) || Array.isArray(patch))
        throw new Error(`${path}: merge needs an object field and an object value`);
      Object.assign(current, patch);
    });
  throw new Error('usage: see the comment at the top of scripts/geo-edit.ts');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
