/**
 * Publishing the verslag to the organisation's Teams channel, exactly once:
 * 1. `beginAttempt` records the attempt (and the verslag content) before anything is posted;
 * 2. `postPublication` posts through Graph, saving progress after every request;
 * 3. `finishPublication` stores the permanent verslag version and marks the PO gepubliceerd.
 * A failure leaves the PO unpublished; an uncertain outcome is resolved by the next attempt, which
 * looks for this version's marker in the channel before posting again.
 */
import { fail } from '../../shared/errors';
import { changePo } from '../commands/context';
import type { Deps } from '../deps';
import { isOutcomeUncertain } from '../graph';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { updatePo } from '../store/pos';
import { updatePublication, type Publication } from '../store/publications';
import { insertVersion } from '../store/verslagen';
import { beginAttempt } from './attempt';
import { postPublication } from './post';

export interface PublishResult {
  versionId: string;
  version: number;
  publishedAt: string;
  webUrl: string | null;
  fileUrl: string | null;
}

async function finishPublication(deps: Deps, actor: Actor, p: Publication): Promise<PublishResult> {
  return changePo(deps, actor, p.poId, 'verslag.publiceren', async (tx) => {
    await insertVersion(tx.sql, {
      id: p.id, poId: p.poId, version: p.version, model: p.model, publicModel: p.publicModel, reason: p.reason,
      publishedBy: actor.user.id, publishedAt: tx.now, messageId: p.messageId, webUrl: p.webUrl, fileUrl: p.fileUrl,
    });
    await updatePo(tx.sql, p.poId, { status: 'gepubliceerd', publishedVersion: p.version, correctionOpen: false, approval: null }, tx.now);
    await updatePublication(tx.sql, p.id, { status: 'geplaatst', finishedAt: tx.now });
    tx.changed({
      objectType: 'verslag', objectId: p.id, after: { version: p.version, kind: p.kind, webUrl: p.webUrl, fileUrl: p.fileUrl },
      change: { type: 'verslag.published', payload: { version: p.version, versionId: p.id, webUrl: p.webUrl } },
    });
    return { versionId: p.id, version: p.version, publishedAt: tx.now, webUrl: p.webUrl, fileUrl: p.fileUrl };
  });
}

export async function publishVerslag(deps: Deps, actor: Actor, poId: string, reason = ''): Promise<PublishResult> {
  const channel = deps.graph.verslagChannel ?? fail('not_configured', 'Er is geen Teams-kanaal ingesteld voor de verslagen (VERSLAG_TEAM_ID, VERSLAG_CHANNEL_ID).');
  const attempt = await beginAttempt(deps, actor, poId, reason);
  try {
    await postPublication(deps, deps.graph.clientFor(actor), channel, attempt);
  } catch (err) {
    // Something may be visible already (or may be, after a timeout): keep the attempt open so the
    // next one continues it. Otherwise it failed cleanly and nothing was posted.
    const open = attempt.messageId !== null || attempt.repliesPosted > 0 || isOutcomeUncertain(err);
    const message = err instanceof Error ? err.message : String(err);
    await updatePublication(deps.db, attempt.id, { status: open ? 'onzeker' : 'mislukt', lastError: message.slice(0, 2000), ...(open ? {} : { finishedAt: deps.now().toISOString() }) });
    await appendAudit(deps.db, {
      actor: { id: actor.user.id, name: actor.user.name }, action: 'verslag.publiceren', objectType: 'publicatie', objectId: attempt.id,
      poId, result: 'mislukt', origin: actor.origin, after: { status: open ? 'onzeker' : 'mislukt', error: message.slice(0, 500) },
    });
    throw err;
  }
  return finishPublication(deps, actor, attempt);
}
