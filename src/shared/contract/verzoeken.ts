/** Agendaverzoeken: propose an item for a PO; the agenda's owners accept or decline it. */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { httpUrl, purpose, shortText, text, title, userId, uuid } from './common';
import type { Agendaverzoek } from '../../domain';
import { listOf } from './models';

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

/** One agendaverzoek as the API answers it. */
export const agendaverzoekResponse = z.object({
  id: z.string(),
  poId: z.string(),
  proposedBy: z.string(),
  title: z.string(),
  purpose: purpose.nullable(),
  toelichting: z.string(),
  voorgesteldBesluit: z.string(),
  stukken: z.array(z.object({ title: z.string(), url: z.string() })),
  opdrachtnemerId: z.string().nullable(),
  vertrouwelijk: z.boolean(),
  status: z.enum(['ingediend', 'geaccepteerd', 'afgewezen']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().meta({ format: 'date-time' }).nullable(),
  reason: z.string(),
  agendapuntId: z.string().nullable(),
  createdAt: z.string().meta({ format: 'date-time' }),
}) satisfies z.ZodType<Agendaverzoek>;

export const verzoekenResponse = listOf(agendaverzoekResponse);
