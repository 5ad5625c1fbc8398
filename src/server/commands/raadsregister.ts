/**
 * Keeping the raad's register (issue 15): entering, changing and importing moties and toezeggingen.
 * Only the concernadviseur; each change is one transaction with its audit entry. The import is
 * all-or-nothing: every bad row and field is named and nothing is written, or every row is; a
 * nummer already in the register is updated, not duplicated.
 */
import { randomUUID } from 'node:crypto';
import type { OrganisationConfig, RaadsItem, RaadsItemInput } from '../../domain';
import { mayKeepRaadsregister, parseRaadsCsv, raadsLinkFits } from '../../domain';
import type { RaadsImportView } from '../../shared/contract/raadsregister';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import type { Sql, TxSql } from '../store/db';
import { findUser, listUsers } from '../store/directory';
import { findRaadsItem, findRaadsItemsByNummer, insertRaadsItem, updateRaadsItem } from '../store/raadsregister';
import { requireOrganisation, requireRight } from './context';

const requireKeeper = (actor: Actor): void => requireRight(mayKeepRaadsregister(actor.user), 'het raadsregister bij te houden: dat doet de concernadviseur');

async function audit(sql: TxSql, actor: Actor, action: string, objectId: string | null, before: unknown, after: unknown): Promise<void> {
  await appendAudit(sql, {
    actor: { id: actor.user.id, name: actor.user.name },
    action,
    objectType: 'raadsregister',
    objectId,
    poId: null,
    result: 'geslaagd',
    origin: actor.origin,
    before,
    after,
  });
}

/** Portefeuillehouder and opdrachtnemer must exist; the problems name the field. */
async function checkPeople(sql: Sql, org: OrganisationConfig, item: Pick<RaadsItemInput, 'portefeuillehouderId' | 'opdrachtnemerId'>): Promise<void> {
  if (!org.portefeuillehouders.some((p) => p.id === item.portefeuillehouderId))
    fail('validation', 'Deze portefeuillehouder hoort niet bij het college.', [
      { code: 'unknown', path: 'body.portefeuillehouderId', message: `"${item.portefeuillehouderId}" is geen portefeuillehouder van het college.` },
    ]);
  if (item.opdrachtnemerId && !(await findUser(sql, item.opdrachtnemerId)))
    fail('validation', 'Deze opdrachtnemer is geen gebruiker van PO-overleg.', [
      { code: 'unknown', path: 'body.opdrachtnemerId', message: `"${item.opdrachtnemerId}" is geen bekende gebruiker.` },
    ]);
}

async function requireFreeNummer(sql: Sql, nummer: string, exceptId: string | null): Promise<void> {
  const taken = (await findRaadsItemsByNummer(sql, [nummer])).get(nummer.toLowerCase());
  if (taken && taken.id !== exceptId)
    fail('duplicate', `Nummer ${nummer} staat al in het raadsregister.`, [
      { code: 'taken', path: 'body.nummer', message: `Nummer ${nummer} is al gebruikt (${taken.titel}).` },
    ]);
}

export async function createRaadsItem(deps: Deps, actor: Actor, input: RaadsItemInput): Promise<RaadsItem> {
  requireKeeper(actor);
  const org = await requireOrganisation(deps.db);
  return deps.db.tx(async (sql) => {
    await checkPeople(sql, org, input);
    await requireFreeNummer(sql, input.nummer, null);
    const now = deps.now().toISOString();
    const item: RaadsItem = { ...input, nummer: input.nummer.trim(), id: randomUUID(), createdAt: now, updatedAt: now };
    await insertRaadsItem(sql, item, actor.user.id);
    await audit(sql, actor, 'raadsregister.toevoegen', item.id, null, item);
    return item;
  });
}

export async function changeRaadsItem(deps: Deps, actor: Actor, id: string, patch: Partial<RaadsItemInput>): Promise<RaadsItem> {
  requireKeeper(actor);
  const org = await requireOrganisation(deps.db);
  return deps.db.tx(async (sql) => {
    const before = (await findRaadsItem(sql, id, true)) ?? fail('not_found', `Er is geen motie of toezegging ${id} in het raadsregister.`);
    const after: RaadsItem = { ...before, ...patch, updatedAt: deps.now().toISOString() };
    await checkPeople(sql, org, after);
    if (patch.nummer !== undefined) await requireFreeNummer(sql, after.nummer, id);
    await updateRaadsItem(sql, after);
    await audit(sql, actor, 'raadsregister.wijzigen', id, before, after);
    return after;
  });
}

/** The griffie's CSV: checked (preview) or written, all rows or none. */
export async function importRaadsCsv(deps: Deps, actor: Actor, csv: string, preview: boolean): Promise<RaadsImportView> {
  requireKeeper(actor);
  const org = await requireOrganisation(deps.db);
  const users = await listUsers(deps.db);
  const { rows, problems } = parseRaadsCsv(csv, { portefeuillehouders: org.portefeuillehouders, users });
  const result = (existing: Map<string, RaadsItem>, created = 0, updated = 0): RaadsImportView => ({
    preview,
    rows: rows.map((r) => ({
      line: r.line,
      nummer: r.item.nummer,
      titel: r.item.titel,
      action: existing.has(r.item.nummer.toLowerCase()) ? 'bijwerken' : 'nieuw',
    })),
    problems,
    created,
    updated,
  });
  if (preview)
    return result(
      await findRaadsItemsByNummer(
        deps.db,
        rows.map((r) => r.item.nummer),
      ),
    );
  if (problems.length > 0)
    fail(
      'validation',
      `Het bestand heeft ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}; er is niets ingelezen.`,
      problems.map((p) => ({ code: 'csv', path: `csv.regel ${p.line}.${p.field}`, message: `Regel ${p.line}, ${p.field}: ${p.message}` })),
    );
  return deps.db.tx(async (sql) => {
    const existing = await findRaadsItemsByNummer(
      sql,
      rows.map((r) => r.item.nummer),
    );
    const now = deps.now().toISOString();
    let created = 0;
    let updated = 0;
    for (const { item } of rows) {
      const old = existing.get(item.nummer.toLowerCase());
      if (old) {
        await updateRaadsItem(sql, { ...old, ...item, updatedAt: now });
        updated++;
      } else {
        await insertRaadsItem(sql, { ...item, id: randomUUID(), createdAt: now, updatedAt: now }, actor.user.id);
        created++;
      }
    }
    await audit(sql, actor, 'raadsregister.importeren', null, null, { created, updated, nummers: rows.map((r) => r.item.nummer) });
    return result(existing, created, updated);
  });
}

/**
 * Checks a PO record's link to the register (commands/meeting.ts): the entry exists and is of the
 * record's kind. Null (no link) is always fine.
 */
export async function assertRaadsLink(
  sql: Sql,
  recordKind: string,
  raadsItemId: string | null | undefined,
  path = 'body.raadsItemId',
): Promise<RaadsItem | null> {
  if (!raadsItemId) return null;
  const item =
    (await findRaadsItem(sql, raadsItemId)) ??
    fail('validation', 'Deze motie of toezegging staat niet in het raadsregister.', [
      { code: 'unknown', path, message: 'Kies een motie of toezegging uit het raadsregister.' },
    ]);
  if (!raadsLinkFits(recordKind, item.soort))
    fail('validation', `Een ${recordKind} kan alleen naar een ${recordKind} in het raadsregister verwijzen.`, [
      { code: 'kind_mismatch', path, message: `${item.nummer} is een ${item.soort}, geen ${recordKind}.` },
    ]);
  return item;
}
