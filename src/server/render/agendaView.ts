/**
 * What an agenda shows, worked out once for both agenda renderers (invite HTML and Word): items in
 * agenda order, numbered, grouped per section, with names resolved. A confidential item keeps only
 * its number and planned time: an invite goes to people who may not see it.
 */
import { numberItems, orderedItems } from '../../domain/agenda';
import { PURPOSE_LABEL } from '../../domain/labels';
import type { Agendapunt, OrganisationConfig, Po } from '../../domain/model';
import { dutchDateTime } from './dutchDate';
import { poLinks, safeHref, type PoLinks } from './escape';
import { GEEN_DOEL } from './wording';

export interface AgendaRenderInput {
  po: Pick<Po, 'id' | 'title' | 'startsAt' | 'portefeuillehouderId' | 'sections' | 'agendapunten'>;
  org: Pick<OrganisationConfig, 'name' | 'portefeuillehouders'>;
  /** The display name of a user id, when known. */
  userName: (userId: string) => string | undefined;
  /** Base URL of the app; the agenda links to the PO there when given. */
  appUrl?: string;
  /** The Teams app's id: the link then opens the PO in Teams (see `poLinks`). */
  teamsAppId?: string | null;
}

export interface AgendaStukView {
  title: string;
  /** The stuk's URL when it is an http(s) URL; other URLs are never shown or linked. */
  href: string | null;
  delivered: boolean;
}

export type AgendaItemView =
  | { nummer: string; vertrouwelijk: true; plannedMinutes: number | null }
  | {
      nummer: string;
      vertrouwelijk: false;
      titel: string;
      doelLabel: string;
      opdrachtnemer: string;
      adviseurs: string[];
      plannedMinutes: number | null;
      stukken: AgendaStukView[];
    };

export interface AgendaView {
  organisatie: string;
  titel: string;
  portefeuillehouder: string;
  /** "maandag 7 december 2026 om 09:00". */
  datumTijd: string;
  sections: { naam: string; items: AgendaItemView[] }[];
  totalMinutes: number;
  /** Where the PO opens (Teams and browser); null without an app URL. */
  links: PoLinks | null;
}

function itemView(item: Agendapunt, nummer: string, userName: (id: string) => string): AgendaItemView {
  if (item.vertrouwelijk) return { nummer, vertrouwelijk: true, plannedMinutes: item.plannedMinutes };
  return {
    nummer,
    vertrouwelijk: false,
    titel: item.title,
    doelLabel: item.purpose ? PURPOSE_LABEL[item.purpose].nl : GEEN_DOEL,
    opdrachtnemer: item.opdrachtnemerId ? userName(item.opdrachtnemerId) : '',
    adviseurs: item.adviseurIds.map(userName),
    plannedMinutes: item.plannedMinutes,
    stukken: item.stukken.map((s) => ({ title: s.title, href: safeHref(s.url), delivered: s.deliveredAt !== null })),
  };
}

export function agendaView(input: AgendaRenderInput): AgendaView {
  const { po, org } = input;
  const userName = (id: string): string => input.userName(id) ?? 'onbekend';
  const numbers = numberItems(po);
  const ordered = orderedItems(po.agendapunten, po.sections);
  // Every section of the layout, also an empty one; then any section an item names that the PO does not list.
  const names = [...po.sections, ...ordered.map((i) => i.section).filter((s) => !po.sections.includes(s))];
  const sections = [...new Set(names)].map((naam) => ({
    naam,
    items: ordered.filter((i) => i.section === naam).map((i) => itemView(i, numbers.get(i.id) ?? '?', userName)),
  }));
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
  return {
    organisatie: org.name,
    titel: po.title,
    portefeuillehouder: ph ? `${ph.titel} ${ph.name}` : '',
    datumTijd: dutchDateTime(po.startsAt),
    sections,
    totalMinutes: po.agendapunten.reduce((sum, i) => sum + (i.plannedMinutes ?? 0), 0),
    links: input.appUrl ? poLinks({ appUrl: input.appUrl, teamsAppId: input.teamsAppId ?? null }, po.id) : null,
  };
}
