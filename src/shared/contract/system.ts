/** The signed-in user, the organisation, users, the audit log, health, the front end's sign-in settings, development sign-in. */
import { z } from 'zod';
import { uuid } from './common';

export const auditQuery = z.object({ poId: uuid.optional(), limit: z.coerce.number().int().min(1).max(1000).optional() });
export const devTokenBody = z.object({ userId: z.string().min(1) }).strict();

/** GET /api/client-config: what a front end needs before anyone signs in (public, no secrets). */
export const clientConfigResponse = z.object({
  authMode: z.enum(['development', 'entra']),
  entraClientId: z.string().nullable(),
  appIdUri: z.string().nullable(),
  tenantId: z.string().nullable(),
});
export type ClientConfig = z.infer<typeof clientConfigResponse>;
