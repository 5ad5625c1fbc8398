/**
 * One Graph write as a recorded step (store/graphSteps.ts), the same for the verslag, its replies,
 * a correction, Planner tasks and the invite:
 *
 *   gepland --claim--> verzonden --answer--> klaar
 *                          |  no answer (connection lost, timeout, 504, 2xx without id)
 *                          v
 *                       onzeker --look: found--> klaar
 *                          |     --look: not there--> (sent again)
 *                          |     --look refused--> stays onzeker: the caller tells the user
 *                          |     --the user looked (confirm.ts): there--> klaar
 *                          |                                     not there--> vervallen (a resend step takes its place)
 *
 * A step found `verzonden` when it is picked up again (the process died, or another attempt died
 * after claiming it) is treated as `onzeker`. A definite refusal (4xx, 503 after the retries) puts
 * the step back to `gepland`: nothing was applied; so does a lost answer to an idempotent request,
 * which the next attempt simply sends again. How a step is looked for is chosen per step:
 * - `find`: read Graph for the step's marker (a message, a reply, a task title, an attachment name);
 * - `'resend'`: the request is idempotent (PUT of a file by name, PATCH of the event body, DELETE),
 *   so sending it again is the look.
 * Graph offers no idempotency key for creating a message, a reply, a task or an attachment (it does
 * not deduplicate on `client-request-id`), so a creation whose answer was lost can only be resolved
 * by reading back what exists; when that read is not allowed (listing channel messages needs
 * ChannelMessage.Read.All, which a user who may post need not have) there is no way to look, and
 * the step stays `onzeker`: the side that never posts twice.
 */
import { AppError } from '../../shared/errors';
import type { Deps } from '../deps';
import { isOutcomeUncertain } from '../graph';
import { claimStep, updateStep, type GraphStep } from '../store/graphSteps';

/** What the journal needs: the database and the clock. */
export type JournalDeps = Pick<Deps, 'db' | 'now'>;

export interface StepResult {
  id: string | null;
  url: string | null;
}

export interface StepActions {
  send(): Promise<StepResult>;
  /** Looks for what an unanswered request may have made: the result, or null when it is not there. Throws when it cannot look. */
  find: (() => Promise<StepResult | null>) | 'resend';
}

/** The outcome of a step is not known and could not be looked up: never send it again blindly. */
export class StepUncertain extends Error {
  constructor(
    readonly step: GraphStep,
    /** `send`: the answer was lost and looking right after did not find it; `look`: looking was refused or failed. */
    readonly phase: 'send' | 'look',
    readonly failure: unknown,
  ) {
    super(`Stap ${step.step}: ${phase === 'look' ? 'nakijken lukte niet' : 'geen antwoord'}: ${messageOf(failure)}`);
    this.name = 'StepUncertain';
  }
}

export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

const settled = (step: GraphStep, status: GraphStep['status'], r: StepResult | null, now: string): void => {
  Object.assign(step, { status, resultId: r?.id ?? null, resultUrl: r?.url ?? null, doneAt: now, lastError: null });
};

async function look(deps: JournalDeps, step: GraphStep, find: Exclude<StepActions['find'], 'resend'>): Promise<StepResult | null> {
  let found: StepResult | null;
  try {
    found = await find();
  } catch (err) {
    await updateStep(deps.db, step, { status: 'onzeker', lastError: `nakijken lukte niet: ${messageOf(err)}` });
    step.status = 'onzeker';
    throw new StepUncertain(step, 'look', err);
  }
  if (found) {
    const now = deps.now().toISOString();
    await updateStep(deps.db, step, { status: 'klaar', resultId: found.id, resultUrl: found.url, doneAt: now, lastError: null });
    settled(step, 'klaar', found, now);
  }
  return found;
}

/**
 * Runs one step to `klaar` and answers its result; throws `StepUncertain` when its outcome is not
 * known, or the Graph error when it was refused (the step is then `gepland` again).
 */
export async function runStep(deps: JournalDeps, step: GraphStep, actions: StepActions): Promise<StepResult> {
  if (step.status === 'klaar') return { id: step.resultId, url: step.resultUrl };
  if (step.status === 'vervallen') throw new Error(`Stap ${step.step} is vervallen en wordt niet meer verzonden.`);
  if ((step.status === 'verzonden' || step.status === 'onzeker') && actions.find !== 'resend') {
    const found = await look(deps, step, actions.find);
    if (found) return found;
  }
  const claimedAt = deps.now().toISOString();
  if (!(await claimStep(deps.db, step, claimedAt))) {
    throw new AppError('conflict', 'Dit wordt op dit moment al naar Microsoft 365 verzonden.');
  }
  Object.assign(step, { status: 'verzonden', tries: step.tries + 1, sentAt: step.sentAt ?? claimedAt });
  let result: StepResult;
  try {
    result = await actions.send();
  } catch (err) {
    // Refused: nothing was applied. Idempotent and unanswered: sending it again is all there is to do.
    if (!isOutcomeUncertain(err) || actions.find === 'resend') {
      const note = isOutcomeUncertain(err) ? 'geen antwoord; wordt opnieuw verzonden: ' : '';
      await updateStep(deps.db, step, { status: 'gepland', lastError: `${note}${messageOf(err)}` });
      step.status = 'gepland';
      throw err;
    }
    await updateStep(deps.db, step, { status: 'onzeker', lastError: messageOf(err) });
    step.status = 'onzeker';
    // Look once right away: most lost answers are of requests that were applied.
    const found = await look(deps, step, actions.find);
    if (found) return found;
    throw new StepUncertain(step, 'send', err);
  }
  const now = deps.now().toISOString();
  await updateStep(deps.db, step, { status: 'klaar', resultId: result.id, resultUrl: result.url, doneAt: now, lastError: null });
  settled(step, 'klaar', result, now);
  return result;
}

/** True when the step may have left something in Microsoft 365. */
export const mayExist = (step: Pick<GraphStep, 'status'>): boolean => step.status === 'klaar' || step.status === 'verzonden' || step.status === 'onzeker';
