import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '../../domain';
import { calendarDate, shortText, text, userId, uuid } from './common';

export { itemParams } from './common';

const recordText = text.trim().min(1, 'mag niet leeg zijn');
const owner = { ownerId: userId.nullable().optional(), ownerName: shortText.optional(), dueDate: calendarDate.nullable().optional() };
const base = { id: uuid, agendapuntId: uuid, text: recordText };

/** A new record carries the client's id, so a retried write is recognised. */
export const addRecordBody = z.discriminatedUnion(
  'kind',
  [
    z
      .object({ kind: z.literal('besluitpunt'), ...base, collegeDatum: calendarDate.nullable().optional(), confirmOutsidePurpose: z.boolean().optional() })
      .strict(),
    z.object({ kind: z.literal('actiepunt'), ...base, ...owner }).strict(),
    z.object({ kind: z.literal('toezegging'), ...base, ...owner, aan: shortText, raadsItemId: uuid.nullable().optional() }).strict(),
    z
      .object({
        kind: z.literal('motie'),
        ...base,
        ...owner,
        referentie: shortText.optional(),
        afdoening: text.optional(),
        raadsItemId: uuid.nullable().optional(),
      })
      .strict(),
  ],
  { message: 'kind moet besluitpunt, actiepunt, toezegging of motie zijn' },
);

export const editRecordBody = z
  .object({
    text: recordText.optional(),
    collegeDatum: calendarDate.nullable().optional(),
    ...owner,
    status: z.enum(FOLLOW_UP_STATUSES).optional(),
    aan: shortText.optional(),
    referentie: shortText.optional(),
    afdoening: text.optional(),
    raadsItemId: uuid.nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'geef ten minste één veld om te wijzigen');

export const recordParams = z.object({ poId: uuid, recordId: uuid });
export const currentBody = z.object({ agendapuntId: uuid.nullable() }).strict();
export const besprekingBody = z.object({ bespreking: text }).strict();

/** The item under discussion now (`PUT .../vergadering/huidig-agendapunt`). */
export const currentResponse = z.object({ currentAgendapuntId: z.string().nullable() });
