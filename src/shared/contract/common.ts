/** Schemas shared by the resources of the contract. */
import { z } from 'zod';
import { isValidDate, PURPOSES } from '../../domain';
import { LIMITS } from '../limits';

// Validation messages in Dutch, the language of the UI.
z.config(z.locales.nl());

export const uuid = z.string().uuid('moet een geldig id (UUID) zijn');
export const userId = z.string().min(1).max(100);
export const title = z.string().trim().min(1, 'mag niet leeg zijn').max(LIMITS.titleChars, `ten hoogste ${LIMITS.titleChars} tekens`);
export const text = z.string().max(LIMITS.textChars, `ten hoogste ${LIMITS.textChars} tekens`);
export const shortText = z.string().max(LIMITS.shortTextChars, `ten hoogste ${LIMITS.shortTextChars} tekens`);
/** Dates and times the app works with; outside them Postgres, JavaScript and the UI disagree. */
export const YEARS = { min: 1900, max: 2100 } as const;
const inYears = (isoText: string): boolean => {
  const year = Number(isoText.slice(0, 4));
  return year >= YEARS.min && year <= YEARS.max;
};
const yearMessage = `moet in de jaren ${YEARS.min} tot en met ${YEARS.max} liggen`;
export const calendarDate = z
  .string()
  .refine(isValidDate, { message: 'moet een datum zijn als JJJJ-MM-DD', abort: true })
  .refine(inYears, yearMessage)
  .meta({ format: 'date' });
/** An instant with its offset, stored as UTC; the year as written must be in `YEARS`. */
export const timestamp = z
  .string()
  .datetime({ offset: true, message: 'moet een tijdstip zijn (ISO 8601)', abort: true })
  .refine(inYears, yearMessage)
  .transform((v) => new Date(v).toISOString());
export const purpose = z.enum(PURPOSES, { message: 'moet beeldvorming, oordeelsvorming of besluitvorming zijn' });
export const httpUrl = z
  .string()
  .max(LIMITS.urlChars)
  .url('moet een URL zijn')
  .refine((u) => /^https?:\/\//i.test(u), 'moet met http:// of https:// beginnen');
export const poParams = z.object({ poId: uuid });
export const itemParams = z.object({ poId: uuid, itemId: uuid });
export const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Query parameters of every paged list: `cursor` from the previous page's `nextCursor`, and `limit`. */
export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1, 'ten minste 1').max(200, 'ten hoogste 200').optional(),
};
