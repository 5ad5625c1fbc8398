/** The signed-in user, the organisation, users, the audit log, health, the front end's sign-in settings, development sign-in. */
import { z } from 'zod';
import { uuid } from './common';
import { PURPOSES } from '../../domain';
import { listOf, organisationResponse, userResponse } from './models';

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

/** The organisation with the purposes' labels and explanations (`GET /api/organisatie`). */
export const organisatieResponse = organisationResponse.extend({
  purposes: z.array(
    z.object({ id: z.enum(PURPOSES), label: z.object({ nl: z.string(), en: z.string() }), explanation: z.object({ nl: z.string(), en: z.string() }) }),
  ),
});
export const usersResponse = listOf(userResponse);
/** The audit log; before/after of confidential content replaced for readers not entitled. */
export const auditResponse = listOf(
  z.object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    poId: z.string().nullable().optional(),
    result: z.enum(['geslaagd', 'geweigerd', 'mislukt']),
    origin: z.object({ ip: z.string(), userAgent: z.string(), requestId: z.string() }),
    before: z.unknown(),
    after: z.unknown(),
  }),
);
export const devTokenResponse = z.object({ token: z.string(), user: userResponse });
/** The OpenAPI 3.1 document itself. */
export const openApiResponse = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
  components: z.record(z.string(), z.unknown()),
});

/** Health: `live` (the process answers), the older `/api/health`. */
export const healthResponse = z.object({ status: z.literal('ok') });
/** `GET /api/health/ready`: the database answers and every migration is applied (503 otherwise). */
export const readinessResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({ database: z.enum(['ok', 'unreachable']), migrations: z.enum(['ok', 'pending', 'unknown']) }),
});
export type Readiness = z.infer<typeof readinessResponse>;
