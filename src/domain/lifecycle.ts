/**
 * The PO lifecycle: concept -> vastgesteld -> gestart -> afgesloten -> gepubliceerd.
 * After publication a correction can be opened; publishing it makes a new verslag version.
 */
import { fail } from '../shared/errors';
import { checkAgenda } from './agenda';
import { DEFAULT_TOETS_CRITERIA } from './kwaliteitstoets';
import type { OrganisationConfig, Po, PoStatus, ToetsCriterium } from './model';
import { STATUS_LABEL } from './labels';

const stateError = (po: Pick<Po, 'status'>, action: string): never =>
  fail('invalid_state', `${action} kan niet: het PO is "${STATUS_LABEL[po.status].nl.toLowerCase()}".`);

/** The agenda may be edited while it is a concept. */
export function assertAgendaEditable(po: Pick<Po, 'status'>): void {
  if (po.status === 'vastgesteld') {
    fail('invalid_state', 'De agenda is vastgesteld; heropen de agenda om haar te wijzigen.');
  }
  if (po.status !== 'concept') stateError(po, 'De agenda wijzigen');
}

/**
 * Vaststellen: refused with every problem when the agenda is not complete (against the
 * organisation's kwaliteitstoets checklist). Who must agree first: vaststelling.ts.
 */
export function vaststellen(
  po: Pick<Po, 'status' | 'agendapunten'> & Partial<Pick<Po, 'sections'>>,
  criteria: readonly ToetsCriterium[] = DEFAULT_TOETS_CRITERIA,
): PoStatus {
  if (po.status !== 'concept') stateError(po, 'Vaststellen');
  const { problems } = checkAgenda(po, criteria);
  if (problems.length > 0) {
    fail('agenda_not_ready', `De agenda kan niet worden vastgesteld: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}.`, problems);
  }
  return 'vastgesteld';
}

/** Cancelling a PO before its meeting, with a reason; it is kept for the record and never starts. */
export function assertCancellable(po: Pick<Po, 'status' | 'geannuleerd'>, reason: string): void {
  if (po.geannuleerd) fail('invalid_state', 'Dit PO is al geannuleerd.');
  if (po.status !== 'concept' && po.status !== 'vastgesteld') fail('invalid_state', 'Alleen een PO dat nog niet begonnen is, kan worden geannuleerd.');
  if (reason.trim() === '') fail('validation', 'Geef een reden voor het annuleren.', [{ code: 'required', path: 'body.reason', message: 'Vul een reden in.' }]);
}

export function heropenen(po: Pick<Po, 'status'>): PoStatus {
  if (po.status !== 'vastgesteld') stateError(po, 'Heropenen');
  return 'concept';
}

export function startMeeting(po: Pick<Po, 'status' | 'geannuleerd'>): PoStatus {
  if (po.geannuleerd) fail('invalid_state', 'Dit PO is geannuleerd en kan niet starten.');
  if (po.status !== 'vastgesteld') {
    if (po.status === 'concept') fail('invalid_state', 'Stel eerst de agenda vast voordat de vergadering start.');
    stateError(po, 'Starten');
  }
  return 'gestart';
}

export function endMeeting(po: Pick<Po, 'status'>): PoStatus {
  if (po.status !== 'gestart') stateError(po, 'Beëindigen');
  return 'afgesloten';
}

/**
 * Heropenen of the meeting: afgesloten -> gestart, e.g. when it was ended too soon. Once the
 * verslag is published it stays closed: a correction is the way to change it.
 */
export function reopenMeeting(po: Pick<Po, 'status'>): PoStatus {
  if (po.status === 'gepubliceerd')
    fail('published_immutable', 'Het verslag is al gepubliceerd; de vergadering kan niet meer worden heropend. Start een correctie.');
  if (po.status !== 'afgesloten') stateError(po, 'De vergadering heropenen');
  return 'gestart';
}

/** Attendance is recorded during the meeting and after it, until the verslag is published. */
export function assertAttendanceEditable(po: Pick<Po, 'status'>): void {
  if (po.status === 'gestart' || po.status === 'afgesloten') return;
  if (po.status === 'gepubliceerd') fail('published_immutable', 'Het verslag is al gepubliceerd; de aanwezigheid kan niet meer worden gewijzigd.');
  fail('invalid_state', 'De aanwezigheid kan worden vastgelegd zodra de vergadering is gestart.');
}

/**
 * Records (and the bespreking) may be written during the meeting, after it while the notulist
 * completes the verslag, and after publication only within an opened correction.
 */
export function assertRecordable(po: Pick<Po, 'status' | 'correctionOpen'>): void {
  if (po.status === 'gestart' || po.status === 'afgesloten') return;
  if (po.status === 'gepubliceerd') {
    if (po.correctionOpen) return;
    fail('published_immutable');
  }
  fail('invalid_state', 'Vastleggen kan pas als de vergadering is gestart.');
}

/** The current agendapunt can be moved only during the meeting. */
export function assertInMeeting(po: Pick<Po, 'status'>): void {
  if (po.status !== 'gestart') fail('invalid_state', 'Dit kan alleen tijdens de vergadering.');
}

export function assertApprovable(po: Pick<Po, 'status' | 'correctionOpen'>): void {
  if (po.status === 'afgesloten' || (po.status === 'gepubliceerd' && po.correctionOpen)) return;
  fail('invalid_state', 'Het verslag kan worden goedgekeurd nadat de vergadering is afgesloten.');
}

/** Publication (first or corrected): the version number it will get. */
export function nextPublication(po: Po, org: Pick<OrganisationConfig, 'verslagApprovalRequired'>): number {
  const ready = po.status === 'afgesloten' || (po.status === 'gepubliceerd' && po.correctionOpen);
  if (!ready) {
    if (po.status === 'gepubliceerd') fail('published_immutable', 'Het verslag is al gepubliceerd; start een correctie om een nieuwe versie te publiceren.');
    stateError(po, 'Publiceren');
  }
  if (org.verslagApprovalRequired && !po.approval) {
    fail('invalid_state', 'De portefeuillehouder moet het verslag eerst goedkeuren.');
  }
  return po.publishedVersion + 1;
}

export function startCorrection(po: Pick<Po, 'status' | 'correctionOpen'>): void {
  if (po.status !== 'gepubliceerd') stateError(po, 'Een correctie starten');
  if (po.correctionOpen) fail('invalid_state', 'Er loopt al een correctie.');
}
