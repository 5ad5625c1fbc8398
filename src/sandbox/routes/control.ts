/**
 * The sandbox's own switches (not part of Graph, no token needed):
 * `POST|GET|DELETE /_sandbox/faults`, `POST /_sandbox/reset`, `GET /_sandbox/requests`.
 */
import type { FastifyInstance } from 'fastify';
import { faultSchema, type FaultController } from '../faults';
import { badRequest } from '../errors';
import type { SandboxState } from '../state';

export function controlRoutes(app: FastifyInstance, state: SandboxState, faults: FaultController): void {
  app.post('/_sandbox/faults', async (request, reply) => {
    const parsed = faultSchema.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badRequest(`Invalid fault: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown'}`);
    }
    faults.inject(parsed.data);
    return reply.code(201).send({ active: faults.list() });
  });

  app.get('/_sandbox/faults', async () => ({ active: faults.list() }));

  app.delete('/_sandbox/faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });

  app.post('/_sandbox/reset', async (_request, reply) => {
    state.reset();
    faults.clear();
    return reply.code(204).send();
  });

  app.get('/_sandbox/requests', async () => ({ requests: state.requests }));
}
