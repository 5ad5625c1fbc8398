/** Agendaverzoeken: propose an item for a PO; the agenda's owners accept or decline it. */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { httpUrl, purpose, shortText, text, title, userId, uuid } from './common';
import { agendaverzoekResponse, listOf } from './models';

export const proposeBody = z
  .object({
    title,
    purpose: purpose.nullable().optional(),
    toelichting: text.optional(),
    voorgesteldBesluit: text.optional(),
    stukken: z
      .array(z.object({ title, url: httpUrl }).strict())
      .max(LIMITS.stukkenPerAgendapunt, `ten hoogste ${LIMITS.stukkenPerAgendapunt} stukken`)
      .optional(),
    opdrachtnemerId: userId.nullable().optional(),
    vertrouwelijk: z.boolean().optional(),
  })
  .strict();
export const verzoekenQuery = z.object({ poId: uuid.optional(), status: z.enum(['ingediend', 'geaccepteerd', 'afgewezen']).optional() });
export const verzoekParams = z.object({ verzoekId: uuid });
/** `poId`: accept onto another PO of the same portefeuillehouder (the verzoek's own agenda is vastgesteld). */
export const decideBody = z
  .object({ decision: z.enum(['geaccepteerd', 'afgewezen']), reason: shortText.optional(), section: shortText.optional(), poId: uuid.optional() })
  .strict();
/** Proposing for a portefeuillehouder's next PO, whichever it is. */
export const phParams = z.object({ portefeuillehouderId: z.string().min(1).max(100) });

export const verzoekenResponse = listOf(agendaverzoekResponse);
