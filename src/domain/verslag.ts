/**
 * The verslag model: one uniform structure for the minutes of every PO, built from the PO alone.
 * Renderers (HTML, Word, channel message) only format this model; they decide nothing.
 */
import { numberItems, orderedItems } from './agenda';
import { attendeeNames } from './attendance';
import { amsterdamDate, amsterdamTime } from './dates';
import { toetsLine, criteriaOf } from './kwaliteitstoets';
import { PURPOSE_LABEL } from './labels';
import type { Actiepunt, Afhandeling, Agendapunt, Besluitpunt, FollowUpStatus, Motie, OrganisationConfig, Po, Purpose, Toezegging, User } from './model';

/** `openbaar`: for the whole organisation, confidential items reduced to their number. */
export type VerslagAudience = 'openbaar' | 'deelnemers';

export interface VerslagBesluitpunt {
  id: string;
  text: string;
  collegeDatum: string | null;
  /** Recorded on an item that was not on the agenda for besluitvorming: the verslag says so. */
  buitenDoel: boolean;
}
export interface VerslagActiepunt {
  id: string;
  agendapuntNummer: string;
  text: string;
  wie: string;
  wieEntraId: string | null;
  wanneer: string | null;
  status: FollowUpStatus;
}
export interface VerslagToezegging {
  id: string;
  agendapuntNummer: string;
  text: string;
  aan: string;
  wie: string;
  wanneer: string | null;
  status: FollowUpStatus;
  /** The raadsregister entry this toezegging follows up, by its nummer (absent in older versions). */
  raadsNummer?: string | null;
}
export interface VerslagMotie {
  id: string;
  agendapuntNummer: string;
  referentie: string;
  text: string;
  afdoening: string;
  wie: string;
  wanneer: string | null;
  status: FollowUpStatus;
  /** The raadsregister entry this motie follows up, by its nummer (absent in older versions). */
  raadsNummer?: string | null;
}

export type VerslagItem =
  | { nummer: string; vertrouwelijk: true }
  | {
      nummer: string;
      vertrouwelijk: false;
      /** True when the item is confidential and shown only because the audience is entitled. */
      geheim: boolean;
      sectie: string;
      titel: string;
      doel: Purpose | null;
      doelLabel: string;
      opdrachtnemer: string;
      voorgesteldBesluit: string;
      bespreking: string;
      besluitpunten: VerslagBesluitpunt[];
      actiepunten: VerslagActiepunt[];
      toezeggingen: VerslagToezegging[];
      moties: VerslagMotie[];
      /** Not discussed: marked niet besproken or aangehouden (absent in versions made before this existed). */
      afhandeling?: Afhandeling | null;
      /** Who joined for this item (absent in older versions). */
      aangeschoven?: string[];
      /**
       * The kwaliteitstoets line ("Kwaliteitstoets: voldaan (7/7)", "… overruled door …") for a
       * besluitvorming item or an item whose toets was begun; null otherwise (absent in older versions).
       */
      kwaliteitstoets?: string | null;
    };

export interface VerslagModel {
  poId: string;
  organisatie: string;
  titel: string;
  portefeuillehouder: { naam: string; titel: string };
  datum: string;
  tijd: string;
  /** Empty: attendance not recorded. */
  aanwezigen: string[];
  /** Who had afgemeld (absent in versions made before attendance was recorded). */
  afgemeld?: string[];
  notulist: string;
  audience: VerslagAudience;
  items: VerslagItem[];
  actiepunten: VerslagActiepunt[];
  toezeggingen: VerslagToezegging[];
  moties: VerslagMotie[];
}

export interface VerslagContext {
  org: Pick<OrganisationConfig, 'name' | 'portefeuillehouders' | 'kwaliteitstoetsCriteria'>;
  users: Pick<User, 'id' | 'name' | 'entraId'>[];
  audience: VerslagAudience;
  /**
   * For a participants' verslag: the items this reader may read (domain/readPolicy.ts); a
   * confidential item they may not read is shown as in the public verslag. Default: all.
   */
  readItem?: (agendapuntId: string) => boolean;
  /** The raadsregister's nummer per entry id, for records that link to the register. */
  raadsNummers?: ReadonlyMap<string, string>;
}

/** Whether the verslag names the item's toets: always for besluitvorming, else once it was begun. */
const showsToets = (item: Agendapunt): boolean =>
  item.purpose === 'besluitvorming' || item.kwaliteitstoets !== null || item.toetsOverruled !== null || item.toetsCriteria.length > 0;

export function buildVerslag(po: Po, ctx: VerslagContext): VerslagModel {
  const name = (id: string | null): string => (id ? (ctx.users.find((u) => u.id === id)?.name ?? 'onbekend') : '');
  const entraId = (id: string | null): string | null => (id ? (ctx.users.find((u) => u.id === id)?.entraId ?? null) : null);
  const ph = ctx.org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
  const numbers = numberItems(po);
  const start = new Date(po.startsAt);
  const criteria = criteriaOf(ctx.org);
  const raadsNummer = (id: string | null | undefined): string | null => (id ? (ctx.raadsNummers?.get(id) ?? null) : null);
  const hidden = (item: Agendapunt): boolean => item.vertrouwelijk && (ctx.audience === 'openbaar' || (ctx.readItem !== undefined && !ctx.readItem(item.id)));

  const items: VerslagItem[] = [];
  const actiepunten: VerslagActiepunt[] = [];
  const toezeggingen: VerslagToezegging[] = [];
  const moties: VerslagMotie[] = [];
  for (const item of orderedItems(po.agendapunten, po.sections)) {
    const nummer = numbers.get(item.id) ?? '?';
    if (hidden(item)) {
      items.push({ nummer, vertrouwelijk: true });
      continue;
    }
    const records = po.records.filter((r) => r.agendapuntId === item.id);
    const owner = (r: { ownerId: string | null; ownerName: string }): string => r.ownerName || name(r.ownerId);
    const ap = records
      .filter((r): r is Actiepunt => r.kind === 'actiepunt')
      .map((r) => ({
        id: r.id,
        agendapuntNummer: nummer,
        text: r.text,
        wie: owner(r),
        // Mention only the linked user, and only when the name shown is theirs.
        wieEntraId: owner(r) === name(r.ownerId) ? entraId(r.ownerId) : null,
        wanneer: r.dueDate,
        status: r.status,
      }));
    const tz = records
      .filter((r): r is Toezegging => r.kind === 'toezegging')
      .map((r) => ({
        id: r.id,
        agendapuntNummer: nummer,
        text: r.text,
        aan: r.aan,
        wie: owner(r),
        wanneer: r.dueDate,
        status: r.status,
        raadsNummer: raadsNummer(r.raadsItemId),
      }));
    const mo = records
      .filter((r): r is Motie => r.kind === 'motie')
      .map((r) => ({
        id: r.id,
        agendapuntNummer: nummer,
        referentie: r.referentie,
        text: r.text,
        afdoening: r.afdoening,
        wie: owner(r),
        wanneer: r.dueDate,
        status: r.status,
        raadsNummer: raadsNummer(r.raadsItemId),
      }));
    actiepunten.push(...ap);
    toezeggingen.push(...tz);
    moties.push(...mo);
    items.push({
      nummer,
      vertrouwelijk: false,
      geheim: item.vertrouwelijk,
      sectie: item.section,
      titel: item.title,
      doel: item.purpose,
      doelLabel: item.purpose ? PURPOSE_LABEL[item.purpose].nl : 'Geen doel',
      opdrachtnemer: name(item.opdrachtnemerId),
      voorgesteldBesluit: item.voorgesteldBesluit,
      bespreking: item.bespreking,
      besluitpunten: records
        .filter((r): r is Besluitpunt => r.kind === 'besluitpunt')
        .map((r) => ({ id: r.id, text: r.text, collegeDatum: r.collegeDatum, buitenDoel: r.outsidePurpose })),
      actiepunten: ap,
      toezeggingen: tz,
      moties: mo,
      afhandeling: item.afhandeling ?? null,
      aangeschoven: attendeeNames(po.attendance?.aangeschoven[item.id] ?? [], ctx.users),
      kwaliteitstoets: showsToets(item) ? toetsLine(item, criteria).nl : null,
    });
  }
  return {
    poId: po.id,
    organisatie: ctx.org.name,
    titel: po.title,
    portefeuillehouder: { naam: ph?.name ?? 'onbekend', titel: ph?.titel ?? '' },
    datum: amsterdamDate(start),
    tijd: amsterdamTime(start),
    aanwezigen: po.attendance ? attendeeNames(po.attendance.aanwezig, ctx.users) : po.aanwezigen,
    afgemeld: po.attendance ? attendeeNames(po.attendance.afgemeld, ctx.users) : [],
    notulist: name(po.notulistId),
    audience: ctx.audience,
    items,
    actiepunten,
    toezeggingen,
    moties,
  };
}

/** The sentence the verslag uses for a besluitpunt taken outside the item's purpose. */
export const BUITEN_DOEL_NOTE = 'Let op: dit agendapunt stond niet geagendeerd voor besluitvorming.';

/** How the verslag names an item that was not discussed. */
export const AFHANDELING_LABEL: Record<Afhandeling, { nl: string; en: string }> = {
  niet_besproken: { nl: 'Niet besproken', en: 'Not discussed' },
  aangehouden: { nl: 'Aangehouden (naar een volgend PO)', en: 'Held over (to a next PO)' },
};
