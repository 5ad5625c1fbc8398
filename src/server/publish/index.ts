/**
 * Publishing the verslag to the organisation's Teams channel, exactly once:
 * 1. `beginAttempt` records the attempt (and the verslag content) before anything is posted;
 * 2. `postPublication` posts through Graph as recorded steps (`journal.ts`): each request is
 *    recorded before it is sent and after its answer;
 * 3. `finishPublication` stores the permanent verslag version and marks the PO gepubliceerd.
 * When nothing can have reached the channel the attempt is `mislukt` and the PO stays unpublished.
 * When something may have (a post answered, or sent without an answer) it stays `onzeker` and the
 * next attempt continues it, looking for the unanswered post's marker first. When that look is
 * refused (no permission to read the channel, or Graph fails) nothing is posted again: the user
 * hears "onzeker, controleer het kanaal" (`publish_uncertain`).
 */
import { AppError, ERRORS, fail } from '../../shared/errors';
import { changePo } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { loadSteps } from '../store/graphSteps';
import { updatePo } from '../store/pos';
import { updatePublication, type Publication } from '../store/publications';
import { insertVersion } from '../store/verslagen';
import { beginAttempt } from './attempt';
import { mayExist, messageOf, StepUncertain } from './journal';
import { isPostStep, postPublication } from './post';
import { verslagChannelOf } from '../graphPort';
import { loadOrganisation } from '../store/directory';
import type { PublishResult } from '../../shared/contract/views';

export type { PublishResult };

async function finishPublication(deps: Deps, actor: Actor, p: Publication): Promise<PublishResult> {
  return changePo(deps, actor, p.poId, 'verslag.publiceren', async (tx) => {
    await insertVersion(tx.sql, {
      id: p.id,
      poId: p.poId,
      version: p.version,
      model: p.model,
      publicModel: p.publicModel,
      reason: p.reason,
      publishedBy: actor.user.id,
      publishedAt: tx.now,
      messageId: p.messageId,
      webUrl: p.webUrl,
      fileUrl: p.fileUrl,
    });
    await updatePo(tx.sql, p.poId, { status: 'gepubliceerd', publishedVersion: p.version, correctionOpen: false, approval: null }, tx.now);
    await updatePublication(tx.sql, p.id, { status: 'geplaatst', finishedAt: tx.now });
    tx.changed({
      objectType: 'verslag',
      objectId: p.id,
      after: { version: p.version, kind: p.kind, webUrl: p.webUrl, fileUrl: p.fileUrl },
      change: { type: 'verslag.published', payload: { version: p.version, versionId: p.id, webUrl: p.webUrl } },
    });
    return { versionId: p.id, version: p.version, publishedAt: tx.now, webUrl: p.webUrl, fileUrl: p.fileUrl };
  });
}

export async function publishVerslag(deps: Deps, actor: Actor, poId: string, reason = ''): Promise<PublishResult> {
  const channel =
    verslagChannelOf(deps.graph, await loadOrganisation(deps.db)) ??
    fail('not_configured', 'Er is geen Teams-kanaal ingesteld voor de verslagen (VERSLAG_TEAM_ID, VERSLAG_CHANNEL_ID).');
  const attempt = await beginAttempt(deps, actor, poId, reason);
  try {
    await postPublication(deps, deps.graph.clientFor(actor), channel, attempt);
  } catch (err) {
    // Something may be visible (a post answered, or sent without an answer): keep the attempt open
    // so the next one continues it. Otherwise nothing reached the channel and it failed cleanly.
    const open = (await loadSteps(deps.db, attempt.id)).some((s) => isPostStep(s) && mayExist(s));
    const message = messageOf(err);
    await updatePublication(deps.db, attempt.id, {
      status: open ? 'onzeker' : 'mislukt',
      lastError: message,
      ...(open ? {} : { finishedAt: deps.now().toISOString() }),
    });
    await appendAudit(deps.db, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'verslag.publiceren',
      objectType: 'publicatie',
      objectId: attempt.id,
      poId,
      result: 'mislukt',
      origin: actor.origin,
      after: { status: open ? 'onzeker' : 'mislukt', error: message.slice(0, 500) },
    });
    if (err instanceof StepUncertain) throw new AppError('publish_uncertain', `${ERRORS.publish_uncertain.nl} [${err.message.slice(0, 500)}]`);
    throw err;
  }
  return finishPublication(deps, actor, attempt);
}
