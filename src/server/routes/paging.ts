/** Query parameters of every paged list: `cursor` from the previous page's `nextCursor`, and `limit`. */
import { z } from 'zod';

export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1, 'ten minste 1').max(200, 'ten hoogste 200').optional(),
};
