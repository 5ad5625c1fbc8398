/**
 * The verslag as this user may read it: the working verslag for those involved (confidential items
 * only when entitled), published versions, and the archive of published verslagen.
 */
import type { VerslagAudience, VerslagModel } from '../../domain';
import { buildVerslag } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { listUsers } from '../store/directory';
import { raadsNummersOfPo } from '../store/raadsregister';
import { loadPo } from '../store/pos';
import { archivePage, latestVersionId, listVersions, type VerslagVersion } from '../store/verslagen';
import { requireOrganisation } from '../commands/context';
import { seenBy } from './po';
import type { ArchiefHit } from '../../shared/contract/views';

/**
 * Those involved read the working verslag (confidential items they may not read shown as in the
 * public verslag); everyone else reads the latest published version, without confidential content.
 */
export async function readVerslag(
  deps: Deps,
  actor: Actor,
  poId: string,
  audience: VerslagAudience,
): Promise<{ model: VerslagModel; version: number | null; publishedAt: string | null; versionId: string | null }> {
  const full = (await loadPo(deps.db, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
  const org = await requireOrganisation(deps.db);
  const { po, reader } = seenBy(actor.user, full, org);
  if (reader.basis === 'betrokken') {
    const raadsNummers = await raadsNummersOfPo(deps.db, po);
    const model = buildVerslag(po, { org, users: await listUsers(deps.db), audience, readItem: reader.readItem, raadsNummers });
    // Published and not under correction: the text is that version's (its id, as the Teams message gives it).
    const versionId = po.status === 'gepubliceerd' && !po.correctionOpen ? await latestVersionId(deps.db, poId) : null;
    return { model, version: po.publishedVersion || null, publishedAt: null, versionId };
  }
  const latest = (await listVersions(deps.db, poId)).at(-1);
  if (!latest) fail('forbidden', 'Dit verslag is nog niet gepubliceerd; alleen deelnemers van het PO kunnen het lezen.');
  return { model: latest!.publicModel, version: latest!.version, publishedAt: latest!.publishedAt, versionId: latest!.id };
}

/**
 * Published versions. The participants' model of a version only for those who may read every item
 * of the PO (it was stored whole); everyone else gets the public model in its place.
 */
export async function versionsFor(deps: Deps, actor: Actor, poId: string): Promise<VerslagVersion[]> {
  const full = (await loadPo(deps.db, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
  const { reader } = seenBy(actor.user, full, await requireOrganisation(deps.db));
  const versions = await listVersions(deps.db, poId);
  return reader.readsAll ? versions : versions.map((v) => ({ ...v, model: v.publicModel }));
}

/**
 * The archive: the latest published version of each PO, public content only (the search text holds
 * nothing confidential), newest first or best match first, with the matched words marked.
 */
export async function searchArchive(
  deps: Deps,
  q: { text?: string; portefeuillehouderId?: string; cursor?: string; limit?: number },
): Promise<{ items: ArchiefHit[]; nextCursor: string | null }> {
  const page =
    (await archivePage(deps.db, {
      text: q.text,
      portefeuillehouderId: q.portefeuillehouderId,
      cursor: q.cursor,
      limit: Math.min(Math.max(q.limit ?? (q.text?.trim() ? 10 : 20), 1), 100),
    })) ??
    fail('validation', 'Ongeldige cursor: vraag de eerste pagina opnieuw op.', [
      { code: 'invalid_cursor', path: 'query.cursor', message: 'Deze cursor hoort niet bij deze lijst.' },
    ]);
  return {
    items: page.items.map((v) => ({
      poId: v.poId,
      version: v.version,
      publishedAt: v.publishedAt,
      ...summaryOf(v.publicModel),
      passages: v.passages,
    })),
    nextCursor: page.nextCursor,
  };
}

/** What a list shows of a published verslag; the verslag itself is read on request (GET …/verslag). */
function summaryOf(m: VerslagModel): Pick<ArchiefHit, 'titel' | 'portefeuillehouder' | 'datum' | 'besluiten' | 'agendapunten'> {
  return {
    titel: m.titel,
    portefeuillehouder: m.portefeuillehouder.naam,
    datum: m.datum,
    agendapunten: m.items.length,
    besluiten: m.items.reduce((n, i) => n + (i.vertrouwelijk ? 0 : i.besluitpunten.length), 0),
  };
}
