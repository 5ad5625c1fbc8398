/**
 * Agendapunten the meeting never reached: "niet besproken". When the meeting ends the notulist
 * marks each as niet besproken or aangehouden; an aangehouden item is offered for the next PO of
 * the same portefeuillehouder.
 */
import { orderedItems } from './agenda';
import { fail } from '../shared/errors';
import type { Afhandeling, Agendapunt, Po, PoRecord } from './model';
import { AFHANDELINGEN } from './model';

/**
 * The items that were never current and have no records, in agenda order. An item that was current
 * (even for a moment) counts as besproken; so does one with a record. The standing item counts like
 * any other.
 */
export function nietBesproken(po: Pick<Po, 'agendapunten' | 'sections' | 'timings'> & { records: Pick<PoRecord, 'agendapuntId'>[] }): Agendapunt[] {
  const withRecords = new Set(po.records.map((r) => r.agendapuntId));
  const wasCurrent = (id: string): boolean => id in po.timings.spent || po.timings.current?.itemId === id;
  return orderedItems(po.agendapunten, po.sections).filter((i) => !wasCurrent(i.id) && !withRecords.has(i.id));
}

/**
 * The afhandeling of every item when the meeting ends: the notulist's choice for a niet-besproken
 * item (default niet besproken), null for the rest. A choice for an item that was discussed, or
 * that is not on the agenda, is refused naming the item.
 */
export function afhandelingAtEnd(
  po: Pick<Po, 'agendapunten' | 'sections' | 'timings'> & { records: Pick<PoRecord, 'agendapuntId'>[] },
  choices: Record<string, Afhandeling>,
): Map<string, Afhandeling | null> {
  const open = new Set(nietBesproken(po).map((i) => i.id));
  for (const [id, choice] of Object.entries(choices)) {
    if (!AFHANDELINGEN.includes(choice))
      fail('validation', `Onbekende afhandeling "${String(choice)}".`, [
        { code: 'invalid', path: `body.afhandeling.${id}`, message: 'Kies niet besproken of aangehouden.' },
      ]);
    const item = po.agendapunten.find((i) => i.id === id);
    if (!item)
      fail('validation', `Agendapunt ${id} staat niet op deze agenda.`, [{ code: 'unknown', path: `body.afhandeling.${id}`, message: 'Onbekend agendapunt.' }]);
    if (!open.has(id))
      fail('validation', `"${item!.title}" is besproken: alleen een niet besproken agendapunt kan worden aangehouden.`, [
        { code: 'besproken', path: `body.afhandeling.${id}`, message: 'Dit agendapunt is besproken.' },
      ]);
  }
  return new Map(po.agendapunten.map((i) => [i.id, open.has(i.id) ? (choices[i.id] ?? 'niet_besproken') : null]));
}

/** The fields an aangehouden item carries into the next PO (not its bespreking, records or kwaliteitstoets). */
export function carriedOver(
  item: Agendapunt,
): Pick<
  Agendapunt,
  'title' | 'purpose' | 'toelichting' | 'voorgesteldBesluit' | 'opdrachtnemerId' | 'stukken' | 'vertrouwelijk' | 'adviseurIds' | 'plannedMinutes'
> {
  return {
    title: item.title,
    purpose: item.purpose,
    toelichting: item.toelichting,
    voorgesteldBesluit: item.voorgesteldBesluit,
    opdrachtnemerId: item.opdrachtnemerId,
    adviseurIds: item.adviseurIds,
    stukken: item.stukken.map((s) => ({ ...s })),
    vertrouwelijk: item.vertrouwelijk,
    plannedMinutes: item.plannedMinutes,
  };
}
