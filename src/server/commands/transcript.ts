/**
 * The notulist (or concernadviseur) moves a boundary between two turns of the timeline when the
 * transcript shows an item started earlier or later than the button was pressed. Kept per PO,
 * audited with the times only; the agenda and the timings themselves are not changed.
 */
import { boundaryProblem, transcriptReader, turnsOf } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { itemSwitches, loadBoundaryMoves, saveBoundaryMove } from '../store/transcripts';
import { changePoAgenda, requireRight } from './context';

export async function moveTranscriptBoundary(deps: Deps, actor: Actor, poId: string, turnIndex: number, at: string): Promise<void> {
  await changePoAgenda(deps, actor, poId, 'transcript.grens_verplaatsen', async (tx) => {
    requireRight(
      transcriptReader(actor.user, tx.po, tx.org) !== null,
      'een grens in het transcript te verplaatsen: dat doen alleen de notulist en de concernadviseur',
    );
    if (tx.po.status !== 'afgesloten' && tx.po.status !== 'gepubliceerd')
      fail('invalid_state', 'Grenzen in het transcript verplaatsen kan pas na afloop van de vergadering.');
    const turns = turnsOf(await itemSwitches(tx.sql, poId), tx.po.endedAt);
    const problem = boundaryProblem(turns, turnIndex, at);
    if (problem) fail('validation', problem, [{ code: 'invalid_boundary', path: turns[turnIndex] ? 'body.at' : 'params.turnIndex', message: problem }]);
    const original = new Date(turns[turnIndex]?.fromMs ?? 0).toISOString();
    const before = (await loadBoundaryMoves(tx.sql, poId)).find((m) => m.turnIndex === turnIndex);
    const move = { turnIndex, originalAt: original, at: new Date(at).toISOString() };
    await saveBoundaryMove(tx.sql, poId, move, actor.user.id, tx.now);
    tx.changed({
      objectType: 'transcript_grens',
      objectId: String(turnIndex),
      before: { at: before?.originalAt === original ? before.at : original },
      after: { at: move.at },
    });
  });
}
