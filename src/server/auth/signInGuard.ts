/**
 * Refused sign-ins (BIO 8.15: failed access attempts are logged events). Every refused bearer
 * token, on the API and on the live channel, is
 * - counted per address (@fastify/rate-limit's store): past the limit, new tokens from that address
 *   get 429 until its minute is over, without a signature check;
 * - written to the audit log (`aanmelden`, `geweigerd`, no actor, the reason, never the token), at
 *   most `maxAuditEntries` per address per minute; the rest of that minute is counted and written
 *   as one summary when the minute is over, so a flood cannot fill the log.
 */
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { appendAudit, type AuditEntry, type Origin } from '../store/audit';
import type { Sql } from '../store/db';
import { ONE_MINUTE_MS, overLimit, type Limiter } from '../http/security';

export const SIGN_IN_ACTION = 'aanmelden';
const OBJECT_TYPE = 'aanmelding';
/** Addresses remembered at once (blocked and audit windows each); the oldest are forgotten first. */
const MAX_ADDRESSES = 10_000;

export interface SignInAttempt {
  origin: Origin;
  /** Where the token was offered: `GET /api/pos` or `live /api/pos/<id>/live`. */
  request: string;
}

interface AuditWindow {
  start: number;
  logged: number;
  /** Refused tokens not written one by one. */
  suppressed: number;
  /** Requests answered 429 (no token checked). */
  limited: number;
  lastOrigin: Origin;
}

export interface SignInGuardOptions {
  db: Sql;
  log: FastifyBaseLogger;
  /** Counts refused tokens per address; null: no limit. */
  failures: Limiter | null;
  /** Audit entries per address per window before the rest is summarised; 0: all of them. */
  maxAuditEntries: number;
  windowMs?: number;
  now?: () => number;
}

export class SignInGuard {
  private readonly blockedUntil = new Map<string, number>();
  private readonly windows = new Map<string, AuditWindow>();
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;
  /** Audit writes under way, awaited by close(). */
  private readonly writing = new Set<Promise<void>>();

  constructor(private readonly o: SignInGuardOptions) {
    this.windowMs = o.windowMs ?? ONE_MINUTE_MS;
    this.now = o.now ?? Date.now;
    this.sweeper = setInterval(() => void this.flushExpired(), this.windowMs);
    this.sweeper.unref();
  }

  /** Seconds until this address may offer new tokens again; 0 when it may now. */
  retryAfter(ip: string): number {
    const until = this.blockedUntil.get(ip);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left > 0) return Math.ceil(left / 1000);
    this.blockedUntil.delete(ip);
    return 0;
  }

  /** A request refused with 429 because its address is blocked: counted in the summary. */
  limited(attempt: SignInAttempt): void {
    const w = this.windowOf(attempt.origin);
    w.limited += 1;
  }

  /** A refused token: counted against its address and audited (or counted in the summary). */
  async refused(req: FastifyRequest, attempt: SignInAttempt, reason: string, token: string | null): Promise<void> {
    const wait = await overLimit(this.o.failures, req).catch(() => null);
    if (wait !== null) this.block(attempt.origin.ip, this.now() + wait * 1000);
    const w = this.windowOf(attempt.origin);
    if (this.o.maxAuditEntries > 0 && w.logged >= this.o.maxAuditEntries) {
      w.suppressed += 1;
      return;
    }
    w.logged += 1;
    await this.write({
      actor: { id: null, name: '' },
      action: SIGN_IN_ACTION,
      objectType: OBJECT_TYPE,
      objectId: null,
      poId: null,
      result: 'geweigerd',
      origin: attempt.origin,
      after: { reason: reason.slice(0, 300), request: attempt.request.slice(0, 200), ...claimedUser(token) },
    });
  }

  /** Writes the summaries of the windows that are over. */
  async flushExpired(): Promise<void> {
    const now = this.now();
    const done: Promise<void>[] = [];
    for (const [ip, w] of this.windows) {
      if (now - w.start < this.windowMs) continue;
      this.windows.delete(ip);
      done.push(this.summarise(w));
    }
    await Promise.all(done);
  }

  /** Stops the sweeper and writes every open summary (before the database closes). */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const open = [...this.windows.values()];
    this.windows.clear();
    await Promise.all([...open.map((w) => this.summarise(w)), ...this.writing]);
  }

  private windowOf(origin: Origin): AuditWindow {
    const now = this.now();
    let w = this.windows.get(origin.ip);
    if (w && now - w.start >= this.windowMs) {
      this.windows.delete(origin.ip);
      void this.summarise(w);
      w = undefined;
    }
    if (!w) {
      w = { start: now, logged: 0, suppressed: 0, limited: 0, lastOrigin: origin };
      this.windows.set(origin.ip, w);
      if (this.windows.size > MAX_ADDRESSES) {
        // Too many addresses at once: the oldest window is summarised early.
        const [oldestIp, oldest] = this.windows.entries().next().value as [string, AuditWindow];
        this.windows.delete(oldestIp);
        void this.summarise(oldest);
      }
    }
    w.lastOrigin = origin;
    return w;
  }

  private summarise(w: AuditWindow): Promise<void> {
    if (w.suppressed === 0 && w.limited === 0) return Promise.resolve();
    return this.write({
      actor: { id: null, name: '' },
      action: SIGN_IN_ACTION,
      objectType: OBJECT_TYPE,
      objectId: null,
      poId: null,
      result: 'geweigerd',
      origin: w.lastOrigin,
      after: {
        reason: `Meer dan ${this.o.maxAuditEntries} geweigerde aanmeldingen vanaf dit adres binnen ${Math.round(this.windowMs / 1000)} seconden; de rest is alleen geteld.`,
        summary: {
          from: new Date(w.start).toISOString(),
          to: new Date(w.start + this.windowMs).toISOString(),
          notLoggedSeparately: w.suppressed,
          refusedByLimit: w.limited,
        },
      },
    });
  }

  /** An audit write; a failing write is logged and does not change the refusal. */
  private write(entry: AuditEntry): Promise<void> {
    const p = appendAudit(this.o.db, entry)
      .catch((err: unknown) => this.o.log.error({ err }, 'auditregel (geweigerde aanmelding) niet geschreven'))
      .finally(() => this.writing.delete(p));
    this.writing.add(p);
    return p;
  }

  private block(ip: string, until: number): void {
    this.blockedUntil.delete(ip);
    this.blockedUntil.set(ip, until);
    if (this.blockedUntil.size > MAX_ADDRESSES) this.blockedUntil.delete(this.blockedUntil.keys().next().value as string);
  }
}

/** Whom the refused token claimed to be (unverified: for the log reader, never trusted). */
function claimedUser(token: string | null): { claimedUser?: string } {
  if (!token) return {};
  try {
    const claims = decodeJwt(token);
    const who = claims.preferred_username ?? claims.upn ?? claims.oid;
    return typeof who === 'string' && who !== '' ? { claimedUser: who.slice(0, 200) } : {};
  } catch {
    return {};
  }
}
