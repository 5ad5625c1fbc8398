/** During the meeting: start, current item, records, bespreking, end (with the afhandeling of items not discussed), reopen. */
import type { Afhandeling, PoRecord, PoRights, PoStatus, RaadsItem, RecordInput } from '../../domain';
import {
  afhandelingAtEnd,
  applyRecordPatch,
  assertInMeeting,
  assertRecordable,
  buildRecord,
  endMeeting,
  findItem,
  noTimings,
  reopenMeeting,
  startMeeting,
  switchItem,
} from '../../domain';
import { fail } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import type { Sql } from '../store/db';
import { SQLSTATE, violates } from '../store/dbErrors';
import { deferInsertRecord, findRecord, softDeleteRecord, updateAgendapunt, updatePo, updateRecord } from '../store/pos';
import { findUser } from '../store/directory';
import { findRaadsItem } from '../store/raadsregister';
import { assertRaadsLink } from './raadsregister';
import { changePo, changePoAgenda, requireRight } from './context';

export async function startPo(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'vergadering.starten', async (tx) => {
    requireRight(tx.rights.chair, 'de vergadering te starten');
    const status = startMeeting(tx.po);
    const first = tx.po.agendapunten
      .slice()
      .sort((a, b) => tx.po.sections.indexOf(a.section) - tx.po.sections.indexOf(b.section) || a.position - b.position)[0];
    const timings = switchItem(noTimings(), first?.id ?? null, tx.now);
    await updatePo(tx.sql, poId, { status, startedAt: tx.now, currentAgendapuntId: first?.id ?? null, timings }, tx.now);
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { status: tx.po.status },
      after: { status },
      change: { type: 'po.status', payload: { status, currentAgendapuntId: first?.id ?? null } },
    });
  });
}

/**
 * Ends the meeting. Items that were never current and have no records are marked as the notulist
 * chose (`afhandeling`: niet besproken, the default, or aangehouden for a next PO); the others lose
 * a mark an earlier end gave them.
 */
export async function endPo(deps: Deps, actor: Actor, poId: string, afhandeling: Record<string, Afhandeling> = {}): Promise<void> {
  await changePo(deps, actor, poId, 'vergadering.beeindigen', async (tx) => {
    requireRight(tx.rights.chair, 'de vergadering te beëindigen');
    const status = endMeeting(tx.po);
    const timings = switchItem(tx.po.timings, null, tx.now);
    const marks = afhandelingAtEnd({ ...tx.po, timings }, afhandeling);
    for (const item of tx.po.agendapunten) {
      const mark = marks.get(item.id) ?? null;
      if ((item.afhandeling ?? null) === mark) continue;
      await updateAgendapunt(tx.sql, item.id, { afhandeling: mark }, tx.now);
      tx.changed({ objectType: 'agendapunt', objectId: item.id, before: { afhandeling: item.afhandeling ?? null }, after: { afhandeling: mark } });
    }
    await updatePo(tx.sql, poId, { status, endedAt: tx.now, currentAgendapuntId: null, timings }, tx.now);
    tx.changed({ objectType: 'po', objectId: poId, before: { status: tx.po.status }, after: { status }, change: { type: 'po.status', payload: { status } } });
  });
}

/**
 * Heropenen: the meeting was ended too soon. Back to gestart (no current item); a verslag approval
 * no longer holds. Refused once published.
 */
export async function reopenPo(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'vergadering.heropenen', async (tx) => {
    requireRight(tx.rights.amendVerslag, 'de vergadering te heropenen: dat doen de notulist en de concernadviseur');
    const status: PoStatus = reopenMeeting(tx.po);
    await updatePo(tx.sql, poId, { status, endedAt: null, approval: null }, tx.now);
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { status: tx.po.status, approval: tx.po.approval },
      after: { status, approval: null },
      change: { type: 'po.status', payload: { status } },
    });
  });
}

/**
 * Who may write records and the bespreking: the notulist; after the meeting (afgesloten, or a
 * correction) also the concernadviseur, who completes the verslag with the notulist.
 */
const mayRecord = (rights: PoRights, status: PoStatus): boolean => rights.record || (rights.amendVerslag && status !== 'gestart');

export async function setCurrentItem(deps: Deps, actor: Actor, poId: string, agendapuntId: string | null): Promise<void> {
  await changePoAgenda(deps, actor, poId, 'vergadering.huidig_agendapunt', async (tx) => {
    requireRight(tx.rights.chair, 'het huidige agendapunt te kiezen');
    assertInMeeting(tx.po);
    if (agendapuntId) findItem(tx.po, agendapuntId);
    const timings = switchItem(tx.po.timings, agendapuntId, tx.now);
    await updatePo(tx.sql, poId, { currentAgendapuntId: agendapuntId, timings }, tx.now);
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { currentAgendapuntId: tx.po.currentAgendapuntId },
      after: { currentAgendapuntId: agendapuntId },
      change: { type: 'po.current', payload: { currentAgendapuntId: agendapuntId, timings } },
    });
  });
}

/**
 * Adds a record with the client's id. A retry of the same write returns the stored record and
 * creates nothing; an id already used elsewhere, or deleted meanwhile, is refused.
 *
 * The insert goes to the database with the COMMIT, in one trip with the audit entry and the
 * numbered change. A retry finds the id taken: that transaction writes nothing, and the record
 * stored the first time is returned. An owner who is not a user is found the same way, by the
 * foreign key at COMMIT, so a write with a known owner costs no extra query.
 */
export async function addRecord(deps: Deps, actor: Actor, poId: string, id: string, input: RecordInput): Promise<{ record: PoRecord; created: boolean }> {
  /** The stored record when this is a retry of an earlier write with the same id. */
  const retried = async (sql: Sql): Promise<PoRecord | null> => {
    const existing = await findRecord(sql, id);
    if (!existing) return null;
    if (existing.poId !== poId) fail('conflict', `Id ${id} is al in gebruik.`);
    if (existing.deleted) fail('record_deleted');
    return existing.record;
  };
  try {
    return await changePoAgenda(deps, actor, poId, 'vastlegging.toevoegen', async (tx) => {
      requireRight(mayRecord(tx.rights, tx.po.status), 'vast te leggen: dat doet de notulist');
      let record: PoRecord;
      try {
        assertRecordable(tx.po);
        if (tx.po.recordCount >= LIMITS.recordsPerPo) fail('validation', `Een PO heeft ten hoogste ${LIMITS.recordsPerPo} vastleggingen.`);
        const linked = await assertRaadsLink(tx.sql, input.kind, input.raadsItemId);
        // A motie chosen from the raadsregister takes the griffie's number as its referentie.
        const named = await withOwnerName(tx.sql, input);
        const withRef = linked && input.kind === 'motie' && !input.referentie?.trim() ? { ...named, referentie: linked.nummer } : named;
        record = buildRecord(tx.po, tx.org, withRef, { id, createdBy: actor.user.id, now: tx.now });
      } catch (err) {
        // A retry after the meeting ended (or the PO filled up) still gets the record it made.
        const earlier = await retried(tx.sql);
        if (earlier) return { record: earlier, created: false };
        throw err;
      }
      deferInsertRecord(tx.sql, poId, record);
      tx.changed({ objectType: record.kind, objectId: id, after: record, change: { type: 'record.added', payload: record } });
      return { record, created: true };
    });
  } catch (err) {
    failOnUnknownOwner(err, input.ownerId);
    if (!violates(err, SQLSTATE.uniqueViolation, 'records_pkey')) throw err;
    // Only someone who may record learns whether the id exists: the refused transaction checked that.
    return { record: (await retried(deps.db)) ?? fail('conflict', `Id ${id} is al in gebruik.`), created: false };
  }
}

/** The database refused the record's owner: no such user (a 400 naming the field, as for a PO's people). */
function failOnUnknownOwner(err: unknown, ownerId: string | null | undefined): void {
  if (!violates(err, SQLSTATE.foreignKeyViolation, 'records_owner_id_fkey')) return;
  fail('validation', `Onbekende gebruiker "${ownerId ?? ''}".`, [{ code: 'unknown', path: 'body.ownerId', message: 'Kies een bestaande gebruiker.' }]);
}

export async function editRecord(deps: Deps, actor: Actor, poId: string, id: string, patch: Record<string, unknown>): Promise<PoRecord> {
  try {
    return await changePoAgenda(deps, actor, poId, 'vastlegging.wijzigen', async (tx) => {
      requireRight(mayRecord(tx.rights, tx.po.status), 'vastleggingen te wijzigen: dat doet de notulist');
      const existing = await findRecord(tx.sql, id);
      if (!existing || existing.poId !== poId) fail('not_found', `Vastlegging ${id} bestaat niet in dit PO.`);
      if (existing?.deleted) fail('record_deleted');
      assertRecordable(tx.po);
      const before = existing!.record;
      const linked = 'raadsItemId' in patch ? await assertRaadsLink(tx.sql, before.kind, patch.raadsItemId as string | null) : null;
      const after = applyRecordPatch(before, await withOwnerName(tx.sql, await withLinkedReferentie(tx.sql, before, patch, linked)), tx.now);
      await updateRecord(tx.sql, after);
      tx.changed({ objectType: after.kind, objectId: id, before, after, change: { type: 'record.updated', payload: after } });
      return after;
    });
  } catch (err) {
    failOnUnknownOwner(err, typeof patch.ownerId === 'string' ? patch.ownerId : null);
    throw err;
  }
}

/**
 * "Wie" by user id alone (an API client, the demo data) gets that user's name, as the side panel's
 * picker sends it, so the register, the verslag and the .docx name the person. A name given is kept.
 * An unknown id is left to the database, which refuses it (`failOnUnknownOwner`).
 */
async function withOwnerName<T extends { ownerId?: unknown; ownerName?: unknown }>(sql: Sql, input: T): Promise<T> {
  if (typeof input.ownerId !== 'string' || !input.ownerId || (typeof input.ownerName === 'string' && input.ownerName.trim())) return input;
  const user = await findUser(sql, input.ownerId);
  return user ? { ...input, ownerName: user.name } : input;
}

/**
 * A motie linked to the raadsregister takes the griffie's nummer as its referentie when an edit
 * leaves that empty, as it does when it is recorded.
 */
async function withLinkedReferentie(sql: Sql, before: PoRecord, patch: Record<string, unknown>, linked: RaadsItem | null): Promise<Record<string, unknown>> {
  if (before.kind !== 'motie') return patch;
  const linkId = 'raadsItemId' in patch ? patch.raadsItemId : before.raadsItemId;
  const referentie = 'referentie' in patch ? patch.referentie : before.referentie;
  if (typeof linkId !== 'string' || !linkId || typeof referentie !== 'string' || referentie.trim()) return patch;
  const item = linked ?? (await findRaadsItem(sql, linkId));
  return item ? { ...patch, referentie: item.nummer } : patch;
}

export async function removeRecord(deps: Deps, actor: Actor, poId: string, id: string): Promise<void> {
  await changePoAgenda(deps, actor, poId, 'vastlegging.verwijderen', async (tx) => {
    requireRight(mayRecord(tx.rights, tx.po.status), 'vastleggingen te verwijderen: dat doet de notulist');
    const existing = await findRecord(tx.sql, id);
    if (!existing || existing.poId !== poId) fail('not_found', `Vastlegging ${id} bestaat niet in dit PO.`);
    if (existing?.deleted) return; // Removing twice is the same as once.
    assertRecordable(tx.po);
    await softDeleteRecord(tx.sql, id, tx.now);
    tx.changed({ objectType: existing!.record.kind, objectId: id, before: existing!.record, change: { type: 'record.removed', payload: { id } } });
  });
}

export async function setBespreking(deps: Deps, actor: Actor, poId: string, itemId: string, bespreking: string): Promise<void> {
  await changePoAgenda(deps, actor, poId, 'bespreking.vastleggen', async (tx) => {
    requireRight(mayRecord(tx.rights, tx.po.status), 'de bespreking vast te leggen: dat doet de notulist');
    const item = findItem(tx.po, itemId);
    assertRecordable(tx.po);
    await updateAgendapunt(tx.sql, itemId, { bespreking }, tx.now);
    tx.changed({
      objectType: 'agendapunt',
      objectId: itemId,
      before: { bespreking: item.bespreking },
      after: { bespreking },
      change: { type: 'agendapunt.updated', payload: { ...item, bespreking } },
    });
  });
}
