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

export function decide(verzoek: Agendaverzoek, po: Pick<Po, 'status'>, decision: 'geaccepteerd' | 'afgewezen', reason: string): void {
  if (verzoek.status !== 'ingediend') fail('invalid_state', `Dit agendaverzoek is al ${verzoek.status}.`);
  if (decision === 'afgewezen' && reason.trim() === '') {
    fail('validation', 'Geef een reden als u een agendaverzoek afwijst.', [{ code: 'required', path: 'body.reason', message: 'Vul een reden in.' }]);
  }
  if (decision === 'geaccepteerd' && po.status !== 'concept') {
    fail('invalid_state', 'Heropen de agenda om een agendaverzoek toe te voegen.');
  }
}
