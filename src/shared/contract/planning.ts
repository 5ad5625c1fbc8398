/** The langetermijnplanning: agendapunten per month with their intended college and raad dates, filterable, exportable. */
import { z } from 'zod';
import { CATEGORIES, type Categorie } from '../../domain/tags';
import { calendarDate, pageQuery, shortText } from './common';

export const planningFilter = {
  portefeuillehouderId: z.string().max(100).optional(),
  categorie: z.enum(CATEGORIES, { message: 'moet I, II of III zijn' }).optional(),
  raadsthema: shortText.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
};
export const planningQuery = z.object({ ...planningFilter, ...pageQuery });
export const planningExportQuery = z.object(planningFilter);

export interface PlanningItem {
  agendapuntId: string;
  title: string;
  poId: string;
  poTitle: string;
  poStartsAt: string;
  portefeuillehouderId: string;
  portefeuillehouder: string;
  portefeuille: string | null;
  raadsthema: string | null;
  categorie: Categorie | null;
  beoogdeCollegedatum: string | null;
  beoogdeRaadsdatum: string | null;
  vertrouwelijk: boolean;
  /** `YYYY-MM` of the first intended date. */
  maand: string;
}
export interface PlanningView {
  items: PlanningItem[];
  nextCursor: string | null;
}

const day = z.string().meta({ format: 'date' });
export const planningResponse = z.object({
  items: z.array(
    z.object({
      agendapuntId: z.string(),
      title: z.string(),
      poId: z.string(),
      poTitle: z.string(),
      poStartsAt: z.string().meta({ format: 'date-time' }),
      portefeuillehouderId: z.string(),
      portefeuillehouder: z.string(),
      portefeuille: z.string().nullable(),
      raadsthema: z.string().nullable(),
      categorie: z.enum(CATEGORIES).nullable(),
      beoogdeCollegedatum: day.nullable(),
      beoogdeRaadsdatum: day.nullable(),
      vertrouwelijk: z.boolean(),
      maand: z.string(),
    }) satisfies z.ZodType<PlanningItem>,
  ),
  nextCursor: z.string().nullable(),
}) satisfies z.ZodType<PlanningView>;
