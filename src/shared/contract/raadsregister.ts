/** The raad's register of moties and toezeggingen (issue 15), and the reminder settings in Beheer. */
import { z } from 'zod';
import { FOLLOW_UP_STATUSES, MAX_REMINDER_DAYS, MAX_REMINDER_OFFSETS, RAADS_SOORTEN } from '../../domain';
import { boolQuery, calendarDate, pageQuery, title, uuid } from './common';
import { paged } from './models';

export const raadsParams = z.object({ raadsItemId: uuid });

export const raadsQuery = z.object({
  soort: z.enum(RAADS_SOORTEN).optional(),
  status: z.enum([...FOLLOW_UP_STATUSES, 'alle']).optional(),
  portefeuillehouderId: z.string().max(100).optional(),
  opdrachtnemerId: z.string().max(100).optional(),
  overdue: boolQuery.optional(),
  ...pageQuery,
});

const fields = {
  soort: z.enum(RAADS_SOORTEN, { message: 'moet motie of toezegging zijn' }),
  nummer: z.string().trim().min(1, 'mag niet leeg zijn').max(40, 'ten hoogste 40 tekens'),
  raadsvergadering: calendarDate,
  titel: title,
  indieners: z.string().max(500, 'ten hoogste 500 tekens'),
  portefeuillehouderId: z.string().min(1).max(100),
  opdrachtnemerId: z.string().min(1).max(100).nullable(),
  deadline: calendarDate.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
};
export const raadsItemBody = z.object({ ...fields, indieners: fields.indieners.default(''), status: fields.status.default('open') }).strict();
export const raadsItemPatch = z.object(fields).partial().strict();

/** The griffie's list as CSV text (UTF-8, `;` or `,`); `preview: true` checks and shows, writes nothing. */
export const RAADS_CSV_MAX_CHARS = 240_000;
export const raadsImportBody = z
  .object({
    csv: z
      .string()
      .min(1, 'het bestand is leeg')
      .max(RAADS_CSV_MAX_CHARS, `ten hoogste ${RAADS_CSV_MAX_CHARS / 1000} kB; splits de lijst`),
    preview: z.boolean().optional(),
  })
  .strict();

export const raadsItemResponse = z.object({
  id: z.string(),
  soort: z.enum(RAADS_SOORTEN),
  nummer: z.string(),
  raadsvergadering: z.string(),
  titel: z.string(),
  indieners: z.string(),
  portefeuillehouderId: z.string(),
  portefeuillehouder: z.string(),
  opdrachtnemerId: z.string().nullable(),
  opdrachtnemer: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RaadsItemView = z.infer<typeof raadsItemResponse>;

/** A PO discussion that referenced the entry (only those the reader may read). */
export const raadsReferenceResponse = z.object({
  recordId: z.string(),
  poId: z.string(),
  poTitle: z.string(),
  poStartsAt: z.string(),
  kind: z.string(),
  text: z.string(),
});
export type RaadsReferenceView = z.infer<typeof raadsReferenceResponse>;

export const raadsItemDetailResponse = raadsItemResponse.extend({ references: z.array(raadsReferenceResponse) });
export type RaadsItemDetailView = z.infer<typeof raadsItemDetailResponse>;

export const raadsPageResponse = paged(raadsItemResponse);

export const csvProblemResponse = z.object({ line: z.number(), field: z.string(), message: z.string() });
export const raadsImportResponse = z.object({
  preview: z.boolean(),
  /** Per row of the file: new or an update of an existing nummer (on preview, what would happen). */
  rows: z.array(z.object({ line: z.number(), nummer: z.string(), titel: z.string(), action: z.enum(['nieuw', 'bijwerken']) })),
  problems: z.array(csvProblemResponse),
  created: z.number(),
  updated: z.number(),
});
export type RaadsImportView = z.infer<typeof raadsImportResponse>;

const dayList = (min: number) =>
  z
    .array(z.number().int().min(min, `ten minste ${min}`).max(MAX_REMINDER_DAYS, `ten hoogste ${MAX_REMINDER_DAYS}`))
    .max(MAX_REMINDER_OFFSETS, `ten hoogste ${MAX_REMINDER_OFFSETS} momenten`);
export const reminderSettingsBody = z
  .object({
    enabled: z.boolean(),
    daysBefore: dayList(1),
    daysAfter: dayList(0),
    digestWeekday: z.number().int().min(1).max(7).nullable(),
  })
  .strict();
export const reminderSettingsResponse = z.object({
  enabled: z.boolean(),
  daysBefore: z.array(z.number()),
  daysAfter: z.array(z.number()),
  digestWeekday: z.number().nullable(),
  description: z.string(),
});
export type ReminderSettingsView = z.infer<typeof reminderSettingsResponse>;

/** The raad part of a PO's standing item: open entries of its portefeuillehouder due by the PO's date plus two weeks. */
export const raadsStandingResponse = z.object({ horizon: z.string(), items: z.array(raadsItemResponse) });
export type RaadsStandingView = z.infer<typeof raadsStandingResponse>;
