/** Agendaverzoeken: proposing an item, and accepting or declining it. */
import { randomUUID } from 'node:crypto';
import type { Agendaverzoek, Purpose } from '../../domain';
import { assertCanPropose, assertCompleteProposal, canBeOpdrachtnemer, decide, mayProposeItems, newAgendapunt, rightsOn } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { findUser } from '../store/directory';
import { insertAgendapunt, loadPo } from '../store/pos';
import { withdrawProposal } from './vaststelling';
import { findVerzoek, insertVerzoek, nextPoOf, saveDecision } from '../store/verzoeken';
import { changePo, requireOrganisation, requireRight } from './context';

export interface VerzoekInput {
  title: string;
  purpose?: Purpose | null;
  toelichting?: string;
  voorgesteldBesluit?: string;
  stukken?: { title: string; url: string }[];
  opdrachtnemerId?: string | null;
  vertrouwelijk?: boolean;
}

export async function proposeItem(deps: Deps, actor: Actor, poId: string, input: VerzoekInput): Promise<Agendaverzoek> {
  return deps.db.tx(async (sql) => {
    const po = (await loadPo(sql, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
    requireRight(mayProposeItems(actor.user), 'agendapunten voor te stellen: dat doen ambtelijk opdrachtnemers en onafhankelijk adviseurs');
    assertCanPropose(po);
    const opdrachtnemerId = input.opdrachtnemerId ?? (actor.user.roles.includes('opdrachtnemer') ? actor.user.id : null);
    const opdrachtnemer = opdrachtnemerId
      ? ((await findUser(sql, opdrachtnemerId)) ??
        fail('validation', `Onbekende gebruiker "${opdrachtnemerId}".`, [
          { code: 'unknown_user', path: 'body.opdrachtnemerId', message: 'Kies een bestaande gebruiker.' },
        ]))
      : null;
    if (opdrachtnemer && !canBeOpdrachtnemer(opdrachtnemer))
      fail('validation', `${opdrachtnemer.name} is lid van het college en kan geen ambtelijk opdrachtnemer zijn.`, [
        { code: 'not_opdrachtnemer', path: 'body.opdrachtnemerId', message: 'Kies een ambtelijk opdrachtnemer (teamleider of opgavemanager).' },
      ]);
    const verzoek: Agendaverzoek = {
      id: randomUUID(),
      poId,
      proposedBy: actor.user.id,
      title: input.title,
      purpose: input.purpose ?? null,
      toelichting: input.toelichting ?? '',
      voorgesteldBesluit: input.voorgesteldBesluit ?? '',
      stukken: input.stukken ?? [],
      opdrachtnemerId,
      vertrouwelijk: input.vertrouwelijk ?? false,
      status: 'ingediend',
      decidedBy: null,
      decidedAt: null,
      reason: '',
      agendapuntId: null,
      createdAt: deps.now().toISOString(),
    };
    assertCompleteProposal(verzoek);
    await insertVerzoek(sql, verzoek);
    await appendAudit(sql, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'agendaverzoek.indienen',
      objectType: 'agendaverzoek',
      objectId: verzoek.id,
      poId,
      result: 'geslaagd',
      origin: actor.origin,
      after: verzoek,
    });
    return verzoek;
  });
}

/**
 * Proposing for "the portefeuillehouder's next PO": the first one from now on that still takes
 * proposals (concept or vastgesteld, not cancelled). An adviser need not be on that PO to know it.
 */
export async function proposeForNextPo(deps: Deps, actor: Actor, portefeuillehouderId: string, input: VerzoekInput): Promise<Agendaverzoek> {
  requireRight(mayProposeItems(actor.user), 'agendapunten voor te stellen: dat doen ambtelijk opdrachtnemers en onafhankelijk adviseurs');
  const org = await requireOrganisation(deps.db);
  const ph =
    org.portefeuillehouders.find((p) => p.id === portefeuillehouderId) ??
    fail('validation', `Onbekende portefeuillehouder "${portefeuillehouderId}".`, [
      { code: 'unknown', path: 'params.portefeuillehouderId', message: 'Kies een bestaande portefeuillehouder.' },
    ]);
  const next =
    (await nextPoOf(deps.db, ph.id, deps.now().toISOString(), ['concept', 'vastgesteld'])) ??
    fail('not_found', `${ph.name} heeft nog geen gepland PO om een punt voor te stellen; vraag de concernadviseur er een aan te maken.`);
  return proposeItem(deps, actor, next.id, input);
}

export async function decideVerzoek(
  deps: Deps,
  actor: Actor,
  verzoekId: string,
  input: { decision: 'geaccepteerd' | 'afgewezen'; reason?: string; section?: string; poId?: string },
): Promise<Agendaverzoek> {
  const found = (await findVerzoek(deps.db, verzoekId)) ?? fail('not_found', `Agendaverzoek ${verzoekId} bestaat niet.`);
  const targetId = input.decision === 'geaccepteerd' && input.poId ? input.poId : found.poId;
  // Accepting onto another PO: the decider decides on both agendas, and both are the same portefeuillehouder's.
  const origin = targetId !== found.poId ? ((await loadPo(deps.db, found.poId)) ?? fail('not_found')) : null;
  return changePo(deps, actor, targetId, 'agendaverzoek.beslissen', async (tx) => {
    const verzoek = (await findVerzoek(tx.sql, verzoekId, { forUpdate: true })) ?? fail('not_found');
    requireRight(tx.rights.decideAgendaverzoek, 'over agendaverzoeken te beslissen: dat doen de portefeuillehouder en de concernadviseur');
    if (origin) {
      requireRight(rightsOn(actor.user, origin, tx.org).decideAgendaverzoek, 'over dit agendaverzoek te beslissen');
      if (origin.portefeuillehouderId !== tx.po.portefeuillehouderId)
        fail('validation', 'Zet het verzoek op een PO van dezelfde portefeuillehouder.', [
          { code: 'other_ph', path: 'body.poId', message: 'Kies een PO van dezelfde portefeuillehouder.' },
        ]);
    }
    decide(verzoek, tx.po, input.decision, input.reason ?? '');
    const decided: Agendaverzoek = {
      ...verzoek,
      poId: tx.po.id,
      status: input.decision,
      decidedBy: actor.user.id,
      decidedAt: tx.now,
      reason: input.reason ?? '',
    };
    if (input.decision === 'geaccepteerd') {
      const section = input.section ?? tx.po.sections[0] ?? fail('internal');
      if (!tx.po.sections.includes(section))
        fail('validation', `Onbekende sectie "${section}".`, [
          { code: 'unknown_section', path: 'body.section', message: `Kies een van: ${tx.po.sections.join(', ')}.` },
        ]);
      const item = newAgendapunt(tx.po, {
        id: randomUUID(),
        section,
        title: verzoek.title,
        purpose: verzoek.purpose,
        toelichting: verzoek.toelichting,
        voorgesteldBesluit: verzoek.voorgesteldBesluit,
        stukken: verzoek.stukken.map((s) => ({ id: randomUUID(), title: s.title, url: s.url, deliveredAt: verzoek.createdAt })),
        opdrachtnemerId: verzoek.opdrachtnemerId,
        vertrouwelijk: verzoek.vertrouwelijk,
        adviseurIds: verzoek.proposedBy !== verzoek.opdrachtnemerId ? [verzoek.proposedBy] : [],
      });
      await insertAgendapunt(tx.sql, tx.po.id, item);
      decided.agendapuntId = item.id;
      tx.changed({ objectType: 'agendapunt', objectId: item.id, after: item, change: { type: 'agendapunt.added', payload: item } });
      await withdrawProposal(tx, 'agendaverzoek geaccepteerd');
    }
    await saveDecision(tx.sql, decided);
    tx.changed({ objectType: 'agendaverzoek', objectId: verzoekId, before: verzoek, after: decided });
    return decided;
  });
}
