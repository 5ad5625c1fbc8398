/** Agendaverzoeken: proposing an item, and accepting or declining it. */
import { randomUUID } from 'node:crypto';
import type { Agendaverzoek, Purpose } from '../../domain';
import { assertCanPropose, decide, mayProposeItems, newAgendapunt } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { findUser } from '../store/directory';
import { insertAgendapunt, loadPo } from '../store/pos';
import { withdrawProposal } from './vaststelling';
import { findVerzoek, insertVerzoek, saveDecision } from '../store/verzoeken';
import { changePo, requireRight } from './context';

export interface VerzoekInput {
  title: string;
  purpose?: Purpose | null;
  toelichting?: string;
  opdrachtnemerId?: string | null;
  vertrouwelijk?: boolean;
}

export async function proposeItem(deps: Deps, actor: Actor, poId: string, input: VerzoekInput): Promise<Agendaverzoek> {
  return deps.db.tx(async (sql) => {
    const po = (await loadPo(sql, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
    requireRight(mayProposeItems(actor.user), 'agendapunten voor te stellen: dat doen ambtelijk opdrachtnemers en onafhankelijk adviseurs');
    assertCanPropose(po);
    const opdrachtnemerId = input.opdrachtnemerId ?? (actor.user.roles.includes('opdrachtnemer') ? actor.user.id : null);
    if (opdrachtnemerId && !(await findUser(sql, opdrachtnemerId)))
      fail('validation', `Onbekende gebruiker "${opdrachtnemerId}".`, [
        { code: 'unknown_user', path: 'body.opdrachtnemerId', message: 'Kies een bestaande gebruiker.' },
      ]);
    const verzoek: Agendaverzoek = {
      id: randomUUID(),
      poId,
      proposedBy: actor.user.id,
      title: input.title,
      purpose: input.purpose ?? null,
      toelichting: input.toelichting ?? '',
      opdrachtnemerId,
      vertrouwelijk: input.vertrouwelijk ?? false,
      status: 'ingediend',
      decidedBy: null,
      decidedAt: null,
      reason: '',
      agendapuntId: null,
      createdAt: deps.now().toISOString(),
    };
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

export async function decideVerzoek(
  deps: Deps,
  actor: Actor,
  verzoekId: string,
  input: { decision: 'geaccepteerd' | 'afgewezen'; reason?: string; section?: string },
): Promise<Agendaverzoek> {
  const found = (await findVerzoek(deps.db, verzoekId)) ?? fail('not_found', `Agendaverzoek ${verzoekId} bestaat niet.`);
  return changePo(deps, actor, found.poId, 'agendaverzoek.beslissen', async (tx) => {
    const verzoek = (await findVerzoek(tx.sql, verzoekId, { forUpdate: true })) ?? fail('not_found');
    requireRight(tx.rights.decideAgendaverzoek, 'over agendaverzoeken te beslissen: dat doen de portefeuillehouder en de concernadviseur');
    decide(verzoek, tx.po, input.decision, input.reason ?? '');
    const decided: Agendaverzoek = { ...verzoek, status: input.decision, decidedBy: actor.user.id, decidedAt: tx.now, reason: input.reason ?? '' };
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
