/**
 * The collegebericht draft of one besluitpunt, for whoever may read that besluitpunt (readerOf: those
 * involved in its PO, overseers for items that are not confidential); anyone else is told it does
 * not exist.
 */
import { amsterdamDate, collegeberichtValues, DEFAULT_COLLEGEBERICHT, readerOf, type CollegeberichtTemplate, type CollegeberichtValues } from '../../domain';
import { fail } from '../../shared/errors';
import { requireOrganisation } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { dutchShortDate } from '../render/dutchDate';
import { findRecord, loadPo } from '../store/pos';

export interface CollegeberichtDraft {
  organisatie: string;
  template: CollegeberichtTemplate;
  values: CollegeberichtValues;
  onderwerp: string;
}

export async function collegeberichtDraft(deps: Deps, actor: Actor, recordId: string): Promise<CollegeberichtDraft> {
  const notFound = (): never => fail('not_found', `Besluitpunt ${recordId} bestaat niet.`);
  const found = (await findRecord(deps.db, recordId)) ?? notFound();
  if (found.deleted || found.record.kind !== 'besluitpunt') return notFound();
  const po = (await loadPo(deps.db, found.poId)) ?? notFound();
  const org = await requireOrganisation(deps.db);
  const besluitpunt = found.record;
  if (!readerOf(actor.user, po, org).readRecord(besluitpunt)) return notFound();
  const item = po.agendapunten.find((i) => i.id === besluitpunt.agendapuntId) ?? notFound();
  const values = collegeberichtValues({
    po,
    poDate: amsterdamDate(new Date(po.startsAt)),
    item,
    besluitpunt,
    portefeuillehouder: org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId) ?? null,
    today: amsterdamDate(deps.now()),
    formatDate: dutchShortDate,
  });
  return { organisatie: org.name, template: org.collegebericht ?? DEFAULT_COLLEGEBERICHT, values, onderwerp: item.title };
}
