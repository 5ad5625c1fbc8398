/** The verslag: read, approve, publish, settle an uncertain post, correct, versions, preview. */
import { z } from 'zod';
import { shortText } from './common';

export const verslagQuery = z.object({ audience: z.enum(['openbaar', 'deelnemers']).default('deelnemers') });
export const publishBody = z.object({ reason: shortText.optional() }).strict();
/** After looking in the channel: the uncertain post is there (with its link) or is not. */
export const settleBody = z.object({
  geplaatst: z.boolean(),
  messageUrl: z.string().max(2000, 'ten hoogste 2000 tekens').optional(),
  stap: z.string().max(100).optional(),
}).strict();
