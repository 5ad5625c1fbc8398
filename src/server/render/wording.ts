/**
 * The fixed Dutch texts of the renderings, shared by the channel message, the Word documents and
 * the agenda, so a verslag reads the same everywhere it is published.
 */
import { RECORD_KIND_LABEL } from '../../domain/labels';
import type { RecordKind } from '../../domain/model';

/** What a confidential item shows instead of its title. */
export const VERTROUWELIJK = 'Vertrouwelijk';
export const DEELNEMERS_NOTE = 'Vertrouwelijk verslag: alleen voor de deelnemers van dit PO.';
export const VERSLAG_LINK_TEXT = 'Volledig verslag in PO-overleg';
export const AGENDA_LINK_TEXT = 'Agenda en stukken in PO-overleg';
export const GEEN_AGENDAPUNTEN = 'Geen agendapunten.';
export const GEEN_DOEL = 'Geen doel';

/** A person, or what stands in the verslag when nobody is named. */
export const wieOf = (name: string): string => name || 'niet toegewezen';
export const aanwezigenOf = (names: string[]): string => names.join(', ') || 'niet vastgelegd';
/** Afgemeld is shown only when someone did (absent in versions made before attendance existed). */
export const afgemeldOf = (names: string[] | undefined): string | null => (names && names.length > 0 ? names.join(', ') : null);
/** What the verslag says of an item that was not discussed. */
export const AFHANDELING_TEXT = { niet_besproken: 'Niet besproken.', aangehouden: 'Aangehouden: dit agendapunt komt terug op een volgend PO.' } as const;

export const plural = (kind: RecordKind): string => RECORD_KIND_LABEL[kind].plural.nl;
export const overviewTitle = (kind: RecordKind): string => `Overzicht ${plural(kind).toLowerCase()}`;

/** Columns of the overview tables, the same in the channel message and the Word document. */
export const OVERVIEW_COLUMNS = {
  actiepunt: ['Nr.', 'Actiepunt', 'Wie', 'Wanneer', 'Status'],
  toezegging: ['Nr.', 'Toezegging', 'Aan', 'Wie', 'Wanneer', 'Status'],
  motie: ['Nr.', 'Motie', 'Omschrijving', 'Afdoening', 'Wie', 'Wanneer', 'Status'],
};

export const AGENDA_COLUMNS = ['Nr.', 'Agendapunt', 'Doel', 'Opdrachtnemer', 'Minuten', 'Stukken'];
