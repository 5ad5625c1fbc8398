import { z } from 'zod';
import { PO_STATUSES } from '../../domain';
import { calendarDate, shortText, timestamp, title, userId } from './common';
import { paged, poLineResponse } from './models';

export const createPoBody = z
  .object({
    portefeuillehouderId: z.string().min(1),
    startsAt: timestamp.optional(),
    title: title.optional(),
    template: z.string().max(100).optional(),
    concernadviseurId: userId.nullable().optional(),
    notulistId: userId.nullable().optional(),
    participantIds: z.array(userId).max(100).optional(),
  })
  .strict();

export const updatePoBody = z
  .object({
    title: title.optional(),
    startsAt: timestamp.optional(),
    concernadviseurId: userId.nullable().optional(),
    notulistId: userId.nullable().optional(),
    participantIds: z.array(userId).max(100).optional(),
    aanwezigen: z.array(shortText).max(100).optional(),
    teamsMeetingChatId: z.string().min(1).max(500).nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'geef ten minste één veld om te wijzigen');

export const listPosQuery = z.object({
  scope: z.enum(['mijn', 'alle']).default('mijn'),
  portefeuillehouderId: z.string().optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  status: z.enum(PO_STATUSES).optional(),
  /** The PO linked to this Teams meeting chat. */
  teamsMeetingChatId: z.string().min(1).max(500).optional(),
});

export const poLinesResponse = paged(poLineResponse);
