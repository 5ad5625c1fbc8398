/** Schemas shared by the route folders. */
import { z } from 'zod';
import { isValidDate, PURPOSES } from '../../domain';
import { LIMITS } from '../../shared/limits';

// Validation messages in Dutch, the language of the UI.
z.config(z.locales.nl());

export const uuid = z.string().uuid('moet een geldig id (UUID) zijn');
export const userId = z.string().min(1).max(100);
export const title = z.string().trim().min(1, 'mag niet leeg zijn').max(LIMITS.titleChars, `ten hoogste ${LIMITS.titleChars} tekens`);
export const text = z.string().max(LIMITS.textChars, `ten hoogste ${LIMITS.textChars} tekens`);
export const shortText = z.string().max(LIMITS.shortTextChars, `ten hoogste ${LIMITS.shortTextChars} tekens`);
export const calendarDate = z.string().refine(isValidDate, 'moet een datum zijn als JJJJ-MM-DD');
export const timestamp = z.string().datetime({ offset: true, message: 'moet een tijdstip zijn (ISO 8601)' }).transform((v) => new Date(v).toISOString());
export const purpose = z.enum(PURPOSES, { message: 'moet beeldvorming, oordeelsvorming of besluitvorming zijn' });
export const httpUrl = z.string().max(LIMITS.urlChars).url('moet een URL zijn').refine((u) => /^https?:\/\//i.test(u), 'moet met http:// of https:// beginnen');
export const poParams = z.object({ poId: uuid });
export const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
