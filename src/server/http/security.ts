/**
 * Headers on every response and rate limits on the expensive routes:
 * - Content-Security-Policy: pages only run the app's own scripts; the API's answers are data and
 *   may not be framed or run anything (`default-src 'none'`);
 * - Strict-Transport-Security when the app is served over https;
 * - `Cache-Control: no-store` on the API (signed-in answers and downloads stay out of caches);
 * - 429 with Retry-After on the development sign-in and on expensive reads (per user).
 * Refused sign-ins are limited in auth/signInGuard.ts, live connections in live/plugin.ts.
 */
import { createHash } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors';
import type { Config } from '../config';
import { FRAME_ANCESTORS, withFrameAncestors } from './frameAncestors';

/** A limiter of @fastify/rate-limit: counts one request against its key and says whether it is over. */
export type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
/** Seconds until the key may go on, when this request was over the limit; null when it was not. */
export async function overLimit(limit: Limiter | null, req: FastifyRequest): Promise<number | null> {
  if (!limit) return null;
  const verdict = await limit(req);
  return !verdict.isAllowed && verdict.isExceeded ? verdict.ttlInSeconds : null;
}

export const ONE_MINUTE_MS = 60_000;

/** The API's answers: data, never a page. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * teams-js asks Microsoft's CDN for the current list of Teams host origins (and falls back to the
 * list built into it when it may not): this one file, nothing else from that host.
 */
export const TEAMS_JS_ORIGIN_LIST = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
/** The Outlook task pane's MSAL: Entra ID's sign-in endpoints (outside nested app authentication). */
export const ENTRA_LOGIN = 'https://login.microsoftonline.com';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
/**
 * Fluent UI's Griffel creates empty `<style>` elements and fills them through the CSSOM
 * (`insertRule`), which CSP does not restrict; the empty element itself must be allowed: its hash.
 */
export const EMPTY_STYLE_HASH = `'sha256-${sha256('')}'`;

/** Hashes of the page's own `<style>` blocks (page.html, the task pane's page, the start page). */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) hashes.add(`'sha256-${sha256(m[1] ?? '')}'`);
  return [...hashes];
}

/** Sources a page needs beyond the app itself: the Outlook task pane, or one of the Teams surfaces. */
function pageExtras(routeUrl: string): { connect: string[]; frame: string[] } | null {
  if (routeUrl === '/app/outlook') return { connect: [ENTRA_LOGIN], frame: [ENTRA_LOGIN] };
  if (/^\/app\/[a-z]+$/.test(routeUrl)) return { connect: [TEAMS_JS_ORIGIN_LIST], frame: [] };
  return null;
}

/** The live channel of the page's own origin (CSP's 'self' covers ws/wss only in newer browsers). */
function liveSource(req: FastifyRequest, https: boolean): string | null {
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(req.host) ? `${https ? 'wss' : 'ws'}://${req.host}` : null;
}

/** The policy of a page: nothing runs or loads from elsewhere, except what that page needs. */
export function pageCsp(o: { styleHashes: string[]; connect?: string[]; frame?: string[]; live?: string | null }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${[EMPTY_STYLE_HASH, ...o.styleHashes.filter((h) => h !== EMPTY_STYLE_HASH)].join(' ')}`,
    "img-src 'self' data:",
    ['connect-src', "'self'", ...(o.live ? [o.live] : []), ...(o.connect ?? [])].join(' '),
    ['frame-src', "'self'", ...(o.frame ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    FRAME_ANCESTORS,
  ].join('; ');
}

/** https as the browser sees it: the configured base URL, or the request (a trusted proxy's X-Forwarded-Proto included). */
export const servedOverHttps = (config: Config, req: FastifyRequest): boolean =>
  (config.APP_BASE_URL?.startsWith('https://') ?? false) || req.protocol === 'https';

const isHtml = (reply: FastifyReply): boolean => /^text\/html\b/i.test(String(reply.getHeader('content-type') ?? ''));
const isApi = (req: FastifyRequest): boolean => req.url.startsWith('/api/');

/** Sets the security headers of one response (an onSend hook: the payload is final). */
export function applySecurityHeaders(config: Config, req: FastifyRequest, reply: FastifyReply, payload: unknown): void {
  const https = servedOverHttps(config, req);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  if (https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');

  const own = reply.getHeader('content-security-policy') as string | undefined;
  if (isApi(req)) {
    reply.header('content-security-policy', API_CSP);
  } else if (own !== undefined) {
    // A page that set its own policy keeps it, with (only) our frame-ancestors.
    reply.header('content-security-policy', withFrameAncestors(own));
  } else {
    const html = isHtml(reply) && (typeof payload === 'string' || Buffer.isBuffer(payload)) ? payload.toString() : '';
    const extras = pageExtras(req.routeOptions.url ?? '');
    reply.header(
      'content-security-policy',
      pageCsp({ styleHashes: inlineStyleHashes(html), connect: extras?.connect, frame: extras?.frame, live: liveSource(req, https) }),
    );
  }

  if (reply.hasHeader('cache-control')) return;
  // Signed-in answers, downloads and refusals alike: never kept by a browser or proxy cache.
  if (isApi(req)) reply.header('cache-control', 'no-store');
  else if (isHtml(reply)) reply.header('cache-control', 'no-cache');
}

/** The answer to a request over its limit: 429, Retry-After and the catalogue's shape. */
export function tooManyRequests(reply: FastifyReply, retryAfterSeconds: number, what = 'Te veel verzoeken.'): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  reply.header('retry-after', String(seconds));
  return new AppError('rate_limited', `${what} Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`);
}

/** Routes (Fastify's route URL) whose GET is expensive: registers across POs, the audit log, renderings. */
const EXPENSIVE_READS = new Set([
  '/api/opvolging',
  '/api/collegeplanning',
  '/api/verslagen',
  '/api/stukken/te-laat',
  '/api/audit',
  '/api/pos/:poId/verslag/voorbeeld',
  '/api/pos/:poId/transcript',
]);
/** Downloads and renderings: `.docx` (and the agenda as HTML for the invite). */
const isRendering = (url: string): boolean => /\.(docx|html)$/.test(url);

const isExpensiveRead = (req: FastifyRequest): boolean => {
  const url = req.routeOptions.url ?? '';
  return req.method === 'GET' && url.startsWith('/api/') && (EXPENSIVE_READS.has(url) || isRendering(url));
};

export interface Limits {
  /** Counts a refused sign-in of this request's address (auth/signInGuard.ts); null when off. */
  signInFailures: Limiter | null;
  /** The onRequest hook that limits the development sign-in and expensive reads. */
  limitRoutes: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

/**
 * Registers @fastify/rate-limit without a global limit (only what is named here) and makes the
 * limiters: refused sign-ins and the development sign-in per address, expensive reads per user.
 * Add `limitRoutes` after the authentication hook: it counts reads per signed-in user.
 */
export async function installRateLimits(app: FastifyInstance, config: Config): Promise<Limits> {
  await app.register(fastifyRateLimit, { global: false, timeWindow: ONE_MINUTE_MS });
  const limiter = (max: number, key: (req: FastifyRequest) => string): Limiter | null =>
    max > 0 ? app.createRateLimit({ max, timeWindow: ONE_MINUTE_MS, keyGenerator: key }) : null;

  const devToken = limiter(config.RATE_LIMIT_DEV_TOKEN, (req) => `dev-token:${req.ip}`);
  const expensive = limiter(config.RATE_LIMIT_EXPENSIVE_READS, (req) => `reads:${req.actor?.user.id ?? ''}`);
  const routeLimiter = (req: FastifyRequest): Limiter | null => {
    if (req.method === 'POST' && req.routeOptions.url === '/api/dev/token') return devToken;
    // Reads without a signed-in user are refused by the route itself.
    return req.actor && isExpensiveRead(req) ? expensive : null;
  };

  return {
    signInFailures: limiter(config.RATE_LIMIT_SIGNIN_FAILURES, (req) => `sign-in-failures:${req.ip}`),
    async limitRoutes(req, reply) {
      const wait = await overLimit(routeLimiter(req), req);
      if (wait !== null) throw tooManyRequests(reply, wait);
    },
  };
}
