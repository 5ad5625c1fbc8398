/**
 * A collegebericht / collegevoorstel drafted from a besluitpunt (seed 003, Heemstede: Datum,
 * Aanleiding, Onderwerp, Portefeuillehouder, Advies, Vervolg proces), prefilled from the agendapunt
 * and the besluitpunt. The municipality's template (heading, field labels and order, closing text)
 * is configured in Beheer and kept in the organisation's configuration.
 */
import type { Agendapunt, Besluitpunt, Portefeuillehouder, Po } from './model';

export const COLLEGEBERICHT_FIELDS = ['datum', 'aanleiding', 'onderwerp', 'portefeuillehouder', 'advies', 'vervolgProces'] as const;
export type CollegeberichtField = (typeof COLLEGEBERICHT_FIELDS)[number];

/** Fields written as a paragraph under their label; the others are one labelled line in the head. */
export const LONG_FIELDS: readonly CollegeberichtField[] = ['aanleiding', 'advies', 'vervolgProces'];

export interface CollegeberichtTemplate {
  heading: string;
  /** The fields in the order the document shows them, each with the municipality's label. */
  fields: { key: CollegeberichtField; label: string }[];
  /** Closing text under the fields (may be empty). */
  closing: string;
}

/** Seed 003's layout. */
export const DEFAULT_COLLEGEBERICHT: CollegeberichtTemplate = {
  heading: 'Collegebericht',
  fields: [
    { key: 'datum', label: 'Datum' },
    { key: 'aanleiding', label: 'Aanleiding' },
    { key: 'onderwerp', label: 'Onderwerp' },
    { key: 'portefeuillehouder', label: 'Portefeuillehouder' },
    { key: 'advies', label: 'Advies college' },
    { key: 'vervolgProces', label: 'Vervolg proces' },
  ],
  closing: '',
};

export const MAX_TEMPLATE = { heading: 200, label: 100, closing: 2000 } as const;

/** What is wrong with a template (empty: fine): every field at most once, labels and heading not empty. */
export function templateProblems(t: CollegeberichtTemplate): { code: string; path: string; message: string }[] {
  const problems: { code: string; path: string; message: string }[] = [];
  if (!t.heading.trim()) problems.push({ code: 'heading_empty', path: 'body.heading', message: 'De kop mag niet leeg zijn.' });
  if (t.fields.length === 0) problems.push({ code: 'fields_empty', path: 'body.fields', message: 'Kies ten minste één veld.' });
  const seen = new Set<string>();
  t.fields.forEach((f, i) => {
    if (seen.has(f.key)) problems.push({ code: 'field_twice', path: `body.fields.${i}.key`, message: `Het veld "${f.key}" staat er twee keer in.` });
    seen.add(f.key);
    if (!f.label.trim()) problems.push({ code: 'label_empty', path: `body.fields.${i}.label`, message: 'Een veldnaam mag niet leeg zijn.' });
  });
  return problems;
}

export type CollegeberichtValues = Record<CollegeberichtField, string>;

/**
 * The draft's values: the date the besluitpunt goes to the college (or today), the item's
 * toelichting as aanleiding, its title as onderwerp, the portefeuillehouder, the besluitpunt (and
 * the proposed decision) as advies, and where it stands as vervolg proces.
 */
export function collegeberichtValues(input: {
  po: Pick<Po, 'title' | 'startsAt'>;
  poDate: string;
  item: Pick<Agendapunt, 'title' | 'toelichting' | 'voorgesteldBesluit'>;
  besluitpunt: Pick<Besluitpunt, 'text' | 'collegeDatum'>;
  portefeuillehouder: Pick<Portefeuillehouder, 'name' | 'titel'> | null;
  today: string;
  formatDate: (date: string) => string;
}): CollegeberichtValues {
  const { item, besluitpunt, po } = input;
  const advies = [
    besluitpunt.text,
    item.voorgesteldBesluit && item.voorgesteldBesluit !== besluitpunt.text ? `Voorgesteld besluit: ${item.voorgesteldBesluit}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    datum: input.formatDate(besluitpunt.collegeDatum ?? input.today),
    aanleiding: item.toelichting.trim() || `Besproken in ${po.title} van ${input.formatDate(input.poDate)}.`,
    onderwerp: item.title,
    portefeuillehouder: input.portefeuillehouder ? `${input.portefeuillehouder.titel} ${input.portefeuillehouder.name}` : '',
    advies,
    vervolgProces: besluitpunt.collegeDatum
      ? `Besluitpunt uit ${po.title} van ${input.formatDate(input.poDate)}; ter besluitvorming in het college van ${input.formatDate(besluitpunt.collegeDatum)}.`
      : `Besluitpunt uit ${po.title} van ${input.formatDate(input.poDate)}; nog zonder collegedatum.`,
  };
}
