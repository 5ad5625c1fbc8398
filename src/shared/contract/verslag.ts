/** The verslag: read, approve, publish, settle an uncertain post, correct, versions, preview. */
import { z } from 'zod';
import { shortText } from './common';
import { listOf, verslagModelResponse } from './models';

export const verslagQuery = z.object({ audience: z.enum(['openbaar', 'deelnemers']).default('deelnemers') });
export const publishBody = z.object({ reason: shortText.optional() }).strict();
/** After looking in the channel: the uncertain post is there (with its link) or is not. */
export const settleBody = z
  .object({
    geplaatst: z.boolean(),
    messageUrl: z.string().max(2000, 'ten hoogste 2000 tekens').optional(),
    stap: z.string().max(100).optional(),
  })
  .strict();

/** The verslag model (`GET /api/pos/:poId/verslag`), with the published version it is, if any. */
export const verslagResponse = z.object({
  model: verslagModelResponse,
  version: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  /** The published version this text is (its id, as in the Teams message); null for a working text. */
  versionId: z.string().nullable(),
});
/** A published version (`GET .../verslag/versies`): `model` is the public one for readers not entitled to every item. */
export const versionsResponse = listOf(
  z.object({
    id: z.string(),
    poId: z.string(),
    version: z.number().int(),
    model: verslagModelResponse,
    publicModel: verslagModelResponse,
    reason: z.string(),
    publishedBy: z.string(),
    publishedAt: z.string(),
    messageId: z.string().nullable(),
    webUrl: z.string().nullable(),
    fileUrl: z.string().nullable(),
  }),
);
/** The verslag as it will be posted (`GET .../verslag/voorbeeld`): the messages, joined for a quick look. */
export const previewResponse = z.object({ html: z.string(), posts: z.number().int(), messages: z.array(z.string()) });
