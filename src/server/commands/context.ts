/**
 * The frame of every command that changes a PO: one transaction that locks the PO, checks rights
 * and rules, writes, and appends the audit entries and numbered changes before it commits.
 */
import type { OrganisationConfig, PoRights } from '../../domain';
import { rightsOn } from '../../domain';
import { AppError, fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit, type AuditEntry } from '../store/audit';
import { deferAuditedChange, type PoChange } from '../store/changes';
import type { Sql, TxSql } from '../store/db';
import { loadOrganisation } from '../store/directory';
import { loadRecords, lockPoForChange, type LoadedPo, type PoForChange } from '../store/pos';

export interface PoTx<P extends PoForChange | LoadedPo = LoadedPo> {
  sql: TxSql;
  po: P;
  org: OrganisationConfig;
  rights: PoRights;
  now: string;
  /**
   * Records one audited change of an object; also numbered as a change of the PO for live clients.
   * `action` names it in the audit log when it is not the command's own (e.g. `toegang.wijzigen`).
   */
  changed(e: {
    objectType: string;
    objectId: string | null;
    before?: unknown;
    after?: unknown;
    change?: { type: string; payload: unknown };
    action?: string;
  }): void;
}

export async function requireOrganisation(sql: Sql): Promise<OrganisationConfig> {
  return (await loadOrganisation(sql)) ?? fail('not_configured', 'De organisatie is nog niet ingericht.');
}

/** Runs `fn` on a locked PO, with all its records, in one transaction; audits as `action`. */
export function changePo<T>(deps: Deps, actor: Actor, poId: string, action: string, fn: (tx: PoTx<LoadedPo>) => Promise<T>): Promise<T> {
  return runChange(deps, actor, poId, action, async (sql, po) => ({ ...po, records: await loadRecords(sql, poId) }), fn);
}

/**
 * As `changePo`, for commands that need the agenda but not the records (recording during the
 * meeting): the PO comes with its number of records only, so a write costs the same whether the
 * PO has three records or three hundred.
 */
export function changePoAgenda<T>(deps: Deps, actor: Actor, poId: string, action: string, fn: (tx: PoTx<PoForChange>) => Promise<T>): Promise<T> {
  return runChange(deps, actor, poId, action, async (_sql, po) => po, fn);
}

/** The organisation's configuration by row version: read again only when it changed. */
const organisations = new WeakMap<Deps, { version: string; config: OrganisationConfig }>();
async function organisationAt(deps: Deps, sql: Sql, version: string | null): Promise<OrganisationConfig> {
  if (version === null) fail('not_configured', 'De organisatie is nog niet ingericht.');
  const known = organisations.get(deps);
  if (known?.version === version) return known.config;
  const config = await requireOrganisation(sql);
  organisations.set(deps, { version: version!, config });
  return config;
}

async function runChange<P extends PoForChange | LoadedPo, T>(
  deps: Deps,
  actor: Actor,
  poId: string,
  action: string,
  complete: (sql: Sql, po: PoForChange) => Promise<P>,
  fn: (tx: PoTx<P>) => Promise<T>,
): Promise<T> {
  const committed: PoChange[] = [];
  let announced = false;
  const result = await deps.db.tx(async (sql) => {
    const locked = (await lockPoForChange(sql, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
    const org = await organisationAt(deps, sql, locked.orgVersion);
    const po = await complete(sql, locked.po);
    const pending: Parameters<PoTx['changed']>[0][] = [];
    const tx: PoTx<P> = {
      sql,
      po,
      org,
      rights: rightsOn(actor.user, po, org),
      now: deps.now().toISOString(),
      changed: (e) => pending.push(e),
    };
    const out = await fn(tx);
    for (const e of pending) {
      const audit: AuditEntry = {
        actor: { id: actor.user.id, name: actor.user.name },
        action: e.action ?? action,
        objectType: e.objectType,
        objectId: e.objectId,
        poId,
        result: 'geslaagd',
        origin: actor.origin,
        before: e.before,
        after: e.after,
      };
      // The PO is locked: its next seq is known, and the change goes with the COMMIT.
      if (e.change)
        committed.push(deferAuditedChange(sql, audit, { poId, seq: po.seq + committed.length + 1, at: tx.now, actorId: actor.user.id, ...e.change }));
      else await appendAudit(sql, audit);
    }
    // On PostgreSQL the other instances are told with the COMMIT, in the same trip (live/plugin.ts).
    const announcement = committed.length > 0 ? deps.changes.announcer?.(poId, committed) : null;
    if (announcement) sql.afterCommit(announcement.text, announcement.params);
    announced = Boolean(announcement);
    return out;
  });
  // After the commit: this instance's live clients (and the other instances when not told yet).
  if (committed.length > 0) deps.changes.notify(poId, committed, announced);
  return result;
}

export function requireRight(allowed: boolean, what: string): void {
  if (!allowed) throw new AppError('forbidden', `U heeft geen rechten om ${what}.`);
}
