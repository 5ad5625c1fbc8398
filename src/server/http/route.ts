/**
 * Route definition: a route is a short chain auth -> validate (text, then zod) -> handler. Every
 * route is also recorded for the OpenAPI document, generated from the same zod schemas.
 */
/// <reference lib="es2024.string" />
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { User } from '../../domain';
import { AppError, type Problem } from '../../shared/errors';
import type { Origin } from '../store/audit';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  /** false: reachable without a token (health, OpenAPI, development sign-in). */
  auth?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** Status of a successful response (default 200). */
  status?: number;
  /**
   * What a successful answer holds, for the OpenAPI document (every route declares it): a zod
   * schema (JSON, from src/shared/contract), a file (`{ file: content type }`) or `null` (no body,
   * 204). It describes the answer; the answer is not run through it.
   */
  response: z.ZodType | { file: string } | null;
  handler: (input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B>; actor: Actor; req: FastifyRequest; reply: FastifyReply }) => Promise<unknown>;
}

export interface Actor {
  user: User;
  origin: Origin;
  /** The bearer token of the request: the assertion for On-Behalf-Of Graph calls. Never logged. */
  assertion: string;
}

export type AnySpec = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;
/** The routes of each server instance, for its OpenAPI document. */
const registries = new WeakMap<FastifyInstance, AnySpec[]>();
const registryOf = (app: FastifyInstance): AnySpec[] => {
  const found = registries.get(app);
  if (found) return found;
  const created: AnySpec[] = [];
  registries.set(app, created);
  return created;
};

/** The routes defined on this server instance, as declared (the OpenAPI document is made from them). */
export const routeSpecsOf = (app: FastifyInstance): readonly AnySpec[] => registryOf(app);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Turns zod issues into problems that name the field, e.g. `body.title`. */
export function problemsOf(error: z.ZodError, where: string): Problem[] {
  return error.issues.map((i) => ({
    code: i.code,
    path: [where, ...i.path.map(String)].join('.'),
    message: `${[where, ...i.path.map(String)].join('.')}: ${i.message}`,
  }));
}

export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = problemsOf(result.error, where);
    throw new AppError('validation', `Ongeldige invoer: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
  return result.data;
}

/** A text Postgres cannot store, or that is not text at all: NUL, or half a UTF-16 surrogate pair. */
function badText(value: string): { code: string; message: string } | null {
  if (value.includes('\u0000')) return { code: 'nul_character', message: 'bevat een ongeldig teken (NUL)' };
  if (!value.isWellFormed()) return { code: 'lone_surrogate', message: 'bevat een ongeldig teken (losse surrogaat)' };
  return null;
}

const MAX_TEXT_PROBLEMS = 20;
const MAX_PATH_CHARS = 200;

/**
 * Every string in `value` (at any depth, keys too) that `badText` refuses, as problems naming
 * the field, e.g. `body.records.0.text`. Walks without recursion: nesting depth is the sender's choice.
 */
export function textProblems(value: unknown, where: string): Problem[] {
  interface Node {
    value: unknown;
    key: string;
    parent: Node | null;
  }
  const pathOf = (node: Node): string => {
    const keys: string[] = [];
    // A bad key is named with its bad characters replaced, so the answer does not repeat them.
    for (let n: Node | null = node; n; n = n.parent) keys.push(n.key.replaceAll('\u0000', '\ufffd').toWellFormed());
    const path = keys.reverse().join('.');
    return path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS).toWellFormed()}…` : path;
  };
  const problems: Problem[] = [];
  const add = (node: Node, bad: { code: string; message: string }, what = ''): void => {
    const path = pathOf(node);
    problems.push({ code: bad.code, path, message: `${path}${what}: ${bad.message}` });
  };
  const stack: Node[] = [{ value, key: where, parent: null }];
  while (stack.length > 0 && problems.length < MAX_TEXT_PROBLEMS) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v === 'string') {
      const bad = badText(v);
      if (bad) add(node, bad);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: String(i), parent: node });
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const entry = { value: child, key, parent: node };
        const bad = badText(key);
        if (bad) add(entry, bad, ' (naam)');
        stack.push(entry);
      }
    }
  }
  return problems;
}

/** Refuses NUL and lone surrogates in params, query and body before any schema or handler sees them. */
function assertWellFormedText(parts: Record<'params' | 'query' | 'body', unknown>): void {
  const problems = Object.entries(parts)
    .flatMap(([where, value]) => textProblems(value, where))
    .slice(0, MAX_TEXT_PROBLEMS);
  if (problems.length > 0) throw new AppError('validation', `Ongeldige invoer: ${problems.map((p) => p.message).join('; ')}`, problems);
}

export function defineRoute<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType>(
  app: FastifyInstance,
  spec: RouteSpec<P, Q, B>,
): void {
  registryOf(app).push(spec);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (req, reply) => {
      const actor = req.actor;
      if (spec.auth !== false && !actor) throw new AppError('unauthenticated');
      assertWellFormedText({ params: req.params, query: req.query, body: req.body });
      const params = spec.params ? parse(spec.params, req.params, 'params') : {};
      const query = spec.query ? parse(spec.query, req.query, 'query') : {};
      const body = spec.body ? parse(spec.body, req.body ?? {}, 'body') : {};
      const result = await spec.handler({ params, query, body, actor: actor as Actor, req, reply } as Parameters<typeof spec.handler>[0]);
      if (reply.sent) return reply;
      reply.status(spec.status ?? 200);
      return result ?? null;
    },
  });
}

const toJsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): unknown => z.toJSONSchema(schema, { io, unrepresentable: 'any' });

function successContent(response: AnySpec['response']): Record<string, unknown> {
  if (response === null) return {};
  if (response instanceof z.ZodType) return { content: { 'application/json': { schema: toJsonSchema(response, 'output') } } };
  return { content: { [response.file]: { schema: { type: 'string', format: 'binary' } } } };
}

/** The OpenAPI 3.1 document of every registered route. */
export function openApiDocument(app: FastifyInstance, info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of registryOf(app)) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema || !(schema instanceof z.ZodObject)) continue;
      const shape: Record<string, z.ZodType> = schema.shape;
      for (const [name, field] of Object.entries(shape)) {
        parameters.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema: toJsonSchema(field) });
      }
    }
    paths[path] = {
      ...paths[path],
      [r.method.toLowerCase()]: {
        summary: r.summary,
        tags: [r.tag],
        security: r.auth === false ? [] : [{ bearer: [] }],
        parameters,
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(r.body) } } } } : {}),
        responses: {
          [String(r.status ?? 200)]: { description: r.response === null ? 'Geen inhoud' : 'OK', ...successContent(r.response) },
          default: { description: 'Fout', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['id', 'message'],
              properties: {
                id: { type: 'string' },
                message: { type: 'string' },
                problems: {
                  type: 'array',
                  items: { type: 'object', properties: { code: { type: 'string' }, path: { type: 'string' }, message: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
  };
}
