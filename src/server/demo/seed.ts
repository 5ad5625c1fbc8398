/** Loads the demo organisation, its users and one example PO into an empty database. */
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { addAgendapunt } from '../commands/agenda';
import { createPo } from '../commands/pos';
import { findUser, loadOrganisation, saveOrganisation, upsertUser } from '../store/directory';
import { DEMO_ORGANISATION } from './organisation';
import { DEMO_USERS } from './users';

export async function seedDemoData(deps: Deps, opts: { examplePo?: boolean } = {}): Promise<boolean> {
  const seeded = await deps.db.tx(async (sql) => {
    if (await loadOrganisation(sql)) return false;
    await saveOrganisation(sql, DEMO_ORGANISATION);
    for (const user of DEMO_USERS) await upsertUser(sql, user, { demo: true });
    return true;
  });
  if (seeded && opts.examplePo !== false) await seedExamplePo(deps);
  return seeded;
}

async function seedExamplePo(deps: Deps): Promise<void> {
  const eva = await findUser(deps.db, 'u-eva');
  if (!eva) return;
  const actor: Actor = { user: eva, origin: { ip: '127.0.0.1', userAgent: 'demo-data', requestId: 'seed' }, assertion: '' };
  const po = await createPo(deps, actor, { portefeuillehouderId: 'bram', notulistId: 'u-noor', participantIds: ['u-gerard'] });
  const [koers, uitvoering, routine] = po.sections;
  await addAgendapunt(deps, actor, po.id, {
    section: koers,
    title: 'Mobiliteitsvisie 2040: uitgangspunten',
    purpose: 'oordeelsvorming',
    opdrachtnemerId: 'u-fatima',
    plannedMinutes: 30,
    toelichting: 'Welke uitgangspunten leggen we de raad voor? Aan welke voorwaarden moet de visie voldoen?',
    stukken: [{ title: 'Notitie uitgangspunten mobiliteitsvisie', url: 'https://intranet.velsen.example/stukken/mobiliteitsvisie.pdf' }],
  });
  await addAgendapunt(deps, actor, po.id, {
    section: uitvoering,
    title: 'Verkeersveiligheid schoolroutes: uitvoeringsplan',
    purpose: 'besluitvorming',
    opdrachtnemerId: 'u-fatima',
    plannedMinutes: 20,
    voorgesteldBesluit: 'Instemmen met het uitvoeringsplan en het voorstel agenderen voor het college.',
  });
  await addAgendapunt(deps, actor, po.id, {
    section: routine,
    title: 'Informatiebeveiliging: stand van zaken ENSIA',
    opdrachtnemerId: 'u-carla',
    plannedMinutes: 10,
    vertrouwelijk: true,
  });
}
