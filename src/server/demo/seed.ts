/**
 * Loads the demo organisation, its users and one example PO into an empty database; with the example
 * (`npm start`), also last week's PO of the same portefeuillehouder, held and published
 * (`history.ts`), so that every screen has something to show.
 */
import type { Deps } from '../deps';
import { addAgendapunt } from '../commands/agenda';
import { createPo } from '../commands/pos';
import { loadOrganisation, saveOrganisation, upsertUser } from '../store/directory';
import { AppError } from '../../shared/errors';
import { demoActor, lastWeekAt, seedLastWeek } from './history';
import { DEMO_ORGANISATION } from './organisation';
import { DEMO_USERS } from './users';

export async function seedDemoData(deps: Deps, opts: { examplePo?: boolean } = {}): Promise<boolean> {
  const seeded = await deps.db.tx(async (sql) => {
    if (await loadOrganisation(sql)) return false;
    await saveOrganisation(sql, DEMO_ORGANISATION);
    for (const user of DEMO_USERS) await upsertUser(sql, user, { demo: true });
    return true;
  });
  if (seeded && opts.examplePo !== false) {
    await seedHistory(deps);
    await seedExamplePo(deps);
  }
  return seeded;
}

/** Last week's PO. Demo data only: should a rule stop it, the server starts without it and says so. */
async function seedHistory(deps: Deps): Promise<void> {
  const org = await loadOrganisation(deps.db);
  if (!org) return;
  const now = deps.now();
  try {
    await seedLastWeek(deps, org, lastWeekAt(now, org));
  } catch (err) {
    const problems = err instanceof AppError ? err.problems.map((p) => ` ${p.message}`).join('') : '';
    process.emitWarning(`Demogegevens: het PO van vorige week kon niet worden aangemaakt (${err instanceof Error ? err.message : String(err)}${problems}).`);
  }
}

async function seedExamplePo(deps: Deps): Promise<void> {
  const actor = await demoActor(deps, 'u-eva');
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
