/** Agenda rules: what makes an agenda ready to be vastgesteld, and how items are ordered. */
import type { Problem } from '../shared/errors';
import { fail } from '../shared/errors';
import type { Agendapunt, Po, ToetsCriterium } from './model';
import { PURPOSE_LABEL } from './labels';
import { DEFAULT_TOETS_CRITERIA, toetsProblem, toetsStatus } from './kwaliteitstoets';

export interface AgendaCheck {
  /** Problems that block vaststellen, one or more per item. */
  problems: Problem[];
  /**
   * Items whose stukken still wait for the opdrachtnemer's kwaliteitstoets: a warning, not a block
   * (beeldvorming and oordeelsvorming; an open toets of a besluitvorming item is a problem), each
   * with the criteria not yet ticked.
   */
  waitingForKwaliteitstoets: { agendapuntId: string; title: string; missing?: string[] }[];
}

const ref = (item: Agendapunt): string => `agendapunt:${item.id}`;

/**
 * Every problem that stands in the way of vaststellen, each naming its item: a missing purpose,
 * voorgesteld besluit or opdrachtnemer, and for besluitvorming an open kwaliteitstoets against the
 * organisation's checklist (`criteria`) that the portefeuillehouder did not overrule.
 */
/**
 * Whether a problem keeps the agenda out of the invite: a complete, labelled agenda may be sent
 * before the stukken passed their kwaliteitstoets (that toets blocks vaststellen, not the invite).
 */
export const blocksInvite = (p: { code: string }): boolean => p.code !== 'kwaliteitstoets_open';

export function checkAgenda(
  po: Pick<Po, 'agendapunten'> & Partial<Pick<Po, 'sections'>>,
  criteria: readonly ToetsCriterium[] = DEFAULT_TOETS_CRITERIA,
): AgendaCheck {
  const problems: Problem[] = [];
  if (po.agendapunten.length === 0) {
    problems.push({ code: 'agenda_empty', path: 'agendapunten', message: 'De agenda heeft nog geen agendapunten.' });
  }
  for (const item of orderedItems(po.agendapunten, po.sections)) {
    const name = `Agendapunt "${item.title}"`;
    if (!item.purpose) {
      problems.push({
        code: 'purpose_missing',
        path: ref(item),
        message: `${name} heeft geen doel van bespreking: kies beeldvorming, oordeelsvorming of besluitvorming.`,
      });
    }
    if (item.purpose === 'besluitvorming' && item.voorgesteldBesluit.trim() === '') {
      problems.push({
        code: 'voorgesteld_besluit_missing',
        path: ref(item),
        message: `${name} is voor ${PURPOSE_LABEL.besluitvorming.nl.toLowerCase()} maar heeft geen voorgesteld besluit.`,
      });
    }
    if (!item.opdrachtnemerId) {
      problems.push({
        code: 'opdrachtnemer_missing',
        path: ref(item),
        message: `${name} heeft geen ambtelijk opdrachtnemer.`,
      });
    }
    const toets = toetsProblem(item, criteria, name);
    if (toets) problems.push(toets);
  }
  const waitingForKwaliteitstoets = orderedItems(po.agendapunten, po.sections)
    .filter((item) => item.purpose !== 'besluitvorming' && item.stukken.length > 0 && toetsStatus(item, criteria).state === 'open')
    .map((item) => ({ agendapuntId: item.id, title: item.title, missing: toetsStatus(item, criteria).missing.map((c) => c.label) }));
  return { problems, waitingForKwaliteitstoets };
}

/** Items in agenda order: by section order, then position. */
export function orderedItems(items: Agendapunt[], sections?: string[]): Agendapunt[] {
  const sectionIndex = (s: string): number => {
    const i = sections ? sections.indexOf(s) : -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...items].sort((a, b) => sectionIndex(a.section) - sectionIndex(b.section) || a.position - b.position || a.id.localeCompare(b.id));
}

/** Agenda numbers ("1", "2", ...) in agenda order across sections. */
export function numberItems(po: Pick<Po, 'agendapunten' | 'sections'>): Map<string, string> {
  const numbers = new Map<string, string>();
  orderedItems(po.agendapunten, po.sections).forEach((item, i) => numbers.set(item.id, String(i + 1)));
  return numbers;
}

/**
 * A reorder: the complete new order of all item ids, with their sections. Refused unless it names
 * every item of the PO exactly once and only known sections.
 */
export function planReorder(
  po: Pick<Po, 'agendapunten' | 'sections'>,
  order: { id: string; section: string }[],
): { id: string; section: string; position: number }[] {
  const known = new Set(po.agendapunten.map((i) => i.id));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  order.forEach((entry, i) => {
    if (!known.has(entry.id)) problems.push({ code: 'unknown_item', path: `order.${i}.id`, message: `Onbekend agendapunt ${entry.id}.` });
    if (seen.has(entry.id)) problems.push({ code: 'duplicate_item', path: `order.${i}.id`, message: `Agendapunt ${entry.id} staat dubbel in de volgorde.` });
    if (!po.sections.includes(entry.section))
      problems.push({ code: 'unknown_section', path: `order.${i}.section`, message: `Onbekende sectie "${entry.section}".` });
    seen.add(entry.id);
  });
  for (const id of known) {
    if (!seen.has(id)) problems.push({ code: 'item_missing', path: 'order', message: `Agendapunt ${id} ontbreekt in de nieuwe volgorde.` });
  }
  if (problems.length > 0) fail('validation', 'De nieuwe volgorde is ongeldig.', problems);
  const positions = new Map<string, number>();
  return order.map((entry) => {
    const position = positions.get(entry.section) ?? 0;
    positions.set(entry.section, position + 1);
    return { id: entry.id, section: entry.section, position };
  });
}

/** A new agendapunt with the defaults every item starts from, at the end of its section. */
export function newAgendapunt(
  po: Pick<Po, 'agendapunten'>,
  fields: Pick<Agendapunt, 'id' | 'section' | 'title'> & Partial<Omit<Agendapunt, 'id' | 'section' | 'title' | 'position'>>,
): Agendapunt {
  const last = Math.max(-1, ...po.agendapunten.filter((i) => i.section === fields.section).map((i) => i.position));
  return {
    purpose: null,
    toelichting: '',
    voorgesteldBesluit: '',
    opdrachtnemerId: null,
    adviseurIds: [],
    stukken: [],
    kwaliteitstoets: null,
    toetsCriteria: [],
    toetsOverruled: null,
    vertrouwelijk: false,
    plannedMinutes: null,
    beoogdeCollegedatum: null,
    bespreking: '',
    standing: false,
    ...fields,
    position: last + 1,
  };
}
