/** Building the agenda: items, order, kwaliteitstoets, vaststellen and heropenen. */
import { randomUUID } from 'node:crypto';
import type { Agendapunt, Categorie, Purpose, Stuk } from '../../domain';
import {
  assertAgendaEditable,
  assertConfirmable,
  canBeOpdrachtnemer,
  criteriaOf,
  heropenen,
  newAgendapunt,
  OPDRACHTNEMER_FIELDS,
  planReorder,
  tagProblems,
} from '../../domain';
import { fail } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { findUser } from '../store/directory';
import { deleteAgendapunt, insertAgendapunt, updateAgendapunt, updatePo } from '../store/pos';
import { changePo, requireRight, type PoTx } from './context';
import { withdrawProposal } from './vaststelling';

export { vaststellenAgenda, voorleggenAgenda, terugsturenAgenda } from './vaststelling';

export interface AgendapuntInput {
  section?: string;
  title?: string;
  purpose?: Purpose | null;
  toelichting?: string;
  voorgesteldBesluit?: string;
  opdrachtnemerId?: string | null;
  adviseurIds?: string[];
  stukken?: { id?: string; title: string; url: string; deliveredAt?: string | null }[];
  vertrouwelijk?: boolean;
  plannedMinutes?: number | null;
  beoogdeCollegedatum?: string | null;
  beoogdeRaadsdatum?: string | null;
  portefeuille?: string | null;
  raadsthema?: string | null;
  categorie?: Categorie | null;
}

/**
 * Who may read a confidential item, whether it is confidential, and its purpose are decided by the
 * portefeuillehouder and the concernadviseur alone (editAgenda), never by the item's opdrachtnemer.
 */
type AccessField = 'opdrachtnemerId' | 'adviseurIds' | 'vertrouwelijk';

/** Access to an item as the audit log records it: who is on it and whether it is confidential. */
const accessOf = (item: Pick<Agendapunt, AccessField>): Record<string, unknown> => ({
  opdrachtnemerId: item.opdrachtnemerId,
  adviseurIds: item.adviseurIds,
  vertrouwelijk: item.vertrouwelijk,
});

/** Logs a change of who may read an item as such (`toegang.wijzigen`), beside the change itself. */
function auditAccess(tx: PoTx, itemId: string, before: Agendapunt | null, after: Agendapunt): void {
  const was = before ? accessOf(before) : null;
  const now = accessOf(after);
  if (was && JSON.stringify(was) === JSON.stringify(now)) return;
  if (!was && !after.vertrouwelijk && after.adviseurIds.length === 0 && !after.opdrachtnemerId) return;
  tx.changed({ action: 'toegang.wijzigen', objectType: 'agendapunt', objectId: itemId, before: was ?? undefined, after: now });
}

async function checkPeople(tx: PoTx, input: AgendapuntInput): Promise<void> {
  if (input.section !== undefined && !tx.po.sections.includes(input.section)) {
    fail('validation', `Onbekende sectie "${input.section}".`, [
      { code: 'unknown_section', path: 'body.section', message: `Kies een van: ${tx.po.sections.join(', ')}.` },
    ]);
  }
  const people: [string, string | null | undefined][] = [
    ['body.opdrachtnemerId', input.opdrachtnemerId],
    ...(input.adviseurIds ?? []).map((id, i): [string, string] => [`body.adviseurIds.${i}`, id]),
  ];
  for (const [path, id] of people) {
    if (!id) continue;
    const user =
      (await findUser(tx.sql, id)) ??
      fail('validation', `Onbekende gebruiker "${id}".`, [{ code: 'unknown_user', path, message: 'Kies een bestaande gebruiker.' }]);
    if (path === 'body.opdrachtnemerId' && !canBeOpdrachtnemer(user))
      fail('validation', `${user.name} is lid van het college en kan geen ambtelijk opdrachtnemer zijn.`, [
        { code: 'not_opdrachtnemer', path, message: 'Kies een ambtelijk opdrachtnemer (teamleider of opgavemanager).' },
      ]);
  }
}

const toStukken = (input: AgendapuntInput['stukken'], now: string): Stuk[] | undefined =>
  input?.map((s) => ({ id: s.id ?? randomUUID(), title: s.title, url: s.url, deliveredAt: s.deliveredAt === undefined ? now : s.deliveredAt }));

export async function addAgendapunt(deps: Deps, actor: Actor, poId: string, input: AgendapuntInput & { title: string }): Promise<Agendapunt> {
  return changePo(deps, actor, poId, 'agendapunt.toevoegen', async (tx) => {
    requireRight(tx.rights.editAgenda, 'agendapunten toe te voegen');
    assertAgendaEditable(tx.po);
    if (tx.po.agendapunten.length >= LIMITS.agendapuntenPerPo) fail('validation', `Een agenda heeft ten hoogste ${LIMITS.agendapuntenPerPo} agendapunten.`);
    await checkPeople(tx, input);
    assertTags(tx, input);
    const section = input.section ?? tx.po.sections[0] ?? fail('internal');
    const item = newAgendapunt(tx.po, {
      id: randomUUID(),
      section,
      title: input.title,
      purpose: input.purpose ?? null,
      toelichting: input.toelichting ?? '',
      voorgesteldBesluit: input.voorgesteldBesluit ?? '',
      opdrachtnemerId: input.opdrachtnemerId ?? null,
      adviseurIds: input.adviseurIds ?? [],
      stukken: toStukken(input.stukken, tx.now) ?? [],
      vertrouwelijk: input.vertrouwelijk ?? false,
      plannedMinutes: input.plannedMinutes ?? null,
      beoogdeCollegedatum: input.beoogdeCollegedatum ?? null,
      beoogdeRaadsdatum: input.beoogdeRaadsdatum ?? null,
      portefeuille: input.portefeuille ?? null,
      raadsthema: input.raadsthema ?? null,
      categorie: input.categorie ?? null,
    });
    await insertAgendapunt(tx.sql, poId, item);
    tx.changed({ objectType: 'agendapunt', objectId: item.id, after: item, change: { type: 'agendapunt.added', payload: item } });
    auditAccess(tx, item.id, null, item);
    await withdrawProposal(tx, 'agendapunt toegevoegd');
    return item;
  });
}

export async function editAgendapunt(deps: Deps, actor: Actor, poId: string, itemId: string, input: AgendapuntInput): Promise<Agendapunt> {
  return changePo(deps, actor, poId, 'agendapunt.wijzigen', async (tx) => {
    const item = tx.po.agendapunten.find((i) => i.id === itemId) ?? fail('not_found', `Agendapunt ${itemId} hoort niet bij dit PO.`);
    requireRight(tx.rights.editItem(itemId), 'dit agendapunt te wijzigen');
    if (!tx.rights.editAgenda) {
      const forbidden = Object.keys(input).filter((k) => !OPDRACHTNEMER_FIELDS.has(k));
      if (forbidden.length > 0) fail('forbidden', `Als opdrachtnemer kunt u ${forbidden.join(', ')} niet wijzigen; vraag de concernadviseur.`);
      if (item.vertrouwelijk && input.adviseurIds !== undefined && JSON.stringify(input.adviseurIds) !== JSON.stringify(item.adviseurIds)) {
        fail(
          'forbidden',
          'Wie een vertrouwelijk agendapunt mag lezen, bepalen de portefeuillehouder en de concernadviseur; vraag hen een adviseur toe te voegen.',
        );
      }
    }
    assertAgendaEditable(tx.po);
    await checkPeople(tx, input);
    assertTags(tx, input);
    const { stukken, ...rest } = input;
    const patch: Partial<Agendapunt> = { ...rest };
    if (stukken) {
      // Keep delivery times of stukken that stay; new ones are delivered now.
      patch.stukken = stukken.map((s) => {
        const old = s.id ? item.stukken.find((o) => o.id === s.id) : undefined;
        return {
          id: s.id ?? randomUUID(),
          title: s.title,
          url: s.url,
          deliveredAt: s.deliveredAt !== undefined ? s.deliveredAt : (old?.deliveredAt ?? tx.now),
        };
      });
      // New or changed stukken need a fresh kwaliteitstoets.
      if (JSON.stringify(patch.stukken.map((s) => [s.title, s.url])) !== JSON.stringify(item.stukken.map((s) => [s.title, s.url])))
        patch.kwaliteitstoets = null;
    }
    await updateAgendapunt(tx.sql, itemId, patch, tx.now);
    const after = { ...item, ...patch };
    tx.changed({ objectType: 'agendapunt', objectId: itemId, before: item, after, change: { type: 'agendapunt.updated', payload: after } });
    auditAccess(tx, itemId, item, after);
    if (JSON.stringify(after) !== JSON.stringify(item)) await withdrawProposal(tx, 'agendapunt gewijzigd');
    return after;
  });
}

export async function removeAgendapunt(deps: Deps, actor: Actor, poId: string, itemId: string): Promise<void> {
  await changePo(deps, actor, poId, 'agendapunt.verwijderen', async (tx) => {
    const item = tx.po.agendapunten.find((i) => i.id === itemId) ?? fail('not_found', `Agendapunt ${itemId} hoort niet bij dit PO.`);
    requireRight(tx.rights.editAgenda, 'agendapunten te verwijderen');
    assertAgendaEditable(tx.po);
    await deleteAgendapunt(tx.sql, itemId);
    tx.changed({ objectType: 'agendapunt', objectId: itemId, before: item, change: { type: 'agendapunt.removed', payload: { id: itemId } } });
    await withdrawProposal(tx, 'agendapunt verwijderd');
  });
}

export async function reorderAgenda(deps: Deps, actor: Actor, poId: string, order: { id: string; section: string }[]): Promise<void> {
  await changePo(deps, actor, poId, 'agenda.volgorde', async (tx) => {
    requireRight(tx.rights.editAgenda, 'de volgorde van de agenda te wijzigen');
    assertAgendaEditable(tx.po);
    const plan = planReorder(tx.po, order);
    for (const p of plan) await updateAgendapunt(tx.sql, p.id, { section: p.section, position: p.position }, tx.now);
    tx.changed({
      objectType: 'agenda',
      objectId: poId,
      before: tx.po.agendapunten.map((i) => ({ id: i.id, section: i.section, position: i.position })),
      after: plan,
      change: { type: 'agenda.reordered', payload: plan },
    });
    const moved = plan.some((p) => {
      const was = tx.po.agendapunten.find((i) => i.id === p.id);
      return was?.section !== p.section || was.position !== p.position;
    });
    if (moved) await withdrawProposal(tx, 'volgorde gewijzigd');
  });
}

export async function confirmKwaliteitstoets(deps: Deps, actor: Actor, poId: string, itemId: string): Promise<void> {
  await changePo(deps, actor, poId, 'kwaliteitstoets.bevestigen', async (tx) => {
    const item = tx.po.agendapunten.find((i) => i.id === itemId) ?? fail('not_found', `Agendapunt ${itemId} hoort niet bij dit PO.`);
    requireRight(tx.rights.confirmKwaliteitstoets(itemId), 'de kwaliteitstoets te bevestigen: dat doet de ambtelijk opdrachtnemer van dit agendapunt');
    if (tx.po.status !== 'concept' && tx.po.status !== 'vastgesteld') fail('invalid_state', 'De kwaliteitstoets wordt voor de vergadering bevestigd.');
    assertConfirmable(item, criteriaOf(tx.org));
    const kwaliteitstoets = { confirmedBy: actor.user.id, confirmedAt: tx.now };
    await updateAgendapunt(tx.sql, itemId, { kwaliteitstoets }, tx.now);
    tx.changed({
      objectType: 'agendapunt',
      objectId: itemId,
      before: item.kwaliteitstoets,
      after: kwaliteitstoets,
      change: { type: 'agendapunt.updated', payload: { ...item, kwaliteitstoets } },
    });
  });
}

export async function heropenenAgenda(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'agenda.heropenen', async (tx) => {
    requireRight(tx.rights.editAgenda, 'de agenda te heropenen');
    const status = heropenen(tx.po);
    await updatePo(tx.sql, poId, { status, vastgesteldAt: null, vaststellingVoorstel: null }, tx.now);
    tx.changed({ objectType: 'po', objectId: poId, before: { status: tx.po.status }, after: { status }, change: { type: 'po.status', payload: { status } } });
  });
}

/** Portefeuille and raadsthema come from the portfolio distribution of the PO's portefeuillehouder (seed 002). */
function assertTags(tx: Pick<PoTx, 'org' | 'po'>, input: AgendapuntInput): void {
  const problems = tagProblems(
    input,
    tx.org.portefeuillehouders.find((p) => p.id === tx.po.portefeuillehouderId),
  );
  if (problems.length > 0) fail('validation', problems[0]!.message, problems);
}
