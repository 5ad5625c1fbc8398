/**
 * The kwaliteitstoets with criteria (seed 000: the opdrachtnemer answers for the quality of the
 * stukken; seeds 000 and 001 name what that quality is). The organisation configures the
 * checklist; the opdrachtnemer ticks each criterion (with an optional note) and confirms; a
 * besluitvorming item without a completed toets blocks vaststellen unless the portefeuillehouder
 * overrules it for that item with a reason.
 */
import { fail, type Problem } from '../shared/errors';
import type { Agendapunt, OrganisationConfig, ToetsAfvinking, ToetsCriterium } from './model';

/** Seeds 000 and 001: what every set of stukken must show before it goes to the PO. */
export const DEFAULT_TOETS_CRITERIA: readonly ToetsCriterium[] = [
  { id: 'integrale-afweging', label: 'Integrale afweging gemaakt' },
  { id: 'ambtelijk-afgestemd', label: 'Ambtelijk afgestemd' },
  { id: 'oplossingsrichtingen', label: 'Oplossingsrichtingen bij knelpunten' },
  { id: 'financiele-gevolgen', label: 'Financiële gevolgen' },
  { id: 'juridische-gevolgen', label: 'Juridische gevolgen' },
  { id: 'communicatie', label: 'Communicatie' },
  { id: 'smart-opdrachten', label: 'Opdrachten SMART geformuleerd' },
];

/** The organisation's checklist: its own, or the seeds' when it never configured one. */
export const criteriaOf = (org: Pick<OrganisationConfig, 'kwaliteitstoetsCriteria'> | null | undefined): ToetsCriterium[] => [
  ...(org?.kwaliteitstoetsCriteria ?? DEFAULT_TOETS_CRITERIA),
];

export type ToetsState = 'voldaan' | 'overruled' | 'open';

export interface ToetsStatus {
  state: ToetsState;
  /** Criteria of the checklist ticked as voldaan. */
  ticked: number;
  total: number;
  /** Criteria not (yet) ticked, in checklist order. */
  missing: ToetsCriterium[];
  /** The opdrachtnemer confirmed the toets (and no stukken changed since). */
  confirmed: boolean;
}

type ToetsItem = Pick<Agendapunt, 'kwaliteitstoets' | 'toetsCriteria' | 'toetsOverruled'>;

/** Where the item's toets stands against the checklist as it is now. */
export function toetsStatus(item: ToetsItem, criteria: readonly ToetsCriterium[]): ToetsStatus {
  const ticked = new Set(item.toetsCriteria.filter((c) => c.voldaan).map((c) => c.criteriumId));
  const missing = criteria.filter((c) => !ticked.has(c.id));
  const confirmed = item.kwaliteitstoets !== null;
  const complete = confirmed && missing.length === 0;
  return {
    state: complete ? 'voldaan' : item.toetsOverruled ? 'overruled' : 'open',
    ticked: criteria.length - missing.length,
    total: criteria.length,
    missing,
    confirmed,
  };
}

/**
 * The toets problem of one besluitvorming item that blocks vaststellen (null when the toets is
 * done or overruled): names the item and what is missing.
 */
export function toetsProblem(item: Agendapunt, criteria: readonly ToetsCriterium[], name: string): Problem | null {
  if (item.purpose !== 'besluitvorming') return null;
  const status = toetsStatus(item, criteria);
  if (status.state !== 'open') return null;
  const parts: string[] = [];
  if (item.stukken.length === 0) parts.push('er zijn nog geen stukken');
  if (status.missing.length > 0) parts.push(`nog niet afgevinkt: ${status.missing.map((c) => c.label).join(', ')}`);
  if (!status.confirmed) parts.push('de opdrachtnemer heeft de toets nog niet bevestigd');
  return {
    code: 'kwaliteitstoets_open',
    path: `agendapunt:${item.id}`,
    message: `${name} is voor besluitvorming maar de kwaliteitstoets is niet voltooid (${status.ticked}/${status.total}): ${parts.join('; ')}. De portefeuillehouder kan de toets voor dit agendapunt overrulen met een reden.`,
  };
}

/**
 * The item's ticks after the opdrachtnemer sets one criterion. Refused for a criterion not on
 * the checklist. A tick taken away withdraws the confirmation.
 */
export function tickCriterion(
  item: ToetsItem,
  criteria: readonly ToetsCriterium[],
  criteriumId: string,
  voldaan: boolean,
  notitie: string,
): Pick<Agendapunt, 'toetsCriteria' | 'kwaliteitstoets'> {
  if (!criteria.some((c) => c.id === criteriumId)) {
    fail('validation', `Onbekend criterium "${criteriumId}".`, [
      { code: 'unknown_criterium', path: 'params.criteriumId', message: `Kies een van: ${criteria.map((c) => c.label).join(', ')}.` },
    ]);
  }
  const rest = item.toetsCriteria.filter((c) => c.criteriumId !== criteriumId);
  const next: ToetsAfvinking = { criteriumId, voldaan, notitie: notitie.trim() };
  const order = new Map(criteria.map((c, i) => [c.id, i]));
  const toetsCriteria = [...rest, next].sort((a, b) => (order.get(a.criteriumId) ?? 1e9) - (order.get(b.criteriumId) ?? 1e9));
  return { toetsCriteria, kwaliteitstoets: voldaan ? item.kwaliteitstoets : null };
}

/** Confirming the toets: only with stukken and with every criterion of the checklist ticked. */
export function assertConfirmable(item: Pick<Agendapunt, 'stukken'> & ToetsItem, criteria: readonly ToetsCriterium[]): void {
  if (item.stukken.length === 0) fail('validation', 'Dit agendapunt heeft nog geen stukken om te toetsen.');
  const { missing } = toetsStatus({ ...item, kwaliteitstoets: { confirmedBy: '', confirmedAt: '' } }, criteria);
  if (missing.length > 0) {
    fail(
      'validation',
      `Vink eerst alle criteria van de kwaliteitstoets af; nog open: ${missing.map((c) => c.label).join(', ')}.`,
      missing.map((c) => ({ code: 'criterium_open', path: `criterium:${c.id}`, message: `${c.label} is nog niet afgevinkt.` })),
    );
  }
}

/** The portefeuillehouder overrules an open toets of a besluitvorming item; a reason is required. */
export function overrule(
  item: Agendapunt,
  criteria: readonly ToetsCriterium[],
  by: { id: string; name: string },
  reden: string,
  at: string,
): NonNullable<Agendapunt['toetsOverruled']> {
  if (item.purpose !== 'besluitvorming')
    fail('invalid_state', 'Alleen de kwaliteitstoets van een agendapunt voor besluitvorming houdt vaststellen tegen; er is niets te overrulen.');
  if (toetsStatus(item, criteria).state === 'voldaan') fail('invalid_state', 'De kwaliteitstoets van dit agendapunt is voltooid; er is niets te overrulen.');
  const text = reden.trim();
  if (text === '')
    fail('validation', 'Geef een reden om de kwaliteitstoets te overrulen.', [{ code: 'reden_missing', path: 'body.reden', message: 'Geef een reden.' }]);
  return { by: by.id, byName: by.name, reden: text, at };
}

/** One line for the verslag: "voldaan (7/7)", "overruled door …: reden", or "niet voltooid (3/7)". */
export function toetsLine(item: ToetsItem, criteria: readonly ToetsCriterium[]): { nl: string; en: string } {
  const s = toetsStatus(item, criteria);
  if (s.state === 'voldaan') return { nl: `Kwaliteitstoets: voldaan (${s.ticked}/${s.total})`, en: `Quality check: passed (${s.ticked}/${s.total})` };
  if (s.state === 'overruled' && item.toetsOverruled) {
    const o = item.toetsOverruled;
    return {
      nl: `Kwaliteitstoets: overruled door ${o.byName}${o.reden ? `: ${o.reden}` : ''} (${s.ticked}/${s.total})`,
      en: `Quality check: overruled by ${o.byName}${o.reden ? `: ${o.reden}` : ''} (${s.ticked}/${s.total})`,
    };
  }
  return { nl: `Kwaliteitstoets: niet voltooid (${s.ticked}/${s.total})`, en: `Quality check: not completed (${s.ticked}/${s.total})` };
}

/** Rules of a checklist the beheerder saves: ids unique, labels unique, at least one. */
export function checklistProblems(criteria: readonly ToetsCriterium[]): Problem[] {
  const problems: Problem[] = [];
  criteria.forEach((c, i) => {
    if (criteria.findIndex((o) => o.id === c.id) !== i)
      problems.push({ code: 'invalid', path: `body.kwaliteitstoetsCriteria.${i}.id`, message: `De code "${c.id}" staat er al.` });
    else if (criteria.findIndex((o) => o.label.toLowerCase() === c.label.toLowerCase()) !== i)
      problems.push({ code: 'invalid', path: `body.kwaliteitstoetsCriteria.${i}.label`, message: `Het criterium "${c.label}" staat er al.` });
  });
  return problems;
}
