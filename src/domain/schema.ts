// The dataset's schema: every feature in geo/*.geojson is validated against it, at build time and at load.
import { z } from 'zod';
import {
  BORDERS,
  CAPACITY_BASES,
  CAPACITY_MEASURES,
  EVENT_TYPES,
  KINDS,
  PRECISIONS,
  SECTIONS,
  STATUSES,
} from './vocabulary';
import { isPartialDate } from './partial-date';
import { ID_MAX_LENGTH, ID_PATTERN, NO_TARGET, isHttpUrl } from './data-rules';

// No runtime code generation: the site's Content-Security-Policy forbids eval, and zod's JIT probes for it.
z.config({ jitless: true });

export { isHttpUrl } from './data-rules';

const text = (max: number) => z.string().trim().min(1).max(max);

export const partialDateSchema = z
  .string()
  .refine(
    isPartialDate,
    'must be a date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q1..4, YYYY-H1|H2 or YYYY-<season>',
  );

export const fullDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date YYYY-MM-DD')
  .refine(isPartialDate);

const idSchema = z
  .string()
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const sourceSchema = z.strictObject({
  url: z.string().refine(isHttpUrl, 'must be an http(s) URL'),
  title: text(400),
  publisher: text(200),
  published: partialDateSchema.optional(),
  /** An aggregator, wiki, blog or think-tank digest rather than the original reporter or the authority itself. */
  secondary: z.literal(true).optional(),
  /** ISO 639-1 language of the source. */
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as en, ru, zh, ko')
    .optional(),
});

const sourceIndex = z.number().int().nonnegative();

export const namesSchema = z.strictObject({
  en: text(200),
  ru: text(200).optional(),
  zh: text(200).optional(),
  ko: text(200).optional(),
});

export const eventSchema = z
  .strictObject({
    type: z.enum(EVENT_TYPES),
    date: partialDateSchema.optional(),
    target: partialDateSchema.optional(),
    text: text(1000),
    sources: z.array(sourceIndex).default([]),
    /** Who said or did it: "Government of Russia", "Amur governor", "38 North analysts". */
    by: text(200).optional(),
    /** false: a projection or estimate by someone without authority over the project, not an official target. */
    official: z.boolean().optional(),
  })
  .superRefine((event, ctx) => {
    if (event.type === 'target' && !event.target)
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'a target event needs a target date' });
    if (event.type !== 'target' && !event.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'an event needs a date' });
  });

const gaugeValue = z.enum(['1520', '1435', 'dual']);

export const factsSchema = z.strictObject({
  gauge: z
    .strictObject({ ru: gaugeValue, foreign: gaugeValue.optional(), note: text(500).optional() })
    .optional(),
  capacity: z
    .array(
      // Lenient on purpose (the app shows the text either way); check:geo requires measure, basis, a listed unit
      // and a source (see src/data/quality-rules.ts).
      z.strictObject({
        value: z.number().positive().finite(),
        unit: text(60),
        measure: z.enum(CAPACITY_MEASURES).optional(),
        basis: z.enum(CAPACITY_BASES).optional(),
        /** The year the figure refers to. */
        year: z.number().int().min(1800).max(2100).optional(),
        note: text(500).optional(),
        source: sourceIndex.optional(),
      }),
    )
    .optional(),
  lengthM: z.number().positive().finite().optional(),
  lanes: z.number().int().positive().optional(),
  operator: text(300).optional(),
});

export const locationSchema = z
  .strictObject({
    precision: z.enum(PRECISIONS),
    radiusM: z.number().positive().max(500_000),
    note: text(1000),
    rule: z.literal('nearest-border-point').optional(),
    anchor: z
      .strictObject({
        name: text(200),
        lon: z.number().min(-180).max(180),
        lat: z.number().min(-90).max(90),
        source: text(300),
      })
      .optional(),
    /** Where the coordinate comes from; check:geo requires it for `exact` and `site`. */
    coordinateSource: z.strictObject({ source: sourceIndex.optional(), text: text(500) }).optional(),
  })
  .superRefine((loc, ctx) => {
    if (loc.rule && !loc.anchor)
      ctx.addIssue({
        code: 'custom',
        path: ['anchor'],
        message: 'a placement rule needs its anchor settlement',
      });
    if (loc.rule && loc.precision !== 'estimated')
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'a rule-placed point must be "estimated"',
      });
  });

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const position = z.tuple([lon, lat]).rest(z.number());

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
]);

export const propertiesSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(KINDS),
  border: z.enum(BORDERS).optional(),
  section: z.enum(SECTIONS),
  name: namesSchema,
  pair: z.strictObject({ ru: text(120).optional(), foreign: text(120).optional() }).optional(),
  status: z.enum(STATUSES),
  statusNote: text(2000).optional(),
  opened: partialDateSchema.optional(),
  /** Only an earliest mention is known: it was in operation by this date (opening date unknown). */
  inOperationBy: z
    .strictObject({ date: partialDateSchema, source: sourceIndex.optional(), note: text(500).optional() })
    .optional(),
  closed: partialDateSchema.optional(),
  target: z.union([partialDateSchema, z.literal(NO_TARGET)]).optional(),
  timeline: z.array(eventSchema).default([]),
  facts: factsSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source').max(50),
  location: locationSchema,
  verification: z.strictObject({
    /** The date we checked the feature against the newest sources we could find. */
    checked: fullDateSchema,
    /** The date of the newest source found. */
    newestSource: partialDateSchema.optional(),
    /** What that newest source confirmed. */
    confirmed: text(1000).optional(),
  }),
  schematic: z.boolean().optional(),
});

export const featureSchema = z
  .strictObject({
    type: z.literal('Feature'),
    id: idSchema,
    geometry: geometrySchema,
    properties: propertiesSchema,
  })
  .superRefine((f, ctx) => {
    if (f.id !== f.properties.id)
      ctx.addIssue({
        code: 'custom',
        path: ['properties', 'id'],
        message: `must equal the feature id "${f.id}"`,
      });
    const n = f.properties.sources.length;
    const p = f.properties;
    const cited: [(string | number)[], number | undefined][] = [
      ...p.timeline.flatMap((e, i) =>
        e.sources.map((s, j): [(string | number)[], number] => [['timeline', i, 'sources', j], s]),
      ),
      ...(p.facts?.capacity ?? []).map((c, i): [(string | number)[], number | undefined] => [
        ['facts', 'capacity', i, 'source'],
        c.source,
      ]),
      [['inOperationBy', 'source'], p.inOperationBy?.source],
      [['location', 'coordinateSource', 'source'], p.location.coordinateSource?.source],
    ];
    for (const [path, s] of cited)
      if (s !== undefined && s >= n)
        ctx.addIssue({
          code: 'custom',
          path: ['properties', ...path],
          message: `source index ${s} is out of range (${n} sources)`,
        });
    if (f.properties.kind === 'corridor' && f.geometry.type !== 'LineString')
      ctx.addIssue({
        code: 'custom',
        path: ['geometry', 'type'],
        message: 'a corridor must be a LineString',
      });
  });

export type Source = z.infer<typeof sourceSchema>;
export type Facts = z.infer<typeof factsSchema>;
export type FeatureProperties = z.infer<typeof propertiesSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
export type MapFeature = z.infer<typeof featureSchema>;

/** A problem found in the data, pointing at the file, feature and field. */
export interface DataIssue {
  file: string;
  featureId: string;
  field: string;
  message: string;
}

/** Turns a zod error into issues naming the field path. */
export function zodIssues(file: string, featureId: string, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({
    file,
    featureId,
    field: issue.path.map(String).join('.') || '(feature)',
    message: issue.message,
  }));
}

// The programme member of geo/programme.geojson.
export const programmeSchema = z.strictObject({
  instructions: z.array(
    z.strictObject({
      id: idSchema,
      title: text(300),
      text: text(2000),
      deadline: partialDateSchema.optional(),
      responsible: text(300).optional(),
      outcome: text(2000).optional(),
      sources: z.array(sourceSchema).min(1),
    }),
  ),
  reserves: z.array(
    z.strictObject({
      value: z.number().positive(),
      unit: text(40),
      what: text(500),
      attribution: text(300),
      date: partialDateSchema.optional(),
      sources: z.array(sourceSchema).min(1),
    }),
  ),
});
export type Programme = z.infer<typeof programmeSchema>;
