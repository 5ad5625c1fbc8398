/**
 * The one configuration module: every variable is read and validated here at start-up and
 * documented in `.env.example`. Defaults make a fresh clone run with no setup.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** A limit (a number of requests or connections); 0 switches it off. */
const limit = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY's list as Fastify does. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isAddressOrRange = (s: string): boolean => {
  if (PROXY_RANGES.has(s)) return true;
  const [address = '', bits, ...rest] = s.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (version === 4 && isIP(bits) === 4) return true; // a netmask: 10.0.0.0/255.0.0.0
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
};

/**
 * TRUST_PROXY as Fastify's `trustProxy` takes it: off (empty, false), every proxy (true), or a
 * comma-separated list of proxy addresses and ranges. A number of hops is refused: Fastify 5 no
 * longer trusts a hop count (it cannot tell the proxy from a client that sends the header itself).
 */
const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): boolean | string[] => {
    const v = (raw ?? '').trim();
    if (v === '' || v === 'false' || v === '0') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'een aantal proxies wordt niet vertrouwd; geef de adressen of bereiken van de proxies op, bijv. 10.0.0.0/8' });
      return false;
    }
    const list = v.split(',').map((a) => a.trim()).filter((a) => a !== '');
    const bad = list.filter((a) => !isAddressOrRange(a));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `geen IP-adres of bereik: ${bad.join(', ')} (verwacht false, true of adressen met komma's)` });
    return list;
  });

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('127.0.0.1'),
    /** Public base URL of the app (used in links in the verslag and in the app package). */
    APP_BASE_URL: z.string().url().optional(),
    /** PostgreSQL connection string; when absent an embedded PGlite database is used. */
    DATABASE_URL: z.string().optional(),
    /** Folder of the embedded database (PGlite); `memory://` keeps it in memory. */
    PGLITE_DATA_DIR: z.string().default(path.join(process.cwd(), 'data', 'pglite')),
    /** `development`: local demo sign-in; `entra`: Microsoft Entra ID tokens (production). */
    AUTH_MODE: z.enum(['development', 'entra']).default('development'),
    ENTRA_TENANT_ID: z.string().optional(),
    ENTRA_CLIENT_ID: z.string().optional(),
    ENTRA_CLIENT_SECRET: z.string().optional(),
    /** Application ID URI the SSO token is issued for, e.g. api://po.example.nl/<client-id>. */
    ENTRA_APP_ID_URI: z.string().optional(),
    /** Load the demo organisation and users into an empty database. */
    SEED_DEMO_DATA: bool.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com/v1.0'),
    /** Start the local Graph sandbox with `npm start` when no tenant is configured. */
    GRAPH_SANDBOX: bool.default(true),
    GRAPH_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(3979),
    /** Team and channel for the verslagen; with the sandbox a demo team and channel by default. */
    VERSLAG_TEAM_ID: z.string().optional(),
    VERSLAG_CHANNEL_ID: z.string().optional(),
    PLANNER_PLAN_ID: z.string().optional(),
    /** Stable GUID of the Teams app (app package id). */
    APP_ID: z.string().uuid().default('6b1f0a52-3c4d-4e5f-8a9b-0c1d2e3f4a5b'),
    /**
     * Which proxies' X-Forwarded-For/-Proto/-Host to believe (client address in the audit log,
     * https for HSTS, per-address limits). Off by default: anyone could forge those headers.
     */
    TRUST_PROXY: trustProxy,
    /** Refused bearer tokens per address per minute; then 429 for new tokens from it until the minute is over. */
    RATE_LIMIT_SIGNIN_FAILURES: limit(60),
    /** Refused sign-ins per address per minute written to the audit log one by one; the rest in one summary. */
    AUDIT_SIGNIN_FAILURES: limit(10),
    /** Development sign-in (POST /api/dev/token) per address per minute. */
    RATE_LIMIT_DEV_TOKEN: limit(60),
    /** Expensive reads (registers across POs, audit log, documents, verslag preview) per user per minute. */
    RATE_LIMIT_EXPENSIVE_READS: limit(120),
    /** Live connections (WebSocket) open at once per user on one server instance. */
    LIVE_MAX_CONNECTIONS_PER_USER: limit(20),
  })
  .superRefine((c, ctx) => {
    if (c.AUTH_MODE === 'entra') {
      for (const key of ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_APP_ID_URI'] as const) {
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is verplicht bij AUTH_MODE=entra` });
      }
    }
    if (c.AUTH_MODE === 'entra' && !c.GRAPH_SANDBOX && !c.ENTRA_CLIENT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['ENTRA_CLIENT_SECRET'], message: 'ENTRA_CLIENT_SECRET is verplicht voor Microsoft Graph (On-Behalf-Of)' });
    }
    if (c.NODE_ENV === 'production' && c.AUTH_MODE !== 'entra') {
      ctx.addIssue({ code: 'custom', path: ['AUTH_MODE'], message: 'productie vraagt AUTH_MODE=entra: de ontwikkel-aanmelding bestaat daar niet' });
    }
  });

export type Config = z.infer<typeof schema>;

/** Reads and validates the configuration; throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const appBaseUrl = (c: Config): string => c.APP_BASE_URL ?? `http://localhost:${c.PORT}`;
