/**
 * The way out of an uncertain publication when the channel cannot be read (issue 11): a post's
 * answer was lost and looking for it was refused (a user who may post but not read the channel),
 * so the app cannot tell whether it is there and never posts it again by itself. Someone who may
 * publish looks in the channel and says what they saw; one transaction, PO locked, audited:
 *
 *   onzeker --"het staat in het kanaal"--> klaar (id and link taken from the message's link, if given)
 *   onzeker --"het staat er niet"-------> vervallen, and a resend `bericht#2` / `deel:N#2` planned
 *                                         with the same request and marker
 *
 * The publication stays `onzeker`; the next publish continues it from the first post not `klaar`:
 * the confirmed post is not sent again, the resend is sent once (the journal's compare-and-set).
 * A `vervallen` step is never sent again. The decision is a compare-and-set too (`settleStep`),
 * so it cannot overwrite a send that started since the step was read, and two decisions on one
 * step cannot both apply (the second finds nothing uncertain: 409). Saying "not there" about a
 * message that is there makes it appear twice: that is the user's word, and the UI says so.
 */
import type { OrganisationConfig } from '../../domain';
import { fail } from '../../shared/errors';
import { changePo, requireRight } from '../commands/context';
import type { Deps } from '../deps';
import { verslagChannelOf } from '../graphPort';
import type { Actor } from '../http/route';
import { loadSteps, planSteps, settleStep, type GraphStep } from '../store/graphSteps';
import { openPublication, type Publication } from '../store/publications';
import type { Sql } from '../store/db';
import { parseMessageLink, type MessageLink } from './messageLink';
import { baseStep, livePosts, MESSAGE_STEP, resendStep, threadOf } from './post';

export interface PublicationDecision {
  /** True: the post is in the channel; false: it is not, post it again. */
  geplaatst: boolean;
  /** The link Teams copies for the message (or reply), when the user has it. Only with `geplaatst`. */
  messageUrl?: string;
  /** The step the user decided on, as `GET …/verslag/publicatie` showed it; refused (409) when another step is uncertain now. */
  stap?: string;
}

/** The post whose outcome is unknown and could not be looked up: the first live post left `onzeker`. */
export const uncertainPost = <S extends Pick<GraphStep, 'step' | 'status' | 'position'>>(steps: S[]): S | null =>
  livePosts(steps).find((s) => s.status === 'onzeker') ?? null;

/** True when the post is the message and replies follow it: they need its id, so its link. */
export const needsMessageLink = (steps: Pick<GraphStep, 'step' | 'status' | 'position'>[], step: Pick<GraphStep, 'step'>): boolean => {
  const posts = livePosts(steps);
  return baseStep(step.step) === MESSAGE_STEP && posts.at(-1)?.step !== step.step;
};

const linkProblem = (message: string): never => fail('validation', message, [{ code: 'invalid_message_link', path: 'body.messageUrl', message }]);

/** The link, checked against what the step posted: the message itself, or a reply under the publication's thread. */
async function checkedLink(deps: Deps, sql: Sql, org: OrganisationConfig, p: Publication, step: GraphStep, raw: string): Promise<MessageLink> {
  const channel =
    verslagChannelOf(deps.graph, org) ?? fail('not_configured', 'Er is geen Teams-kanaal ingesteld voor de verslagen (VERSLAG_TEAM_ID, VERSLAG_CHANNEL_ID).');
  const link = parseMessageLink(raw, channel.channelId);
  if (baseStep(step.step) === MESSAGE_STEP) {
    if (link.parentMessageId && link.parentMessageId !== link.messageId)
      linkProblem('Dit is de link van een reactie: kopieer de link van het verslagbericht zelf.');
    return link;
  }
  const thread = await threadOf(sql, p);
  if (thread && link.messageId === thread.id) linkProblem('Dit is de link van het verslagbericht: kopieer de link van de reactie.');
  if (thread && link.parentMessageId && link.parentMessageId !== thread.id) linkProblem('Deze reactie staat onder een ander bericht dan het verslag.');
  return link;
}

export async function settleUncertainPost(deps: Deps, actor: Actor, poId: string, decision: PublicationDecision): Promise<void> {
  await changePo(deps, actor, poId, 'verslag.publicatie_bevestigen', async (tx) => {
    requireRight(tx.rights.publish, 'te bevestigen of het verslag in Teams staat');
    const open = await openPublication(tx.sql, poId);
    const steps = open?.status === 'onzeker' ? await loadSteps(tx.sql, open.id) : [];
    const step = uncertainPost(steps);
    if (!open || !step) {
      return fail('conflict', 'Er is geen publicatie van dit verslag waarvan onzeker is of ze in Teams staat: er valt niets te bevestigen.');
    }
    if (decision.stap !== undefined && decision.stap !== step.step) {
      fail('conflict', 'De stand van de publicatie is intussen veranderd: bekijk haar opnieuw voordat u bevestigt.');
    }
    const who = actor.user.name;
    let after: Record<string, unknown>;
    let applied: boolean;
    if (decision.geplaatst) {
      const link = decision.messageUrl ? await checkedLink(deps, tx.sql, tx.org, open, step, decision.messageUrl) : null;
      if (!link && needsMessageLink(steps, step)) {
        linkProblem(
          'Geef de link van het verslagbericht (in Teams: … bij het bericht > Koppeling kopiëren): de rest van het verslag komt er als reacties onder.',
        );
      }
      applied = await settleStep(tx.sql, step, {
        status: 'klaar',
        resultId: link?.messageId ?? null,
        resultUrl: link?.url ?? null,
        doneAt: tx.now,
        lastError: `volgens ${who} staat het in het kanaal`,
      });
      after = { beslissing: 'staat in het kanaal', stap: step.step, stapStatus: 'klaar', messageUrl: link?.url ?? null };
    } else {
      if (decision.messageUrl) linkProblem('Een link hoort alleen bij "het staat in het kanaal".');
      const resend = resendStep(step.step, steps.filter((s) => baseStep(s.step) === baseStep(step.step)).length + 1);
      applied = await settleStep(tx.sql, step, {
        status: 'vervallen',
        doneAt: tx.now,
        lastError: `volgens ${who} staat het niet in het kanaal; opnieuw te plaatsen als ${resend}`,
      });
      if (applied) await planSteps(tx.sql, open.id, [{ step: resend, position: step.position, request: step.request, marker: step.marker }]);
      after = { beslissing: 'staat niet in het kanaal: opnieuw plaatsen', stap: step.step, stapStatus: 'vervallen', opnieuw: resend };
    }
    if (!applied) fail('conflict', 'Dit deel van het verslag wordt op dit moment verzonden: bekijk de stand opnieuw.');
    tx.changed({ objectType: 'publicatie', objectId: open.id, before: { status: open.status, stap: step.step, stapStatus: step.status }, after });
  });
}
