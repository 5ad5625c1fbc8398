/** Agendaverzoeken: propose an item for a PO; the agenda's owners accept or decline it. */
import { z } from 'zod';
import { purpose, shortText, text, title, userId, uuid } from './common';
import { agendaverzoekResponse, listOf } from './models';

export const proposeBody = z
  .object({
    title,
    purpose: purpose.nullable().optional(),
    toelichting: text.optional(),
    opdrachtnemerId: userId.nullable().optional(),
    vertrouwelijk: z.boolean().optional(),
  })
  .strict();
export const verzoekenQuery = z.object({ poId: uuid.optional(), status: z.enum(['ingediend', 'geaccepteerd', 'afgewezen']).optional() });
export const verzoekParams = z.object({ verzoekId: uuid });
export const decideBody = z.object({ decision: z.enum(['geaccepteerd', 'afgewezen']), reason: shortText.optional(), section: shortText.optional() }).strict();

export const verzoekenResponse = listOf(agendaverzoekResponse);
