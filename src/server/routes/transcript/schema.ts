import { z } from 'zod';
import { timestamp, uuid } from '../common';

export const boundaryParams = z.object({
  poId: uuid,
  turnIndex: z.coerce.number({ message: 'moet een beurtnummer zijn' }).int('moet een geheel getal zijn').min(1, 'de eerste beurt heeft geen grens ervóór').max(10_000),
});
export const boundaryBody = z.object({ at: timestamp }).strict();
