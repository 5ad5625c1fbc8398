/** What the routes and commands need, built once at start-up (see app.ts) and replaced in tests. */
import { EventEmitter } from 'node:events';
import type { Config } from './config';
import type { DevSigner, TokenVerifier } from './auth/tokens';
import type { PoChange } from './store/changes';
import type { Database } from './store/db';
import type { GraphClient } from './graph';
import type { Actor } from './http/route';

/** A statement that tells the other server instances of changes (a NOTIFY). */
export interface Announcement {
  text: string;
  params: unknown[];
}

/**
 * Told after a transaction commits: PO `poId` has these new changes (in seq order, as stored). The
 * live channel passes them on without reading them back.
 */
export class ChangeBus extends EventEmitter {
  /**
   * On PostgreSQL, set by the live channel: the statement that tells the other instances of these
   * changes. A command sends it with its COMMIT (`TxSql.afterCommit`) and then notifies with
   * `announced`, so the live channel does not send it again.
   */
  announcer: ((poId: string, changes: PoChange[]) => Announcement | null) | null = null;
  notify(poId: string, changes: PoChange[], announced = false): void {
    this.emit('change', poId, changes, announced);
  }
  onChange(listener: (poId: string, changes: PoChange[], announced: boolean) => void): () => void {
    this.on('change', listener);
    return () => this.off('change', listener);
  }
}

/** Microsoft Graph for this organisation: a client acting for a user, and where to publish. */
export interface GraphPort {
  /** A Graph client acting for the signed-in user (On-Behalf-Of in production). */
  clientFor(actor: Actor): GraphClient;
  /** A client acting as the app itself (client credentials), for background work such as reminders; null without a client secret. */
  appClient(): GraphClient | null;
  /** Team and channel the verslagen go to; null when not configured. */
  verslagChannel: { teamId: string; channelId: string } | null;
  plannerPlanId: string | null;
}

export interface Deps {
  config: Config;
  db: Database;
  verifier: TokenVerifier;
  /** Development sign-in; null in production mode. */
  devSigner: DevSigner | null;
  now: () => Date;
  changes: ChangeBus;
  graph: GraphPort;
}
