/**
 * The middleware chain's own links: the bearer token and the actual HTTP call. Retries are in
 * `retry.ts`.
 *
 * Why not graph-client's AuthenticationHandler: it attaches the token only to an `https://`
 * URL on a Graph host or a host in `customHosts` (see `isValidEndpoint` in GraphRequestUtil),
 * and removes the Authorization header otherwise, so the sandbox on `http://127.0.0.1` would
 * never get a token. This handler sends the token to the configured base URL's origin, and to
 * no other origin.
 */
import type { AuthenticationProvider, Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/** Per-request notes, passed with `.middlewareOptions([trace])` and filled in by the chain. */
export class RequestTrace implements MiddlewareOptions {
  attempts = 0;
  /** An error our own code raised inside the chain (e.g. no token); graph-client would wrap it. */
  cause: unknown = undefined;
}

export function traceOf(context: Context): RequestTrace | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(RequestTrace);
  return option instanceof RequestTrace ? option : undefined;
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function setHeader(context: Context, name: string, value: string | null): void {
  const headers = new Headers(context.options?.headers);
  if (value === null) headers.delete(name);
  else headers.set(name, value);
  context.options = { ...context.options, headers };
}

abstract class Link implements Middleware {
  protected next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected nextLink(): Middleware {
    if (!this.next) throw new Error('Graph middleware chain ends without an HTTP handler');
    return this.next;
  }
  abstract execute(context: Context): Promise<void>;
}

/** An `AuthenticationProvider` over a plain `getToken` function. */
export class TokenAuthProvider implements AuthenticationProvider {
  constructor(private readonly getToken: () => Promise<string>) {}
  getAccessToken(): Promise<string> {
    return this.getToken();
  }
}

export class BearerTokenHandler extends Link {
  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly origin: string,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (new URL(requestUrl(context)).origin === this.origin) {
      let token: string;
      try {
        token = await this.provider.getAccessToken();
      } catch (err) {
        const trace = traceOf(context);
        if (trace) trace.cause = err;
        throw err;
      }
      setHeader(context, 'Authorization', `Bearer ${token}`);
    } else {
      setHeader(context, 'Authorization', null);
    }
    await this.nextLink().execute(context);
  }
}

/** The last link: sends the request with `fetch` (injectable), with a time limit per attempt. */
export class FetchHandler extends Link {
  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, { ...context.options, signal: AbortSignal.timeout(this.timeoutMs) });
  }
}
