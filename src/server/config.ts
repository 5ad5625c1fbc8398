/**
 * The one configuration module: every variable is read and validated here at start-up and
 * documented in `.env.example`. Defaults make a fresh clone run with no setup.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** A switch (true/1, false/0/empty) whose default depends on NODE_ENV: undefined when not set (see `withModeDefaults`). */
const modeBool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));

/** Microsoft Entra's sign-in host in the public cloud. */
export const ENTRA_PUBLIC_CLOUD_HOST = 'login.microsoftonline.com';

/** The demo app's GUID (appPackage/manifest.json); a tenant chooses its own. */
export const DEMO_APP_ID = '6b1f0a52-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

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
    const list = v
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const bad = list.filter((a) => !isAddressOrRange(a));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `geen IP-adres of bereik: ${bad.join(', ')} (verwacht false, true of adressen met komma's)` });
    return list;
  });

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** Interface to listen on: 127.0.0.1 by default, 0.0.0.0 (every interface) in production. */
    HOST: z.string().min(1).optional(),
    /** Public base URL of the app (used in links in the verslag and in the app package). */
    APP_BASE_URL: z.string().url().optional(),
    /** PostgreSQL connection string; when absent an embedded PGlite database is used. */
    DATABASE_URL: z.string().optional(),
    /** Folder of the embedded database (PGlite); `memory://` keeps it in memory. */
    PGLITE_DATA_DIR: z.string().default(path.join(process.cwd(), 'data', 'pglite')),
    /** `development`: local demo sign-in; `entra`: Microsoft Entra ID tokens (production). */
    AUTH_MODE: z.enum(['development', 'entra']).optional(),
    ENTRA_TENANT_ID: z.string().optional(),
    ENTRA_CLIENT_ID: z.string().optional(),
    ENTRA_CLIENT_SECRET: z.string().optional(),
    /** Application ID URI the SSO token is issued for, e.g. api://po.example.nl/<client-id>. */
    ENTRA_APP_ID_URI: z.string().optional(),
    /**
     * Host of the Microsoft Entra sign-in endpoints (token issuer, signing keys, On-Behalf-Of), as
     * host or host:port, always over https. login.microsoftonline.com by default; a national cloud
     * has its own (login.microsoftonline.us, login.partner.microsoftonline.cn).
     */
    ENTRA_AUTHORITY_HOST: z
      .string()
      .regex(
        /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i,
        'moet een hostnaam zijn, eventueel met :poort (zonder https:// en zonder pad), bijv. login.microsoftonline.us',
      )
      .default(ENTRA_PUBLIC_CLOUD_HOST),
    /** Entra security group (object id) whose first member to sign in becomes beheerder while there is none (first run). */
    ENTRA_ADMIN_GROUP_ID: z.string().optional(),
    /** Load the demo organisation and users into an empty database (default on, off in production). */
    SEED_DEMO_DATA: modeBool,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com/v1.0'),
    /** Start the local Graph sandbox with `npm start` (default on, off in production). */
    GRAPH_SANDBOX: modeBool,
    GRAPH_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(3979),
    /** Team and channel for the verslagen; with the sandbox a demo team and channel by default. */
    VERSLAG_TEAM_ID: z.string().optional(),
    VERSLAG_CHANNEL_ID: z.string().optional(),
    PLANNER_PLAN_ID: z.string().optional(),
    /** Stable GUID of the Teams app (app package id). */
    APP_ID: z.string().uuid().default(DEMO_APP_ID),
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
    /** On SIGTERM/SIGINT: how long open requests may take before the server stops anyway (ms). */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(8_000),
    /**
     * Meeting transcripts (what was said per agendapunt): 0 = fetched from Teams on demand and
     * never stored; N > 0 = stored until N days after the verslag's first publication.
     */
    TRANSCRIPT_RETENTION_DAYS: z.coerce
      .number({ message: 'moet een aantal dagen zijn (0 of meer)' })
      .int('moet een geheel aantal dagen zijn')
      .min(0, 'moet 0 of meer zijn')
      .max(3650, 'ten hoogste 3650 dagen')
      .default(0),
    /**
     * The reminder scheduler's finished jobs (sent, skipped or given up) are purged this many days
     * after they finished. At least 7: a reminder's or digest's key is planned again within a few
     * days at most, and a key still kept is never sent twice.
     */
    JOB_RETENTION_DAYS: z.coerce
      .number({ message: 'moet een aantal dagen zijn' })
      .int('moet een geheel aantal dagen zijn')
      .min(7, 'ten minste 7 dagen')
      .max(3650, 'ten hoogste 3650 dagen')
      .default(30),
  })
  .transform(withModeDefaults)
  .superRefine((c, ctx) => {
    const production = c.NODE_ENV === 'production';
    const issue = (key: string, message: string): void => ctx.addIssue({ code: 'custom', path: [key], message });
    if (c.AUTH_MODE === 'entra') {
      for (const key of ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_APP_ID_URI'] as const) {
        if (!c[key])
          issue(
            key,
            `ontbreekt: ${production ? 'productie meldt' : 'AUTH_MODE=entra meldt'} aan met Microsoft Entra ID (app-registratie, zie README "In productie")`,
          );
      }
    }
    if (c.AUTH_MODE === 'entra' && !c.GRAPH_SANDBOX && !c.ENTRA_CLIENT_SECRET) {
      issue('ENTRA_CLIENT_SECRET', 'ontbreekt: het clientgeheim van de app-registratie, nodig voor Microsoft Graph namens de gebruiker (On-Behalf-Of)');
    }
    if (!production) return;
    // Production: one message per problem, each saying what to do.
    if (c.AUTH_MODE !== 'entra')
      issue('AUTH_MODE', 'productie vraagt AUTH_MODE=entra: de ontwikkel-aanmelding bestaat daar niet (laat AUTH_MODE weg of zet entra)');
    if (c.GRAPH_SANDBOX)
      issue('GRAPH_SANDBOX', 'de lokale Graph-sandbox is alleen voor ontwikkeling en tests; laat GRAPH_SANDBOX weg of zet false in productie');
    if (c.SEED_DEMO_DATA)
      issue('SEED_DEMO_DATA', 'demogegevens (Gemeente Velsen en de demogebruikers) horen niet in productie; laat SEED_DEMO_DATA weg of zet false');
    if (!c.APP_BASE_URL?.startsWith('https://'))
      issue(
        'APP_BASE_URL',
        `${c.APP_BASE_URL ? 'moet met https:// beginnen' : 'ontbreekt'}: het publieke https-adres van de app, bijv. https://po.gemeente.nl (Teams en Outlook laden de app alleen over https)`,
      );
    if (!graphUrlAllowed(c.GRAPH_BASE_URL))
      issue(
        'GRAPH_BASE_URL',
        'moet met https:// beginnen: Graph krijgt de token van de gebruiker mee (alleen een Graph op deze machine, localhost of 127.0.0.1, mag http gebruiken)',
      );
    if (c.APP_ID === DEMO_APP_ID) issue('APP_ID', 'is de GUID van de demo-app; kies eenmalig een eigen vaste GUID voor het app-pakket van deze gemeente');
  });

/** Production sends the user's token to Graph: over https, or plain http only to this machine itself. */
function graphUrlAllowed(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || (protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname));
}

interface ModeDefaults {
  HOST: string;
  AUTH_MODE: 'development' | 'entra';
  SEED_DEMO_DATA: boolean;
  GRAPH_SANDBOX: boolean;
}

/** The defaults that differ in production: listen on every interface; no sandbox, demo data or development sign-in. */
function withModeDefaults<T extends { NODE_ENV: string } & Partial<ModeDefaults>>(c: T): Omit<T, keyof ModeDefaults> & ModeDefaults {
  const production = c.NODE_ENV === 'production';
  return {
    ...c,
    HOST: c.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    AUTH_MODE: c.AUTH_MODE ?? (production ? 'entra' : 'development'),
    SEED_DEMO_DATA: c.SEED_DEMO_DATA ?? !production,
    GRAPH_SANDBOX: c.GRAPH_SANDBOX ?? !production,
  };
}

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
