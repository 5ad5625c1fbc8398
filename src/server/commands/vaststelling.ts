/**
 * Vaststellen by both (domain/vaststelling.ts): voorleggen, vaststellen, terugsturen, and the
 * withdrawal of an open proposal when the agenda changes. Each is one transaction on the locked
 * PO, audited (who proposed, who agreed, who sent back and why) and numbered for live clients.
 */
import type { AgendaCheck, VaststellerRole } from '../../domain';
import { agree, checkAgenda, criteriaOf, mustAgree, poRolesOf, propose, sendBack } from '../../domain';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { updatePo } from '../store/pos';
import type { LoadedPo, PoForChange } from '../store/pos';
import { changePo, type PoTx } from './context';
import { planJobs } from '../store/jobs';
import { proposalJob } from '../reminders/scheduler';

/** The live change of a proposal's state: a type the live channel answers with a fresh state. */
const vaststellingChange = (po: Pick<PoForChange, 'vaststellingVoorstel' | 'vaststellingTeruggestuurd'>): { type: string; payload: unknown } => ({
  type: 'po.vaststelling',
  payload: { vaststellingVoorstel: po.vaststellingVoorstel, vaststellingTeruggestuurd: po.vaststellingTeruggestuurd },
});

/**
 * Any change of the agenda withdraws an open proposal: the other one must agree to the agenda as
 * it is now. Called by every command that changes the agenda, inside its transaction.
 */
export async function withdrawProposal(tx: PoTx<PoForChange | LoadedPo>, why: string): Promise<void> {
  const open = tx.po.vaststellingVoorstel;
  if (!open) return;
  await updatePo(tx.sql, tx.po.id, { vaststellingVoorstel: null }, tx.now);
  tx.po.vaststellingVoorstel = null;
  tx.changed({
    action: 'agenda.voorstel_ingetrokken',
    objectType: 'po',
    objectId: tx.po.id,
    before: { vaststellingVoorstel: open },
    after: { vaststellingVoorstel: null, reden: why },
    change: vaststellingChange(tx.po),
  });
}

/** The proposal is made; the answer names who must agree (for the activity-feed notification). */
export interface ProposalResult {
  mustAgree: { role: VaststellerRole; userId: string | null };
  check: AgendaCheck;
}

export async function voorleggenAgenda(deps: Deps, actor: Actor, poId: string): Promise<ProposalResult> {
  return changePo(deps, actor, poId, 'agenda.voorleggen', async (tx) => {
    const voorstel = propose(tx.po, tx.org, poRolesOf(actor.user, tx.po, tx.org), { id: actor.user.id, name: actor.user.name }, tx.now);
    await updatePo(tx.sql, poId, { vaststellingVoorstel: voorstel, vaststellingTeruggestuurd: null }, tx.now);
    const before = { vaststellingVoorstel: null, vaststellingTeruggestuurd: tx.po.vaststellingTeruggestuurd };
    tx.po.vaststellingVoorstel = voorstel;
    tx.po.vaststellingTeruggestuurd = null;
    const who = mustAgree(tx.po, tx.org)!;
    // The other one hears it in Teams' activity feed; the job goes with this commit (reminders/scheduler.ts sends it).
    if (who.userId) await planJobs(tx.sql, [proposalJob({ poId, userId: who.userId, at: voorstel.at })], tx.now);
    tx.changed({ objectType: 'po', objectId: poId, before, after: { vaststellingVoorstel: voorstel, wachtOp: who }, change: vaststellingChange(tx.po) });
    return { mustAgree: who, check: checkAgenda(tx.po, criteriaOf(tx.org)) };
  });
}

/** Vaststellen: the other one's agreement (or, where one suffices, the owner's own decision). */
export async function vaststellenAgenda(deps: Deps, actor: Actor, poId: string): Promise<AgendaCheck> {
  return changePo(deps, actor, poId, 'agenda.vaststellen', async (tx) => {
    const status = agree(tx.po, tx.org, poRolesOf(actor.user, tx.po, tx.org));
    const voorstel = tx.po.vaststellingVoorstel;
    await updatePo(tx.sql, poId, { status, vastgesteldAt: tx.now, vaststellingVoorstel: null, vaststellingTeruggestuurd: null }, tx.now);
    const overruled = tx.po.agendapunten
      .filter((i) => i.toetsOverruled && i.purpose === 'besluitvorming')
      .map((i) => ({ agendapuntId: i.id, by: i.toetsOverruled!.by, reden: i.toetsOverruled!.reden }));
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { status: tx.po.status, vaststellingVoorstel: voorstel },
      after: {
        status,
        voorgesteldDoor: voorstel ? { id: voorstel.by, role: voorstel.role } : null,
        vastgesteldDoor: { id: actor.user.id, name: actor.user.name },
        toetsOverruled: overruled,
      },
      change: { type: 'po.status', payload: { status } },
    });
    return checkAgenda(tx.po, criteriaOf(tx.org));
  });
}

/** Terugsturen: the one who must agree sends the proposal back with a remark. */
export async function terugsturenAgenda(deps: Deps, actor: Actor, poId: string, opmerking: string): Promise<void> {
  await changePo(deps, actor, poId, 'agenda.terugsturen', async (tx) => {
    const terug = sendBack(tx.po, poRolesOf(actor.user, tx.po, tx.org), { id: actor.user.id, name: actor.user.name }, opmerking, tx.now);
    const voorstel = tx.po.vaststellingVoorstel;
    await updatePo(tx.sql, poId, { vaststellingVoorstel: null, vaststellingTeruggestuurd: terug }, tx.now);
    tx.po.vaststellingVoorstel = null;
    tx.po.vaststellingTeruggestuurd = terug;
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { vaststellingVoorstel: voorstel },
      after: { vaststellingVoorstel: null, vaststellingTeruggestuurd: terug },
      change: vaststellingChange(tx.po),
    });
  });
}
