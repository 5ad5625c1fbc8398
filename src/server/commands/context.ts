/**
 * The frame of every command that changes a PO: one transaction that locks the PO, checks rights
 * and rules, writes, and appends the audit entries and numbered changes before it commits.
 */
import type { OrganisationConfig, PoRights } from '../../domain';
import { rightsOn } from '../../domain';
import { AppError, fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { appendChange } from '../store/changes';
import type { Sql } from '../store/db';
import { loadOrganisation } from '../store/directory';
import { loadPo, type LoadedPo } from '../store/pos';

export interface PoTx {
  sql: Sql;
  po: LoadedPo;
  org: OrganisationConfig;
  rights: PoRights;
  now: string;
  /** Records one audited change of an object; also numbered as a change of the PO for live clients. */
  changed(e: { objectType: string; objectId: string | null; before?: unknown; after?: unknown; change?: { type: string; payload: unknown } }): void;
}

export async function requireOrganisation(sql: Sql): Promise<OrganisationConfig> {
  return (await loadOrganisation(sql)) ?? fail('not_configured', 'De organisatie is nog niet ingericht.');
}

/** Runs `fn` on a locked PO in one transaction; audits as `action`. */
export async function changePo<T>(
  deps: Deps,
  actor: Actor,
  poId: string,
  action: string,
  fn: (tx: PoTx) => Promise<T>,
): Promise<T> {
  const seqs: number[] = [];
  const result = await deps.db.tx(async (sql) => {
    const po = (await loadPo(sql, poId, { forUpdate: true })) ?? fail('not_found', `PO ${poId} bestaat niet.`);
    const org = await requireOrganisation(sql);
    const pending: Parameters<PoTx['changed']>[0][] = [];
    const tx: PoTx = {
      sql,
      po,
      org,
      rights: rightsOn(actor.user, po, org),
      now: deps.now().toISOString(),
      changed: (e) => pending.push(e),
    };
    const out = await fn(tx);
    for (const e of pending) {
      await appendAudit(sql, {
        actor: { id: actor.user.id, name: actor.user.name },
        action,
        objectType: e.objectType,
        objectId: e.objectId,
        poId,
        result: 'geslaagd',
        origin: actor.origin,
        before: e.before,
        after: e.after,
      });
      if (e.change) seqs.push(await appendChange(sql, { poId, actorId: actor.user.id, ...e.change }));
    }
    return out;
  });
  const last = seqs.at(-1);
  if (last !== undefined) deps.changes.notify(poId, last);
  return result;
}

/** Reads a PO for a user who must be involved in it. */
export async function readPo(deps: Deps, actor: Actor, poId: string): Promise<{ po: LoadedPo; org: OrganisationConfig; rights: PoRights }> {
  const po = (await loadPo(deps.db, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
  const org = await requireOrganisation(deps.db);
  const rights = rightsOn(actor.user, po, org);
  return { po, org, rights };
}

export function requireRight(allowed: boolean, what: string): void {
  if (!allowed) throw new AppError('forbidden', `U heeft geen rechten om ${what}.`);
}
