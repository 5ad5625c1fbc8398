/** Reconnect and retry delays: exponential, capped, with jitter so clients do not return in step. */
export interface BackoffOptions {
  /** First delay (default 500 ms). */
  initialMs?: number;
  /** Largest delay (default 30 s). */
  maxMs?: number;
}

/**
 * The delay before retry number `attempt` (0 for the first): half of the exponential step fixed,
 * half random ("equal jitter"), so a server restart does not see every client at the same moment.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions = {}, random: () => number = Math.random): number {
  const initial = opts.initialMs ?? 500;
  const max = opts.maxMs ?? 30_000;
  const step = Math.min(max, initial * 2 ** Math.min(attempt, 30));
  return Math.round(step / 2 + random() * (step / 2));
}
