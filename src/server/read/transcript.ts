/**
 * What was said per agendapunt (issue 17): a read path of its own, through the one read policy
 * (`domain/readPolicy.ts#transcriptReader`: the notulist and the concernadviseur of the PO only,
 * confidential items as the item rights say). Every read is audited (how many fragments, from
 * where; never the words) and the words are never logged nor part of any published rendering.
 */
import { numberItems, orderedItems, sliceTranscript, transcriptReader, turnsOf, type OrganisationConfig, type PoStatus } from '../../domain';
import { AppError, fail } from '../../shared/errors';
import { requireOrganisation, requireRight } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { loadPo, type LoadedPo } from '../store/pos';
import { itemSwitches, loadBoundaryMoves } from '../store/transcripts';
import { presentTranscript, presentTranscriptState, type TranscriptView } from '../transcript/present';
import { transcriptSource } from '../transcript/source';

const AFTER_MEETING: PoStatus[] = ['afgesloten', 'gepubliceerd'];

/** The PO for a transcript reader: a 404 when unknown, a 403 for anyone but its notulist or concernadviseur. */
export async function transcriptPo(
  deps: Deps,
  actor: Actor,
  poId: string,
): Promise<{ po: LoadedPo; org: OrganisationConfig; readItem: (id: string) => boolean }> {
  const po = (await loadPo(deps.db, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
  const org = await requireOrganisation(deps.db);
  const reader = transcriptReader(actor.user, po, org);
  if (!reader) {
    // A refused read of what was said is logged too (the words never are).
    await appendAudit(deps.db, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'transcript.lezen',
      objectType: 'transcript',
      objectId: poId,
      poId,
      result: 'geweigerd',
      origin: actor.origin,
    });
  }
  requireRight(reader !== null, 'het transcript van dit PO te lezen: dat doen alleen de notulist en de concernadviseur');
  if (!AFTER_MEETING.includes(po.status)) fail('invalid_state', 'Het transcript is er pas na afloop van de vergadering.');
  return { po, org, readItem: reader!.readItem };
}

/** The transcript of the PO's Teams meeting, sliced by its agenda, as this reader may see it. */
export async function readTranscript(deps: Deps, actor: Actor, poId: string): Promise<TranscriptView> {
  const { po, readItem } = await transcriptPo(deps, actor, poId);
  const audit = (result: 'geslaagd' | 'mislukt', after: Record<string, unknown>): Promise<void> =>
    appendAudit(deps.db, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'transcript.lezen',
      objectType: 'transcript',
      objectId: poId,
      poId,
      result,
      origin: actor.origin,
      after,
    });
  let source: Awaited<ReturnType<typeof transcriptSource>>;
  try {
    source = await transcriptSource(deps, actor, po);
  } catch (err) {
    await audit('mislukt', { fout: err instanceof AppError ? err.id : 'onbekend' });
    throw err;
  }
  const retentionDays = deps.config.TRANSCRIPT_RETENTION_DAYS;
  if (source.state !== 'beschikbaar') {
    await audit('geslaagd', { toestand: source.state });
    return presentTranscriptState(source.state, retentionDays);
  }
  const numbers = numberItems(po);
  const items = orderedItems(po.agendapunten, po.sections).map((i) => ({ ...i, number: numbers.get(i.id) ?? '' }));
  const turns = turnsOf(await itemSwitches(deps.db, poId), po.endedAt);
  const slice = sliceTranscript({
    cues: source.cues,
    transcriptStartMs: Date.parse(source.startAt ?? po.startedAt ?? po.startsAt),
    turns,
    items: items.map((i) => ({ id: i.id, number: i.number, title: i.title })),
    moves: await loadBoundaryMoves(deps.db, poId),
  });
  const view = presentTranscript(slice, items, readItem, { source: source.bron, stored: source.stored, retentionDays, incomplete: source.pending > 0 });
  await audit('geslaagd', {
    toestand: 'beschikbaar',
    bron: source.bron,
    transcripten: source.transcriptIds,
    fragmenten: view.items.reduce((n, i) => n + i.cues.length, 0),
    agendapunten: view.items.filter((i) => i.readable).length,
    nietLeesbaar: view.items.filter((i) => !i.readable).length,
  });
  return view;
}
