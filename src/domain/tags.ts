/**
 * Tags per agendapunt (seed 002, Velsen): the portefeuille and the raadsthema it belongs to, chosen
 * from the portfolio distribution of the PO's portefeuillehouder, and the categorie of "de raad in
 * positie brengen" (I: politieke koersbepaling, II: uitvoering, III: periodiek/routine), per
 * onderwerp; the agenda's sections stay configurable on their own.
 */
import type { Portefeuillehouder } from './model';

export const CATEGORIES = ['I', 'II', 'III'] as const;
export type Categorie = (typeof CATEGORIES)[number];

export const CATEGORIE_LABEL: Record<Categorie, { nl: string; en: string }> = {
  I: { nl: 'Categorie I – politieke koersbepaling', en: 'Category I – political direction' },
  II: { nl: 'Categorie II – uitvoering', en: 'Category II – implementation' },
  III: { nl: 'Categorie III – periodiek/routine', en: 'Category III – periodic/routine' },
};

export interface ItemTags {
  portefeuille?: string | null;
  raadsthema?: string | null;
  categorie?: Categorie | null;
}

/** The onderwerpen of a portefeuillehouder's portefeuilles, in order. */
export const portefeuillesOf = (ph: Pick<Portefeuillehouder, 'portefeuilles'> | undefined): string[] => ph?.portefeuilles.flatMap((p) => p.onderwerpen) ?? [];

/** Tags that are not in this portefeuillehouder's distribution, each with a Dutch reason naming the field. */
export function tagProblems(
  tags: ItemTags,
  ph: Pick<Portefeuillehouder, 'name' | 'portefeuilles' | 'raadsthemas'> | undefined,
): { code: string; path: string; message: string }[] {
  const problems: { code: string; path: string; message: string }[] = [];
  if (tags.portefeuille && !portefeuillesOf(ph).includes(tags.portefeuille))
    problems.push({
      code: 'portefeuille_unknown',
      path: 'body.portefeuille',
      message: `"${tags.portefeuille}" is geen portefeuille van ${ph?.name ?? 'deze portefeuillehouder'}.`,
    });
  if (tags.raadsthema && !(ph?.raadsthemas ?? []).includes(tags.raadsthema))
    problems.push({
      code: 'raadsthema_unknown',
      path: 'body.raadsthema',
      message: `"${tags.raadsthema}" is geen raadsthema van ${ph?.name ?? 'deze portefeuillehouder'}.`,
    });
  return problems;
}
