/**
 * The Graph client: graph-client's `Client.initWithMiddleware` with our own chain
 * (bearer token -> bounded retry -> fetch), pointed at the configured base URL (Graph itself,
 * or the sandbox on http://127.0.0.1). Every call maps failures to the app's error catalogue.
 */
import { Client, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { toAppError } from './errors';
import { BearerTokenHandler, FetchHandler, RequestTrace, TokenAuthProvider } from './middleware';
import { BoundedRetryHandler } from './retry';
import { systemClock } from './pacing';

export interface GraphClientOptions {
  /** Graph root including the version, e.g. `https://graph.microsoft.com/v1.0` or the sandbox's `http://127.0.0.1:3979/v1.0`. */
  baseUrl: string;
  /** The access token for this client's calls (see `tokens.ts`). */
  getToken: () => Promise<string>;
  /** Retries after 429/503/504 (default 3). */
  maxRetries?: number;
  /** Upper bound on all waiting between retries of one call, in ms (default 20 000). */
  maxTotalWaitMs?: number;
  /** First backoff when Graph sends no Retry-After, in ms (default 1000; doubles per retry). */
  baseBackoffMs?: number;
  /** Time limit of one attempt, in ms (default 30 000). */
  attemptTimeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphClient {
  /** The configured base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** `headers`: extra request headers, e.g. `ConsistencyLevel: eventual` for `$search`. */
  get<T>(path: string, headers?: Record<string, string>): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  delete(path: string): Promise<void>;
  /** PUT of raw bytes, e.g. a file upload. */
  putBytes<T>(path: string, content: Uint8Array, contentType: string): Promise<T>;
  /**
   * The path (relative to `baseUrl`) of an absolute URL Graph returned, e.g. `@odata.nextLink`;
   * null for a URL elsewhere, which this client will not call.
   */
  relativePath(url: string): string | null;
}

export const GRAPH_DEFAULTS = {
  maxRetries: 3,
  maxTotalWaitMs: 20_000,
  baseBackoffMs: 1_000,
  attemptTimeoutMs: 30_000,
} as const;

/** Splits `https://host/v1.0` into graph-client's `baseUrl` (`https://host`) and `defaultVersion` (`v1.0`). */
function splitBaseUrl(baseUrl: string): { root: string; host: string; hostname: string; origin: string; version: string; normalized: string } {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Graph-basis-URL moet http(s) zijn: ${baseUrl}`);
  const normalized = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const cut = normalized.lastIndexOf('/');
  const version = normalized.slice(cut + 1);
  if (cut < url.origin.length || !version) throw new Error(`Graph-basis-URL mist de versie (bijv. /v1.0): ${baseUrl}`);
  return { root: normalized.slice(0, cut), host: url.host, hostname: url.hostname, origin: url.origin, version, normalized };
}

export function createGraphClient(opts: GraphClientOptions): GraphClient {
  const base = splitBaseUrl(opts.baseUrl);
  const sdk = Client.initWithMiddleware({
    middleware: [
      new BearerTokenHandler(new TokenAuthProvider(opts.getToken), base.origin),
      new BoundedRetryHandler({
        maxRetries: opts.maxRetries ?? GRAPH_DEFAULTS.maxRetries,
        maxTotalWaitMs: opts.maxTotalWaitMs ?? GRAPH_DEFAULTS.maxTotalWaitMs,
        baseBackoffMs: opts.baseBackoffMs ?? GRAPH_DEFAULTS.baseBackoffMs,
        sleep: opts.sleep ?? systemClock.sleep,
      }),
      new FetchHandler(opts.fetchImpl ?? fetch, opts.attemptTimeoutMs ?? GRAPH_DEFAULTS.attemptTimeoutMs),
    ],
    baseUrl: base.root,
    defaultVersion: base.version,
    // Only consulted by graph-client's own handlers (not in this chain); kept so that adding one
    // later still treats the configured host as Graph. Hostnames only, as graph-client requires.
    customHosts: new Set([base.hostname]),
  });

  async function send<T>(method: string, path: string, run: (request: GraphRequest) => Promise<unknown>): Promise<T> {
    if (!path.startsWith('/')) throw new Error(`Graph-pad moet met / beginnen: ${path}`);
    const trace = new RequestTrace();
    try {
      const result = await run(sdk.api(path).middlewareOptions([trace]));
      return result as T;
    } catch (err) {
      throw toAppError(trace.cause ?? err, method, Math.max(trace.attempts, 1));
    }
  }

  return {
    baseUrl: base.normalized,
    get: (path, headers) => send('GET', path, (r) => (headers ? r.headers(headers) : r).get()),
    post: (path, body) => send('POST', path, (r) => r.post(body)),
    patch: (path, body) => send('PATCH', path, (r) => r.patch(body)),
    delete: async (path) => {
      await send('DELETE', path, (r) => r.delete());
    },
    putBytes: (path, content, contentType) =>
      send('PUT', path, (r) => r.header('Content-Type', contentType).put(Buffer.from(content.buffer, content.byteOffset, content.byteLength))),
    relativePath(url) {
      if (!url.startsWith(`${base.normalized}/`)) return null;
      return url.slice(base.normalized.length);
    },
  };
}
