/**
 * The college cycle as the read policy allows: Tuesday's announcement list of one college date (for
 * the gemeentesecretaris and the concernadviseurs; confidential besluitpunten only for those who may
 * read their item), and the terugkoppeling on a PO (its portefeuillehouder's besluitpunten whose
 * college state changed since the previous PO, for anyone who may read this PO).
 */
import { announcementCollegeDate, announcementMark, mayTrackCollege, type CollegeTrack, type OrganisationConfig } from '../../domain';
import type { AankondigingItem, AankondigingView, CollegeTrackView, TerugkoppelingView } from '../../shared/contract/college';
import { requireOrganisation, requireRight } from '../commands/context';
import { amsterdamDate } from '../../shared/amsterdam';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { feedbackPage, firstAnnouncedAt, previousPoStart, tracksOf } from '../store/college';
import { collegePage, type RegisterRow } from '../store/registers';
import { readInvolved } from './po';
import { badCursor, decided, viewerOf } from './registers';

const trackView = (t: CollegeTrack): CollegeTrackView => ({ state: t.state, steps: t.steps });

const phName = (org: OrganisationConfig, id: string): string => org.portefeuillehouders.find((p) => p.id === id)?.name ?? '';

/** The college date of today's announcement, by the organisation's college day and holidays. */
export async function currentAnnouncementDate(deps: Deps, actor: Actor): Promise<{ collegeDatum: string; today: string }> {
  requireRight(mayTrackCollege(actor.user), 'de aankondiging voor het college te zien');
  const org = await requireOrganisation(deps.db);
  const today = amsterdamDate(deps.now());
  return { collegeDatum: announcementCollegeDate(today, org), today };
}

/** One page of the besluitpunten heading for the college of `collegeDatum`, in the order they were taken. */
export async function announcement(deps: Deps, actor: Actor, collegeDatum: string, q: { cursor?: string; limit?: number } = {}): Promise<AankondigingView> {
  requireRight(mayTrackCollege(actor.user), 'de aankondiging voor het college te zien');
  const org = await requireOrganisation(deps.db);
  const page = (await collegePage(deps.db, await viewerOf(deps, actor, true), { from: collegeDatum, to: collegeDatum, ...q })) ?? badCursor();
  const rows = await decided(deps, actor, page.items, null);
  const tracks = await tracksOf(
    deps.db,
    rows.map((r) => r.record.id),
  );
  const first = await firstAnnouncedAt(deps.db, collegeDatum);
  const items = rows.flatMap((r: RegisterRow): AankondigingItem[] => {
    if (r.record.kind !== 'besluitpunt' || !r.record.collegeDatum) return [];
    const track = tracks.get(r.record.id) ?? null;
    return [
      {
        id: r.record.id,
        text: r.record.text,
        collegeDatum: r.record.collegeDatum,
        poId: r.poId,
        poTitle: r.poTitle,
        poStartsAt: r.poStartsAt,
        portefeuillehouderId: r.portefeuillehouderId,
        portefeuillehouder: phName(org, r.portefeuillehouderId),
        agendapuntTitle: r.agendapuntTitle,
        vertrouwelijk: r.vertrouwelijk,
        createdAt: r.record.createdAt,
        college: track ? trackView(track) : null,
        ...announcementMark(r.record, track, first),
      },
    ];
  });
  return { collegeDatum, firstAnnouncedAt: first, items, nextCursor: page.nextCursor };
}

/** Every besluitpunt of a college date (page after page), for the .docx and the channel. */
export async function wholeAnnouncement(deps: Deps, actor: Actor, collegeDatum: string): Promise<AankondigingView> {
  const first = await announcement(deps, actor, collegeDatum, { limit: 200 });
  const items = [...first.items];
  for (let cursor = first.nextCursor; cursor;) {
    const next = await announcement(deps, actor, collegeDatum, { cursor, limit: 200 });
    items.push(...next.items);
    cursor = next.nextCursor;
  }
  return { ...first, items, nextCursor: null };
}

/**
 * The terugkoppeling of the college on a PO: besluitpunten of its portefeuillehouder's earlier POs
 * whose college state changed after the previous PO began and before this one begins.
 */
export async function terugkoppeling(deps: Deps, actor: Actor, poId: string, q: { cursor?: string; limit?: number } = {}): Promise<TerugkoppelingView> {
  const { po } = await readInvolved(deps, actor, poId);
  const since = await previousPoStart(deps.db, po.portefeuillehouderId, po.startsAt);
  const page =
    (await feedbackPage(deps.db, await viewerOf(deps, actor, true), { portefeuillehouderId: po.portefeuillehouderId, since, before: po.startsAt, ...q })) ??
    badCursor();
  const rows = await decided(deps, actor, page.items, 'overzicht');
  return {
    since,
    items: rows.map((r) => ({
      id: r.record.id,
      text: r.record.text,
      collegeDatum: r.record.kind === 'besluitpunt' ? r.record.collegeDatum : null,
      poId: r.poId,
      poTitle: r.poTitle,
      poStartsAt: r.poStartsAt,
      agendapuntTitle: r.agendapuntTitle,
      vertrouwelijk: r.vertrouwelijk,
      college: trackView(r.track),
    })),
    nextCursor: page.nextCursor,
  };
}
