// The dataset's schema: every feature in geo/*.geojson is validated against it, at build time and at load.
import { z } from 'zod';
import { BORDERS, EVENT_TYPES, KINDS, PRECISIONS, SECTIONS, STATUSES } from './vocabulary';
import { isPartialDate } from './partial-date';

// No runtime code generation: the site's Content-Security-Policy forbids eval, and zod's JIT probes for it.
z.config({ jitless: true });

export const NO_TARGET = 'none-announced' as const;

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

export const idSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const sourceSchema = z.strictObject({
  url: z.string().refine(isHttpUrl, 'must be an http(s) URL'),
  title: text(400),
  publisher: text(200),
  published: partialDateSchema.optional(),
});

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
    sources: z.array(z.number().int().nonnegative()).default([]),
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
      z.strictObject({
        value: z.number().positive().finite(),
        unit: text(60),
        year: z.number().int().min(1800).max(2100).optional(),
        note: text(500).optional(),
        source: z.number().int().nonnegative().optional(),
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
  closed: partialDateSchema.optional(),
  target: z.union([partialDateSchema, z.literal(NO_TARGET)]).optional(),
  timeline: z.array(eventSchema).default([]),
  facts: factsSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source').max(50),
  location: locationSchema,
  lastVerified: fullDateSchema,
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
    f.properties.timeline.forEach((e, i) =>
      e.sources.forEach((s, j) => {
        if (s >= n)
          ctx.addIssue({
            code: 'custom',
            path: ['properties', 'timeline', i, 'sources', j],
            message: `source index ${s} is out of range (${n} sources)`,
          });
      }),
    );
    f.properties.facts?.capacity?.forEach((c, i) => {
      if (c.source !== undefined && c.source >= n)
        ctx.addIssue({
          code: 'custom',
          path: ['properties', 'facts', 'capacity', i, 'source'],
          message: `source index ${c.source} is out of range (${n} sources)`,
        });
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
