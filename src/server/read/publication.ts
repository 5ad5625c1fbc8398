/**
 * Where the publication of a PO's verslag stands (`GET /api/pos/:poId/verslag/publicatie`): above
 * all whether a post is uncertain (its answer was lost and the channel could not be read), so the
 * review can ask someone who may publish to look in the channel (`publish/confirm.ts`). No verslag
 * content: the status, which post, and the links to Teams that are known.
 */
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { needsMessageLink, uncertainPost } from '../publish/confirm';
import { baseStep, livePosts, MESSAGE_STEP, threadOf } from '../publish/post';
import { loadSteps } from '../store/graphSteps';
import { latestPublication, type PublicationStatus } from '../store/publications';
import { involvedReader } from './po';

export interface UncertainPostView {
  /** The step to name when confirming (`stap`). */
  step: string;
  /** `bericht`: the verslag message (or the whole verslag); `reactie`: reply `part` of `parts`. */
  post: 'bericht' | 'reactie';
  part: number | null;
  parts: number | null;
  /** When it was first sent, to find it in the channel. */
  sentAt: string | null;
  /** The last line of the post, to search for in the channel: `Verslagversie: <id>` (`, deel N van M`). */
  marker: string | null;
  /** The message the reply goes under, when known: where to look. */
  threadUrl: string | null;
  /** Confirming "it is there" needs the message's link: replies still go under it. */
  needsLink: boolean;
}

export interface PublicationView {
  /** The latest attempt's status; `geen` when the verslag was never offered for publication. */
  status: PublicationStatus | 'geen';
  version: number | null;
  kind: 'verslag' | 'correctie' | null;
  uncertain: UncertainPostView | null;
  /** This user may settle an uncertain post (rights.publish). */
  mayConfirm: boolean;
}

export async function publicationFor(deps: Deps, actor: Actor, poId: string): Promise<PublicationView> {
  const { reader } = await involvedReader(deps, actor, poId, 'de stand van de publicatie te lezen');
  const mayConfirm = reader.rights.publish;
  const p = await latestPublication(deps.db, poId);
  if (!p) return { status: 'geen', version: null, kind: null, uncertain: null, mayConfirm };
  const steps = p.status === 'onzeker' ? await loadSteps(deps.db, p.id) : [];
  const step = uncertainPost(steps);
  let uncertain: UncertainPostView | null = null;
  if (step) {
    const message = baseStep(step.step) === MESSAGE_STEP;
    const replies = livePosts(steps).filter((s) => baseStep(s.step) !== MESSAGE_STEP);
    const part = message ? null : replies.findIndex((s) => s.step === step.step) + 1;
    uncertain = {
      step: step.step, post: message ? 'bericht' : 'reactie', part, parts: message ? null : replies.length, sentAt: step.sentAt, marker: step.marker,
      threadUrl: message ? null : (await threadOf(deps.db, p))?.webUrl ?? null, needsLink: needsMessageLink(steps, step),
    };
  }
  return { status: p.status, version: p.version, kind: p.kind, uncertain, mayConfirm };
}
