/** Agendaverzoeken: an opdrachtnemer or independent adviser asks for an item on a PO. */
import { fail } from '../shared/errors';
import type { Po, Purpose } from './model';

export const VERZOEK_STATUSES = ['ingediend', 'geaccepteerd', 'afgewezen'] as const;
export type VerzoekStatus = (typeof VERZOEK_STATUSES)[number];

export interface Agendaverzoek {
  id: string;
  poId: string;
  proposedBy: string;
  title: string;
  purpose: Purpose | null;
  toelichting: string;
  /** For besluitvorming: the decision the proposer asks for. */
  voorgesteldBesluit: string;
  /** Links to the stukken; they become the item's stukken when it is accepted. */
  stukken: { title: string; url: string }[];
  opdrachtnemerId: string | null;
  vertrouwelijk: boolean;
  status: VerzoekStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string;
  /** The agendapunt made from an accepted request. */
  agendapuntId: string | null;
  createdAt: string;
}

export function assertCanPropose(po: Pick<Po, 'status'>): void {
  if (po.status !== 'concept' && po.status !== 'vastgesteld') {
    fail('invalid_state', 'Voor dit PO kunnen geen agendaverzoeken meer worden ingediend.');
  }
}

/** What a proposal must hold: the purpose with its explanation, and for besluitvorming the voorgesteld besluit. */
export function assertCompleteProposal(v: Pick<Agendaverzoek, 'purpose' | 'voorgesteldBesluit'>): void {
  if (!v.purpose)
    fail('validation', 'Kies het doel van bespreking: beeldvorming, oordeelsvorming of besluitvorming.', [
      { code: 'required', path: 'body.purpose', message: 'Kies het doel van bespreking.' },
    ]);
  if (v.purpose === 'besluitvorming' && v.voorgesteldBesluit.trim() === '')
    fail('validation', 'Een punt voor besluitvorming heeft een voorgesteld besluit.', [
      { code: 'required', path: 'body.voorgesteldBesluit', message: 'Vul het voorgestelde besluit in.' },
    ]);
}

/** The agenda is vastgesteld: the refusal names the two ways on (heropenen, or another PO). */
export const VASTGESTELD_REFUSAL =
  'De agenda van dit PO is al vastgesteld; er komt geen punt meer bij. Heropen de agenda om het toe te voegen, of zet het verzoek op een volgend PO van deze portefeuillehouder.';

export function decide(verzoek: Agendaverzoek, po: Pick<Po, 'status'>, decision: 'geaccepteerd' | 'afgewezen', reason: string): void {
  if (verzoek.status !== 'ingediend') fail('invalid_state', `Dit agendaverzoek is al ${verzoek.status}.`);
  if (decision === 'afgewezen' && reason.trim() === '') {
    fail('validation', 'Geef een reden als u een agendaverzoek afwijst.', [{ code: 'required', path: 'body.reason', message: 'Vul een reden in.' }]);
  }
  if (decision === 'geaccepteerd' && po.status === 'vastgesteld') fail('invalid_state', VASTGESTELD_REFUSAL);
  if (decision === 'geaccepteerd' && po.status !== 'concept') {
    fail('invalid_state', 'Dit PO is al begonnen of voorbij; zet het verzoek op een volgend PO van deze portefeuillehouder.');
  }
}
