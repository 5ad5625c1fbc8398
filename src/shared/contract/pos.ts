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
    /** "Toch aanmaken": the portefeuillehouder already has a PO that day (409 same_day_po), and that is meant. */
    sameDayOk: z.boolean().optional(),
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
    /** "Toch opslaan": a new date on which the portefeuillehouder already has a PO, meant so. */
    sameDayOk: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== 'sameDayOk'), 'geef ten minste één veld om te wijzigen');

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

/** Cancelling a PO before its meeting: the reason is required. */
export const cancelPoBody = z.object({ reason: shortText }).strict();
