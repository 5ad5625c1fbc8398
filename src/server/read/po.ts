/**
 * The read layer: the only code that turns stored PO content into content for a reader. Every route,
 * rendering and live message that shows PO content gets it from here, as `domain/readPolicy.ts`
 * decides per user and per item. Writes (commands) read the PO inside their own transaction and
 * answer with what this layer shows.
 */
import type { OrganisationConfig, PoReader, ReadGrant, User } from '../../domain';
import { mayOverseeAll, readerOf, visiblePo } from '../../domain';
import { fail } from '../../shared/errors';
import { requireOrganisation, requireRight } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { presentPo, presentPoLine } from '../present/po';
import { listPos, loadPo, type LoadedPo, type PoQuery } from '../store/pos';
import { phIdsOf, poLinePage, type PoListQuery } from '../store/registers';

export interface ReadPo {
  /** The PO as this reader may see it: unreadable items without content, unreadable records left out. */
  po: LoadedPo;
  reader: PoReader;
  org: OrganisationConfig;
}

/** One PO seen by one user, as the policy allows. */
export function seenBy(user: User, full: LoadedPo, org: OrganisationConfig, grant: ReadGrant = null): ReadPo {
  const reader = readerOf(user, full, org, grant);
  return { po: visiblePo(full, reader), reader, org };
}

/**
 * The stored PO with this user's reader, for the read layer's own use only (what is shown must go
 * through `visiblePo`, as `readInvolved` does). A 403 naming `what` for users not involved.
 */
export async function involvedReader(
  deps: Deps,
  actor: Actor,
  poId: string,
  what = 'dit PO te lezen',
): Promise<{ full: LoadedPo; reader: PoReader; org: OrganisationConfig }> {
  const full = (await loadPo(deps.db, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
  const org = await requireOrganisation(deps.db);
  const reader = readerOf(actor.user, full, org);
  requireRight(reader.basis === 'betrokken', what);
  return { full, reader, org };
}

/** A PO for a user involved in it (its participants' view), or a 403 naming `what`; a 404 when unknown. */
export async function readInvolved(deps: Deps, actor: Actor, poId: string, what = 'dit PO te lezen'): Promise<ReadPo> {
  const { full, reader, org } = await involvedReader(deps, actor, poId, what);
  return { po: visiblePo(full, reader), reader, org };
}

/** The PO as `GET /api/pos/:poId` and the live channel's state show it to this user. */
export function poStateFor(user: User, full: LoadedPo, org: OrganisationConfig): ReturnType<typeof presentPo> {
  return presentPo(full, readerOf(user, full, org), user, org);
}

/**
 * The PO as this user sees it: `GET /api/pos/:poId` (`mustRead`: a 403 for users not involved) and
 * the answer to most writes (whatever the write left them to see).
 */
export async function poViewFor(deps: Deps, actor: Actor, poId: string, opts: { mustRead?: boolean } = {}): Promise<ReturnType<typeof presentPo>> {
  const full = (await loadPo(deps.db, poId)) ?? fail('not_found', `PO ${poId} bestaat niet.`);
  const org = await requireOrganisation(deps.db);
  const reader = readerOf(actor.user, full, org);
  if (opts.mustRead) requireRight(reader.basis === 'betrokken', 'dit PO te lezen');
  return presentPo(full, reader, actor.user, org);
}

/**
 * The POs matching `q` that this user may see anything of, each as they may see it. `grant`
 * `overzicht` reads them for an overview (the standing item of a PO the user may read).
 */
export async function readablePos(deps: Deps, actor: Actor, q: PoQuery, grant: ReadGrant = null): Promise<ReadPo[]> {
  const org = await requireOrganisation(deps.db);
  // Narrows the query only; the policy decides per PO what is seen.
  const everyone = grant === 'overzicht' || mayOverseeAll(actor.user);
  const pos = await listPos(deps.db, { ...q, involvedUserId: everyone ? null : actor.user.id, limit: 1000 });
  return pos.map((po) => seenBy(actor.user, po, org, grant)).filter((r) => r.reader.basis !== 'geen');
}

/**
 * Lines for a list of POs (no content), newest first, a page at a time: the user's own POs, or all
 * for an overseer (`all`).
 */
export async function poSummariesFor(
  deps: Deps,
  actor: Actor,
  q: Omit<PoListQuery, 'involved'>,
  all: boolean,
): Promise<{ items: PoSummary[]; nextCursor: string | null }> {
  const org = await requireOrganisation(deps.db);
  const involved = all ? null : { userId: actor.user.id, phIds: await phIdsOf(deps.db, actor.user.id), overview: false };
  const page =
    (await poLinePage(deps.db, { ...q, involved })) ??
    fail('validation', 'Ongeldige cursor: vraag de eerste pagina opnieuw op.', [
      { code: 'invalid_cursor', path: 'query.cursor', message: 'Deze cursor hoort niet bij deze lijst.' },
    ]);
  return {
    items: page.items.filter((line) => all || readerOf(actor.user, line, org).basis === 'betrokken').map((line) => presentPoLine(line, actor.user, org)),
    nextCursor: page.nextCursor,
  };
}

export type PoSummary = ReturnType<typeof presentPoLine>;
