/** After the meeting: the verslag, its approval, publication and corrections. */
import type { VerslagAudience, VerslagModel } from '../../domain';
import { assertApprovable, buildVerslag, startCorrection } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import type { Sql } from '../store/db';
import { listUsers } from '../store/directory';
import { updatePo, type LoadedPo } from '../store/pos';
import { listVersions, type VerslagVersion } from '../store/verslagen';
import { changePo, readPo, requireRight } from './context';
import type { OrganisationConfig } from '../../domain';

async function modelFor(sql: Sql, po: LoadedPo, org: OrganisationConfig, audience: VerslagAudience): Promise<VerslagModel> {
  return buildVerslag(po, { org, users: await listUsers(sql), audience });
}

/**
 * The verslag as this user may see it: participants see the working verslag with confidential
 * items; everyone else sees only the latest published version, without confidential content.
 */
export async function readVerslag(deps: Deps, actor: Actor, poId: string, audience: VerslagAudience): Promise<{ model: VerslagModel; version: number | null; publishedAt: string | null }> {
  const { po, org, rights } = await readPo(deps, actor, poId);
  if (rights.read) {
    // Someone not entitled to every confidential item reads the verslag as the organisation does.
    const entitled = po.agendapunten.every((i) => rights.readItem(i.id));
    return { model: await modelFor(deps.db, po, org, entitled ? audience : 'openbaar'), version: po.publishedVersion || null, publishedAt: null };
  }
  const latest = (await listVersions(deps.db, poId)).at(-1);
  if (!latest) fail('forbidden', 'Dit verslag is nog niet gepubliceerd; alleen deelnemers van het PO kunnen het lezen.');
  return { model: latest!.publicModel, version: latest!.version, publishedAt: latest!.publishedAt };
}

export async function approveVerslag(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'verslag.goedkeuren', async (tx) => {
    requireRight(tx.rights.approveVerslag, 'het verslag goed te keuren: dat doet de portefeuillehouder');
    assertApprovable(tx.po);
    const approval = { by: actor.user.id, at: tx.now };
    await updatePo(tx.sql, poId, { approval }, tx.now);
    tx.changed({ objectType: 'verslag', objectId: poId, before: tx.po.approval, after: approval, change: { type: 'verslag.approved', payload: approval } });
  });
}

export async function openCorrection(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'verslag.correctie_starten', async (tx) => {
    requireRight(tx.rights.publish, 'een correctie te starten');
    startCorrection(tx.po);
    await updatePo(tx.sql, poId, { correctionOpen: true }, tx.now);
    tx.changed({ objectType: 'verslag', objectId: poId, after: { correctionOpen: true }, change: { type: 'po.status', payload: { status: tx.po.status, correctionOpen: true } } });
  });
}

export async function versionsOf(deps: Deps, actor: Actor, poId: string): Promise<VerslagVersion[]> {
  const { rights } = await readPo(deps, actor, poId);
  const versions = await listVersions(deps.db, poId);
  // Non-participants see the public content only.
  return rights.read ? versions : versions.map((v) => ({ ...v, model: v.publicModel }));
}
