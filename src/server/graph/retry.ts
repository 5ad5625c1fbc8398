/**
 * Retries throttled and unavailable answers (429, 503, 504) with a bound on the total wait.
 *
 * graph-client's RetryHandler is not used: it caps each single delay (`maxDelay`) and the number
 * of retries, but not the total time spent waiting, and it repeats a POST after a 504, which
 * can post a verslag twice. Here:
 * - `Retry-After` (seconds or an HTTP date) is honoured; without it the wait doubles from
 *   `baseBackoffMs` with some jitter;
 * - a retry that would push the total wait past `maxTotalWaitMs` is not made: the last answer
 *   is returned as it is;
 * - a POST is repeated after 429 and 503 (Graph did not process it) but never after a 504 or a
 *   lost connection, where it may have been applied; idempotent methods are repeated in all cases.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { setHeader, traceOf } from './middleware';

export interface RetryPolicy {
  maxRetries: number;
  maxTotalWaitMs: number;
  baseBackoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** For tests: a number in [0, 1) for jitter. */
  random?: () => number;
  now?: () => number;
}

const RETRY_STATUSES = new Set([429, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Milliseconds to wait according to a `Retry-After` header, or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export class BoundedRetryHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('Graph retry handler has no next middleware');
    const { maxRetries, maxTotalWaitMs, sleep } = this.policy;
    const method = (context.options?.method ?? 'GET').toUpperCase();
    const idempotent = IDEMPOTENT.has(method);
    const trace = traceOf(context);
    let waited = 0;

    for (let attempt = 0; ; attempt++) {
      if (trace) trace.attempts = attempt + 1;
      let response: Response | undefined;
      try {
        await next.execute(context);
        response = context.response;
      } catch (err) {
        // No answer at all. Only an idempotent request can safely be sent again.
        const delay = this.backoff(attempt);
        if (trace?.cause !== undefined || !idempotent || attempt >= maxRetries || waited + delay > maxTotalWaitMs) throw err;
        await sleep(delay);
        waited += delay;
        continue;
      }
      if (!response || !RETRY_STATUSES.has(response.status) || attempt >= maxRetries) return;
      if (response.status === 504 && !idempotent) return;
      const delay = retryAfterMs(response.headers.get('Retry-After'), this.policy.now?.() ?? Date.now()) ?? this.backoff(attempt);
      if (waited + delay > maxTotalWaitMs) return;
      // Free the connection of the answer we are not going to read.
      await response.body?.cancel().catch(() => undefined);
      await sleep(delay);
      waited += delay;
      setHeader(context, 'Retry-Attempt', String(attempt + 1));
    }
  }

  /** Exponential backoff with jitter: base * 2^attempt, between 75% and 100% of it. */
  private backoff(attempt: number): number {
    const random = this.policy.random ?? Math.random;
    const full = this.policy.baseBackoffMs * 2 ** attempt;
    return Math.round(full * (0.75 + 0.25 * random()));
  }
}
