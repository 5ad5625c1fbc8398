/**
 * The college track of a besluitpunt: announced on Tuesday, on the college's agenda, its answer
 * (domain/college.ts). The gemeentesecretaris or a concernadviseur enters each step; someone who may
 * not read the besluitpunt (a confidential item) is told it does not exist. Audited on the PO.
 */
import type { CollegeStepInput, CollegeTrack } from '../../domain';
import { collegeStepProblems, mayTrackCollege, readerOf, takeCollegeStep } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { lockTrack, noteAnnouncement, saveTrack } from '../store/college';
import { findRecord } from '../store/pos';
import { changePoAgenda, requireRight } from './context';

export async function takeStep(deps: Deps, actor: Actor, recordId: string, input: CollegeStepInput): Promise<CollegeTrack> {
  requireRight(mayTrackCollege(actor.user), 'de collegestatus van besluitpunten vast te leggen');
  const notFound = (): never => fail('not_found', `Besluitpunt ${recordId} bestaat niet.`);
  const found = (await findRecord(deps.db, recordId)) ?? notFound();
  return changePoAgenda(deps, actor, found.poId, `college.${input.state}`, async (tx) => {
    const current = await findRecord(tx.sql, recordId);
    if (!current || current.deleted || current.record.kind !== 'besluitpunt') return notFound();
    const besluitpunt = current.record;
    if (!readerOf(actor.user, tx.po, tx.org, 'overzicht').readRecord(besluitpunt)) return notFound();
    const track = await lockTrack(tx.sql, recordId);
    const problems = collegeStepProblems(track, besluitpunt, input);
    if (problems.length > 0) fail('validation', problems[0]!.message, problems);
    const after = takeCollegeStep(track, besluitpunt, input, actor.user, tx.now);
    await saveTrack(tx.sql, after);
    if (input.state === 'aangekondigd' && besluitpunt.collegeDatum) await noteAnnouncement(tx.sql, besluitpunt.collegeDatum, tx.now, actor.user.id);
    tx.changed({
      objectType: 'besluitpunt',
      objectId: recordId,
      before: { college: track?.state ?? null },
      after: { college: input.state, datum: input.date, notitie: after.steps.at(-1)?.note ?? '' },
    });
    return after;
  });
}
