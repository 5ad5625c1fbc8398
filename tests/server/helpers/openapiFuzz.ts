/**
 * Hostile input derived from the OpenAPI document: its operations, a valid sample body per
 * operation, and for every field (at any depth) the bad values to put there one at a time.
 * Nothing here knows a route: a new operation is fuzzed as soon as it is in the document.
 */
import { randomUUID } from 'node:crypto';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The OpenAPI path, e.g. `/api/pos/{poId}`. */
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: { 'application/json': { schema: JsonSchema } } } }>>;
}

export function operationsOf(doc: unknown): Operation[] {
  return Object.entries((doc as OpenApiDocument).paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json'].schema ?? null,
    })),
  );
}

/** A value sent as raw JSON text: too deep to build as an object and stringify. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a body that may hold raw parts. */
export function toJsonText(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (!(value instanceof RawJson)) return value;
    raws.push(value.text);
    return `\u0001raw${raws.length - 1}\u0001`;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]!);
}

/** The schema without its null alternative, and whether null was one. */
export function nonNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const rest = choices.filter((c) => c.type !== 'null');
    return { schema: rest[0] ?? {}, nullable: rest.length < choices.length };
  }
  if (Array.isArray(schema.type)) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: rest.length < schema.type.length };
  }
  return { schema, nullable: false };
}

/** Real ids of the fixture by field or parameter name (poId, itemId, agendapuntId, ...). */
export type Ids = Record<string, string>;

const isDate = (s: JsonSchema, name: string): boolean => s.format === 'date' || /(datum|date)$/i.test(name);
const isDateTime = (s: JsonSchema, name: string): boolean => s.format === 'date-time' || /At$/.test(name);
const isId = (name: string): boolean => /Ids?$/.test(name);

/** A valid value: the fixture's id by name, else the simplest value the schema accepts. */
export function sample(schema: JsonSchema, name: string, ids: Ids): unknown {
  const s = nonNull(schema).schema;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.type === 'object') {
    return Object.fromEntries((s.required ?? []).map((key) => [key, sample(s.properties?.[key] ?? {}, key, ids)]));
  }
  if (s.type === 'array') return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}, name.replace(/s$/, ''), ids));
  if (s.type === 'boolean') return false;
  if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
  if (ids[name]) return ids[name];
  if (s.format === 'uuid') return randomUUID();
  if (isDateTime(s, name)) return '2030-03-04T09:00:00+01:00';
  if (isDate(s, name)) return '2030-03-04';
  if (s.format === 'uri' || /url$/i.test(name)) return 'https://intranet.example.org/stuk.pdf';
  if (isId(name)) return ids.userId ?? 'u-tim';
  return 'Fuzz';
}

export type FieldPath = (string | number)[];

/** Every field of a body, at any depth (array items as index 0), with its schema and name. */
export function fieldsOf(schema: JsonSchema, path: FieldPath = [], name = ''): { path: FieldPath; schema: JsonSchema; name: string }[] {
  const s = nonNull(schema).schema;
  const own = path.length > 0 ? [{ path, schema, name }] : [];
  if (s.type === 'object') {
    return [...own, ...Object.entries(s.properties ?? {}).flatMap(([key, child]) => fieldsOf(child, [...path, key], key))];
  }
  if (s.type === 'array' && s.items) return [...own, ...fieldsOf(s.items, [...path, 0], name.replace(/s$/, ''))];
  return own;
}

/** `body` (a sample) with `value` at `path`; missing containers on the way are filled with samples. */
export function withValue(body: unknown, schema: JsonSchema, path: FieldPath, value: unknown, ids: Ids): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const s = nonNull(schema).schema;
  if (typeof head === 'number') {
    const items = s.items ?? {};
    const list = Array.isArray(body) ? [...(body as unknown[])] : [];
    list[head] = withValue(list[head] ?? sample(items, '', ids), items, rest, value, ids);
    return list;
  }
  const child = s.properties?.[head!] ?? {};
  const obj = { ...(body as Record<string, unknown>) };
  obj[head!] = withValue(head! in obj ? obj[head!] : sample(child, head!, ids), child, rest, value, ids);
  return obj;
}

export interface Hostile {
  label: string;
  value: unknown;
  /** Refused by its form whatever the fixture's state (wrong type, NUL): sent in one context only. */
  form?: true;
}

const LONG = 'L'.repeat(25_000);
/** Deeper than any recursive walk survives: `[[[...]]]`. */
const DEEP = new RawJson(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
const BAD_DATES = ['0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '2026-02-30', '+02026-01-01', '20260101'];
const BAD_TIMESTAMPS = [
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '2101-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-13-01T00:00:00Z',
  '2026-06-01T25:00:00+02:00',
];

/** The bad values for one field: wrong types for every field, bad text for text, bad dates for dates, unknown ids for ids. */
export function hostileValues(schema: JsonSchema, name: string): Hostile[] {
  const { schema: s, nullable } = nonNull(schema);
  const type = s.type ?? (s.enum || s.const !== undefined ? 'string' : undefined);
  const numeric = type === 'integer' || type === 'number';
  const out: Hostile[] = [
    ...(nullable ? [] : [{ label: 'null', value: null, form: true } as const]),
    { label: 'getal', value: 42, ...(numeric ? {} : { form: true }) },
    { label: 'object met rommel', value: { a: { b: ['\u0000', { c: '\ud800' }] }, __proto__x: 1 }, form: true },
    { label: 'lijst met NUL', value: ['a\u0000b'], form: true },
    { label: 'diep genest', value: DEEP, form: true },
  ];
  if (type === 'string' || type === undefined) {
    out.push(
      { label: 'NUL', value: 'a\u0000b', form: true },
      { label: 'losse hoge surrogaat', value: 'x\ud800y', form: true },
      { label: 'losse lage surrogaat', value: '\udc00', form: true },
      { label: 'lange tekst', value: LONG },
      { label: 'leeg', value: '' },
      { label: 'stuurtekens', value: '\u0001\u001b[2J\u007f\u202e' },
    );
    if (isDate(s, name)) out.push(...BAD_DATES.map((v) => ({ label: `datum ${v}`, value: v })));
    if (isDateTime(s, name)) out.push(...BAD_TIMESTAMPS.map((v) => ({ label: `tijdstip ${v}`, value: v })));
    if (isId(name) || s.format === 'uuid') out.push({ label: 'onbekende gebruiker', value: 'u-bestaat-niet' }, { label: 'onbekend uuid', value: randomUUID() });
    if (s.enum) out.push({ label: 'onbekende waarde', value: 'onbekend' });
  }
  if (numeric) {
    out.push({ label: '-1', value: -1 }, { label: '1.5', value: 1.5 }, { label: '1e308', value: 1e308 }, { label: 'getal als tekst', value: '1' });
  }
  if (type === 'array') {
    out.push({ label: 'te lange lijst', value: Array.from({ length: (s.maxItems ?? 1000) + 1 }, () => 'u-tim') });
    if (isId(name)) out.push({ label: 'onbekende gebruikers', value: ['u-bestaat-niet', 'u-ook-niet'] });
  }
  if (type === 'object') out.push({ label: 'onbekend veld', value: { onbekend: 'x' } });
  return out;
}

/** Bad values for a query or path parameter, already percent-encoded. */
export function hostileParamValues(schema: JsonSchema, name: string): { label: string; encoded: string; form?: true }[] {
  const s = nonNull(schema).schema;
  const out: { label: string; encoded: string; form?: true }[] = [
    { label: 'NUL', encoded: 'a%00b', form: true },
    { label: 'losse surrogaat (ongeldige UTF-8)', encoded: '%ED%A0%80', form: true },
    { label: 'afgebroken UTF-8', encoded: '%F0%9F', form: true },
    { label: 'kapotte codering', encoded: '%E0%A4%A', form: true },
    { label: 'lange tekst', encoded: 'L'.repeat(3_000) },
    { label: 'stuurtekens', encoded: '%01%1B%7F' },
  ];
  if (isDate(s, name) || /^(from|to)$/.test(name)) out.push(...BAD_DATES.map((v) => ({ label: `datum ${v}`, encoded: encodeURIComponent(v) })));
  if (isDateTime(s, name)) out.push(...BAD_TIMESTAMPS.map((v) => ({ label: `tijdstip ${v}`, encoded: encodeURIComponent(v) })));
  if (isId(name) || s.format === 'uuid') out.push({ label: 'onbekend id', encoded: 'u-bestaat-niet' }, { label: 'onbekend uuid', encoded: randomUUID() });
  if (s.type === 'integer' || s.type === 'number')
    out.push({ label: '1e308', encoded: '1e308' }, { label: '-1', encoded: '-1' }, { label: 'NaN', encoded: 'NaN' });
  return out;
}

/** Whole bodies that are not what any operation expects. */
export const HOSTILE_BODIES: { label: string; raw: string; contentType?: string }[] = [
  { label: 'null', raw: 'null' },
  { label: 'lijst', raw: '[]' },
  { label: 'tekst', raw: '"tekst"' },
  { label: 'getal', raw: '42' },
  { label: 'diep genest', raw: `{"a":${DEEP.text}}` },
  { label: '__proto__', raw: '{"__proto__":{"isAdmin":true}}' },
  { label: 'kapotte JSON', raw: '{"a":' },
  { label: 'NUL-byte in JSON', raw: '{"a":"\u0000"}' },
  { label: 'onbekende sleutel met NUL', raw: '{"a\\u0000b":"\\ud800"}' },
  { label: 'BOM', raw: '\ufeff{}' },
  { label: 'geen JSON-type', raw: 'a=b', contentType: 'application/x-www-form-urlencoded' },
];
