/** Display labels of domain values, Dutch first, English second. */
import type { FollowUpStatus, PoStatus, Purpose, RecordKind, Role } from './model';

type Label = { nl: string; en: string };

export const PURPOSE_LABEL: Record<Purpose, Label> = {
  beeldvorming: { nl: 'Beeldvorming', en: 'Forming a picture' },
  oordeelsvorming: { nl: 'Oordeelsvorming', en: 'Forming a judgement' },
  besluitvorming: { nl: 'Besluitvorming', en: 'Decision-making' },
};

export const STATUS_LABEL: Record<PoStatus, Label> = {
  concept: { nl: 'Concept', en: 'Draft' },
  vastgesteld: { nl: 'Agenda vastgesteld', en: 'Agenda finalised' },
  gestart: { nl: 'Vergadering bezig', en: 'Meeting in progress' },
  afgesloten: { nl: 'Afgesloten', en: 'Closed' },
  gepubliceerd: { nl: 'Verslag gepubliceerd', en: 'Minutes published' },
};

export const RECORD_KIND_LABEL: Record<RecordKind, Label & { plural: Label }> = {
  besluitpunt: { nl: 'Besluitpunt', en: 'Decision', plural: { nl: 'Besluitpunten', en: 'Decisions' } },
  actiepunt: { nl: 'Actiepunt', en: 'Action item', plural: { nl: 'Actiepunten', en: 'Action items' } },
  toezegging: { nl: 'Toezegging', en: 'Commitment', plural: { nl: 'Toezeggingen', en: 'Commitments' } },
  motie: { nl: 'Motie', en: 'Motion', plural: { nl: 'Moties', en: 'Motions' } },
};

export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, Label> = {
  open: { nl: 'Open', en: 'Open' },
  in_uitvoering: { nl: 'In uitvoering', en: 'In progress' },
  afgerond: { nl: 'Afgerond', en: 'Done' },
  vervallen: { nl: 'Vervallen', en: 'Cancelled' },
};

export const ROLE_LABEL: Record<Role, Label> = {
  portefeuillehouder: { nl: 'Portefeuillehouder', en: 'Portfolio holder' },
  concernadviseur: { nl: 'Concernadviseur', en: 'Corporate adviser' },
  notulist: { nl: 'Notulist', en: 'Minute taker' },
  opdrachtnemer: { nl: 'Ambtelijk opdrachtnemer', en: 'Commissioned officer' },
  adviseur: { nl: 'Adviseur', en: 'Adviser' },
  gemeentesecretaris: { nl: 'Gemeentesecretaris', en: 'Municipal secretary' },
  medewerker: { nl: 'Medewerker', en: 'Employee' },
  beheerder: { nl: 'Beheerder', en: 'Administrator' },
};
