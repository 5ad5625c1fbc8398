/**
 * Step 1 of a publication: in one transaction, check the rules and record the attempt before
 * anything is posted. An open attempt (uncertain outcome, or posted in part) is continued, never
 * started anew, so a retry or double click cannot post twice: its recorded steps say what was sent.
 */
import { randomUUID } from 'node:crypto';
import type { OrganisationConfig, VerslagModel } from '../../domain';
import { buildVerslag, nextPublication } from '../../domain';
import { fail } from '../../shared/errors';
import { changePo, requireRight } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import type { Sql } from '../store/db';
import { listUsers } from '../store/directory';
import { raadsNummersOfPo } from '../store/raadsregister';
import type { LoadedPo } from '../store/pos';
import { loadSteps } from '../store/graphSteps';
import { insertPublication, openPublication, updatePublication, type Publication } from '../store/publications';
import { isPostStep } from './post';

/** An attempt still 'bezig' this long is taken to have died (server restart) and may be continued. */
export const STALE_ATTEMPT_MS = 2 * 60 * 1000;

async function models(sql: Sql, po: LoadedPo, org: OrganisationConfig): Promise<{ model: VerslagModel; publicModel: VerslagModel }> {
  const users = await listUsers(sql);
  const raadsNummers = await raadsNummersOfPo(sql, po);
  return {
    model: buildVerslag(po, { org, users, audience: 'deelnemers', raadsNummers }),
    publicModel: buildVerslag(po, { org, users, audience: 'openbaar', raadsNummers }),
  };
}

export async function beginAttempt(deps: Deps, actor: Actor, poId: string, reason: string): Promise<Publication> {
  return changePo(deps, actor, poId, 'verslag.publiceren_gestart', async (tx) => {
    requireRight(tx.rights.publish, 'het verslag te publiceren');
    const version = nextPublication(tx.po, tx.org);
    const open = await openPublication(tx.sql, poId);
    const now = tx.now;
    if (open) {
      if (open.status === 'bezig' && Date.parse(now) - Date.parse(open.startedAt) < STALE_ATTEMPT_MS) {
        fail('conflict', 'Het verslag wordt op dit moment al gepubliceerd.');
      }
      // Nothing sent yet: post the verslag as it is now. Once a post may exist, its content stays
      // (the planned request bodies are kept in the steps, and the version must match them).
      const sent = (await loadSteps(tx.sql, open.id)).some((st) => isPostStep(st) && st.status !== 'gepland');
      const fresh = sent ? {} : await models(tx.sql, tx.po, tx.org);
      const next: Publication = { ...open, ...fresh, status: 'bezig', attempts: open.attempts + 1, startedAt: now };
      await updatePublication(tx.sql, open.id, { ...fresh, status: 'bezig', attempts: next.attempts, startedAt: now });
      tx.changed({
        objectType: 'publicatie',
        objectId: open.id,
        before: { status: open.status, attempts: open.attempts },
        after: { status: 'bezig', attempts: next.attempts },
      });
      return next;
    }
    const p: Publication = {
      id: randomUUID(),
      poId,
      version,
      kind: version > 1 ? 'correctie' : 'verslag',
      status: 'bezig',
      ...(await models(tx.sql, tx.po, tx.org)),
      reason,
      messageId: null,
      webUrl: null,
      repliesPosted: 0,
      fileUrl: null,
      attempts: 1,
      lastError: null,
      publisherId: actor.user.id,
      startedAt: now,
      finishedAt: null,
    };
    await insertPublication(tx.sql, p);
    tx.changed({ objectType: 'publicatie', objectId: p.id, after: { version, kind: p.kind, status: 'bezig' } });
    return p;
  });
}
