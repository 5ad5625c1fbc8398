/** Creating, changing and removing a PO. */
import { randomUUID } from 'node:crypto';
import type { Po } from '../../domain';
import {
  assertAgendaEditable,
  assertCancellable,
  mayCreatePo,
  newAgendapunt,
  noTimings,
  rightsOn,
  movePoStart,
  nextPoSlot,
  STANDING_ITEM_TITLE,
  type PoSlot,
  amsterdamDate,
  isValidDate,
} from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { appendChange, type PoChange } from '../store/changes';
import type { Sql } from '../store/db';
import { SQLSTATE, violates } from '../store/dbErrors';
import { findUser } from '../store/directory';
import { deletePo, insertAgendapunt, insertPo, loadPo, updatePo, type LoadedPo, type PoPatch } from '../store/pos';
import { markCancelled, samePhSameDay } from '../store/poSchedule';
import { countOpenFollowUp } from '../store/registers';
import { dutchDate, dutchTime } from '../render/dutchDate';
import { changePo, requireOrganisation, requireRight } from './context';

export interface CreatePoInput {
  portefeuillehouderId: string;
  startsAt?: string;
  title?: string;
  template?: string;
  concernadviseurId?: string | null;
  notulistId?: string | null;
  participantIds?: string[];
  /** "Toch aanmaken": the portefeuillehouder already has a PO that day, and that is meant. */
  sameDayOk?: boolean;
}

/**
 * A second PO of one portefeuillehouder on one day is usually a mistake (a duplicate made twice):
 * refused with the other PO's time unless the user said "toch" (`sameDayOk`).
 */
async function assertNoSameDayPo(
  sql: Sql,
  ph: { id: string; name: string },
  startsAt: string,
  exceptPoId: string | null,
  ok: boolean | undefined,
): Promise<void> {
  if (ok) return;
  const others = await samePhSameDay(sql, ph.id, startsAt, exceptPoId);
  if (others.length === 0) return;
  const when = dutchDate(amsterdamDate(new Date(startsAt)));
  const message = `${ph.name} heeft op ${when} al een PO om ${[...new Set(others.map((o) => dutchTime(o.startsAt)))].join(' en ')}. Kies een andere dag, of "Toch opslaan" als een tweede PO de bedoeling is.`;
  fail('same_day_po', message, [{ code: 'same_day_po', path: 'body.startsAt', message }]);
}

/** The people named on a PO must be users: a 400 naming the first field that is not, e.g. `body.participantIds.2`. */
async function assertUsersExist(sql: Sql, people: Pick<CreatePoInput, 'concernadviseurId' | 'notulistId' | 'participantIds'>): Promise<void> {
  const named: [string, string | null | undefined][] = [
    ['concernadviseurId', people.concernadviseurId],
    ['notulistId', people.notulistId],
    ...(people.participantIds ?? []).map((id, i): [string, string] => [`participantIds.${i}`, id]),
  ];
  for (const [field, id] of named) {
    if (id && !(await findUser(sql, id)))
      fail('validation', `Onbekende gebruiker "${id}".`, [{ code: 'unknown', path: `body.${field}`, message: 'Kies een bestaande gebruiker.' }]);
  }
}

/** A created PO, and whether its date was moved off a public holiday (the user is told). */
export type CreatedPo = LoadedPo & { moved: PoSlot['moved'] };

export async function createPo(deps: Deps, actor: Actor, input: CreatePoInput): Promise<CreatedPo> {
  const poId = randomUUID();
  let created: PoChange | null = null;
  let moved: PoSlot['moved'] = null;
  await deps.db.tx(async (sql) => {
    const org = await requireOrganisation(sql);
    const ph =
      org.portefeuillehouders.find((p) => p.id === input.portefeuillehouderId) ??
      fail('validation', `Onbekende portefeuillehouder "${input.portefeuillehouderId}".`, [
        { code: 'unknown', path: 'body.portefeuillehouderId', message: 'Kies een bestaande portefeuillehouder.' },
      ]);
    requireRight(mayCreatePo(actor.user, ph.id, org), `een PO voor ${ph.name} aan te maken`);
    let sections = org.agendaSections;
    if (input.template) {
      sections =
        org.agendaTemplates[input.template] ??
        fail('validation', `Onbekend agendasjabloon "${input.template}".`, [
          { code: 'unknown', path: 'body.template', message: `Kies een van: ${Object.keys(org.agendaTemplates).join(', ')}.` },
        ]);
    }
    await assertUsersExist(sql, input);
    const now = deps.now();
    // The PO's weekday and time, or the date chosen; a date on a public holiday moves to the next working day.
    const slot = input.startsAt ? movePoStart(new Date(input.startsAt), org) : nextPoSlot(now, org);
    const startsAt = slot.startsAt.toISOString();
    moved = slot.moved;
    await assertNoSameDayPo(sql, ph, startsAt, null, input.sameDayOk);
    const po: Po = {
      id: poId,
      portefeuillehouderId: ph.id,
      title: input.title?.trim() || `PO ${ph.name}, ${dutchDate(amsterdamDate(new Date(startsAt)))}`,
      startsAt,
      status: 'concept',
      concernadviseurId: input.concernadviseurId ?? (actor.user.roles.includes('concernadviseur') ? actor.user.id : null),
      notulistId: input.notulistId ?? null,
      participantIds: [...new Set(input.participantIds ?? [])],
      aanwezigen: [],
      sections,
      agendapunten: [],
      records: [],
      currentAgendapuntId: null,
      timings: noTimings(),
      teamsMeetingChatId: null,
      vastgesteldAt: null,
      vaststellingVoorstel: null,
      vaststellingTeruggestuurd: null,
      startedAt: null,
      endedAt: null,
      approval: null,
      publishedVersion: 0,
      correctionOpen: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await insertPo(sql, po, actor.user.id);
    // The standing item: open follow-up of this portefeuillehouder's earlier POs.
    // One count in the database, whatever the number of earlier POs (store/registers.ts).
    const open = await countOpenFollowUp(sql, ph.id, startsAt);
    if (open > 0) {
      const item = newAgendapunt(po, {
        id: randomUUID(),
        section: sections.at(-1) ?? sections[0] ?? 'Agenda',
        title: STANDING_ITEM_TITLE,
        purpose: 'beeldvorming',
        toelichting: `${open === 1 ? 'Eén openstaand punt' : `${open} openstaande punten`} (actiepunten, toezeggingen en moties) uit eerdere PO's.`,
        opdrachtnemerId: po.concernadviseurId,
        plannedMinutes: 10,
        standing: true,
      });
      await insertAgendapunt(sql, po.id, item);
    }
    await appendAudit(sql, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'po.aanmaken',
      objectType: 'po',
      objectId: po.id,
      poId: po.id,
      result: 'geslaagd',
      origin: actor.origin,
      after: po,
    });
    created = await appendChange(sql, { poId: po.id, actorId: actor.user.id, type: 'po.created', payload: { id: po.id } });
  });
  if (created) deps.changes.notify(poId, [created]);
  return { ...((await loadPo(deps.db, poId)) ?? fail('internal')), moved };
}

export type UpdatePoInput = Pick<
  PoPatch,
  'title' | 'startsAt' | 'concernadviseurId' | 'notulistId' | 'participantIds' | 'aanwezigen' | 'teamsMeetingChatId'
> & {
  sameDayOk?: boolean;
};

const CHAT_TAKEN = 'Deze Teams-vergadering is al aan een ander PO gekoppeld.';

/**
 * Editing the PO's own fields; the schedule and title only while the agenda is a concept. A new
 * date on a public holiday moves to the next working day, as at creation (the answer says so). A
 * Teams meeting chat belongs to one PO: the unique key finds a second link, without a query before it.
 */
export async function updatePoFields(deps: Deps, actor: Actor, poId: string, input: UpdatePoInput): Promise<{ moved: PoSlot['moved'] }> {
  const { sameDayOk, ...fields } = input;
  let patch: Omit<UpdatePoInput, 'sameDayOk'> = fields;
  let moved: PoSlot['moved'] = null;
  try {
    await changePo(deps, actor, poId, 'po.wijzigen', async (tx) => {
      const aanwezigenOnly = Object.keys(patch).every((k) => k === 'aanwezigen');
      requireRight(tx.rights.editAgenda || (aanwezigenOnly && tx.rights.record), 'dit PO te wijzigen');
      if ('title' in patch || 'startsAt' in patch) assertAgendaEditable(tx.po);
      if (patch.startsAt && !isValidDate(patch.startsAt.slice(0, 10)))
        fail('validation', 'Ongeldige datum.', [{ code: 'invalid', path: 'body.startsAt', message: 'Geef een geldige datum en tijd.' }]);
      if (patch.startsAt) {
        const slot = movePoStart(new Date(patch.startsAt), tx.org);
        moved = slot.moved;
        const startsAt = slot.startsAt.toISOString();
        patch = { ...patch, startsAt };
        const ph = tx.org.portefeuillehouders.find((p) => p.id === tx.po.portefeuillehouderId) ?? {
          id: tx.po.portefeuillehouderId,
          name: 'De portefeuillehouder',
        };
        await assertNoSameDayPo(tx.sql, ph, startsAt, poId, sameDayOk);
      }
      await assertUsersExist(tx.sql, patch);
      const before = Object.fromEntries(Object.keys(patch).map((k) => [k, (tx.po as unknown as Record<string, unknown>)[k]]));
      await updatePo(tx.sql, poId, patch, tx.now);
      tx.changed({ objectType: 'po', objectId: poId, before, after: patch, change: { type: 'po.updated', payload: patch } });
      // Who may read the PO (and its confidential items) changed: logged as such.
      const access = (['concernadviseurId', 'notulistId', 'participantIds'] as const).filter(
        (k) => k in patch && JSON.stringify(patch[k]) !== JSON.stringify(tx.po[k]),
      );
      if (access.length > 0) {
        tx.changed({
          action: 'toegang.wijzigen',
          objectType: 'po',
          objectId: poId,
          before: Object.fromEntries(access.map((k) => [k, tx.po[k]])),
          after: Object.fromEntries(access.map((k) => [k, patch[k]])),
        });
      }
    });
  } catch (err) {
    if (violates(err, SQLSTATE.uniqueViolation, 'pos_teams_meeting_chat_id_key'))
      fail('duplicate', CHAT_TAKEN, [{ code: 'duplicate', path: 'body.teamsMeetingChatId', message: CHAT_TAKEN }]);
    throw err;
  }
  return { moved };
}

/** Only a concept PO can be removed; a published one is kept permanently. */
export async function removePo(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await deps.db.tx(async (sql) => {
    const po = (await loadPo(sql, poId, { forUpdate: true })) ?? fail('not_found', `PO ${poId} bestaat niet.`);
    const org = await requireOrganisation(sql);
    requireRight(rightsOn(actor.user, po, org).editAgenda, 'dit PO te verwijderen');
    if (po.status !== 'concept') fail('invalid_state', 'Alleen een PO in concept kan worden verwijderd.');
    await deletePo(sql, poId);
    await appendAudit(sql, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'po.verwijderen',
      objectType: 'po',
      objectId: poId,
      poId: null,
      result: 'geslaagd',
      origin: actor.origin,
      before: po,
    });
  });
}

/**
 * Cancelling a PO before its meeting (the agenda owners), with a reason: kept for the record, shown
 * as geannuleerd in the lists, never started. The aanschuivers' invitations are cancelled after the
 * commit (publish/aanschuiven.ts); the PO's own Teams meeting is the organiser's to cancel in Outlook.
 */
export async function cancelPo(deps: Deps, actor: Actor, poId: string, reason: string): Promise<void> {
  await changePo(deps, actor, poId, 'po.annuleren', async (tx) => {
    requireRight(tx.rights.editAgenda, 'dit PO te annuleren');
    assertCancellable(tx.po, reason);
    const geannuleerd = { at: tx.now, by: actor.user.id, reason: reason.trim() };
    await markCancelled(tx.sql, poId, geannuleerd);
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { geannuleerd: null },
      after: { geannuleerd },
      change: { type: 'po.updated', payload: { geannuleerd } },
    });
  });
}
