/**
 * Where the publication of a PO's verslag stands (`GET /api/pos/:poId/verslag/publicatie`): above
 * all whether a post is uncertain (its answer was lost and the channel could not be read), so the
 * review can ask someone who may publish to look in the channel (`publish/confirm.ts`). No verslag
 * content: the status, which post, and the links to Teams that are known.
 */
import type { OrganisationConfig } from '../../domain';
import type { Deps } from '../deps';
import { verslagChannelOf } from '../graphPort';
import type { Actor } from '../http/route';
import { needsMessageLink, uncertainPost } from '../publish/confirm';
import { baseStep, livePosts, MESSAGE_STEP, threadOf } from '../publish/post';
import { loadSteps } from '../store/graphSteps';
import { latestPublication } from '../store/publications';
import type { PublicationView, UncertainPostView } from '../../shared/contract/views';
import { involvedReader } from './po';

export async function publicationFor(deps: Deps, actor: Actor, poId: string): Promise<PublicationView> {
  const { reader, org } = await involvedReader(deps, actor, poId, 'de stand van de publicatie te lezen');
  const mayConfirm = reader.rights.publish;
  const channel = channelNames(deps, org);
  const p = await latestPublication(deps.db, poId);
  if (!p) return { status: 'geen', version: null, kind: null, uncertain: null, mayConfirm, channel };
  const steps = p.status === 'onzeker' ? await loadSteps(deps.db, p.id) : [];
  const step = uncertainPost(steps);
  let uncertain: UncertainPostView | null = null;
  if (step) {
    const message = baseStep(step.step) === MESSAGE_STEP;
    const replies = livePosts(steps).filter((s) => baseStep(s.step) !== MESSAGE_STEP);
    const part = message ? null : replies.findIndex((s) => s.step === step.step) + 1;
    uncertain = {
      step: step.step,
      post: message ? 'bericht' : 'reactie',
      part,
      parts: message ? null : replies.length,
      sentAt: step.sentAt,
      marker: step.marker,
      threadUrl: message ? null : ((await threadOf(deps.db, p))?.webUrl ?? null),
      needsLink: needsMessageLink(steps, step),
    };
  }
  return { status: p.status, version: p.version, kind: p.kind, uncertain, mayConfirm, channel };
}

/** The channel the verslag goes to, by name where Beheer chose it (the deployment's default has ids only). */
function channelNames(deps: Deps, org: OrganisationConfig): PublicationView['channel'] {
  const chosen = org.verslagChannel;
  if (chosen) return { teamName: chosen.teamName || null, channelName: chosen.channelName || null };
  return verslagChannelOf(deps.graph, org) ? { teamName: null, channelName: null } : null;
}
