/**
 * Meetings: `GET /chats/{id}` (the meeting chat, with `onlineMeetingInfo.calendarEventId`),
 * `GET|PATCH /me/events/{id}` (body, subject, start and end), `POST /me/events` (a new meeting;
 * a retried POST with the same `transactionId` returns the first event), `POST /me/events/{id}/cancel`
 * (202; the event is kept with `isCancelled`), `GET|POST /me/events/{id}/attachments` (fileAttachment up to 3 MB)
 * and `DELETE /me/events/{id}/attachments/{id}`; and Planner: `POST /planner/tasks` and
 * `GET /planner/plans/{id}/tasks` (pages of 100 with `@odata.nextLink`).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Event, FileAttachment, PlannerTask } from '@microsoft/microsoft-graph-types';
import { badRequest, notFound, tooLarge } from '../errors';
import { eventCancelSchema, eventCreateSchema, eventPatchSchema, fileAttachmentSchema, parseBody, plannerTaskSchema } from '../schemas';
import type { SandboxState } from '../state';

/** Outlook accepts attachments below 3 MB in one POST; larger ones need an upload session. */
export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;

/** Tasks per page of a plan's task list. */
const PLANNER_PAGE = 100;

interface EventParams {
  eventId: string;
}

export function calendarRoutes(app: FastifyInstance, state: SandboxState): void {
  const eventContext = `${state.baseUrl}/v1.0/$metadata#users('sandbox-user')/events/$entity`;
  const findEvent = (id: string): Event => {
    const event = state.events.get(id);
    if (!event) throw notFound('The specified object was not found in the store.', 'ErrorItemNotFound');
    return event;
  };

  app.get<{ Params: { chatId: string } }>('/v1.0/chats/:chatId', async (request) => ({
    '@odata.context': `${state.baseUrl}/v1.0/$metadata#chats/$entity`,
    ...state.chat(request.params.chatId),
  }));

  app.get<{ Params: EventParams }>('/v1.0/me/events/:eventId', async (request) => ({
    '@odata.context': eventContext,
    ...findEvent(request.params.eventId),
  }));

  app.post('/v1.0/me/events', async (request, reply) => {
    const input = parseBody(eventCreateSchema, request.body, 'event');
    const earlier = input.transactionId ? [...state.events.values()].find((e) => e.transactionId === input.transactionId) : undefined;
    if (earlier) return reply.code(201).send({ '@odata.context': eventContext, ...earlier });
    const id = `AAMkAD${randomUUID().replace(/-/g, '')}=`;
    const now = new Date().toISOString();
    const event: Event = {
      id,
      subject: input.subject,
      body: input.body ? { contentType: input.body.contentType ?? 'text', content: input.body.content } : { contentType: 'text', content: '' },
      start: input.start,
      end: input.end,
      attendees: (input.attendees ?? []).map((a) => ({ ...a, status: { response: 'none', time: '0001-01-01T00:00:00Z' } })),
      isOnlineMeeting: input.isOnlineMeeting ?? false,
      allowNewTimeProposals: input.allowNewTimeProposals ?? true,
      isCancelled: false,
      transactionId: input.transactionId ?? null,
      hasAttachments: false,
      webLink: `${state.baseUrl}/event/${encodeURIComponent(id)}`,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    state.events.set(id, event);
    return reply.code(201).send({ '@odata.context': eventContext, ...event });
  });

  app.post<{ Params: EventParams }>('/v1.0/me/events/:eventId/cancel', async (request, reply) => {
    const event = findEvent(request.params.eventId);
    parseBody(eventCancelSchema, request.body ?? {}, 'cancel');
    state.events.set(request.params.eventId, { ...event, isCancelled: true, lastModifiedDateTime: new Date().toISOString() });
    return reply.code(202).send();
  });

  app.patch<{ Params: EventParams }>('/v1.0/me/events/:eventId', async (request) => {
    const event = findEvent(request.params.eventId);
    const patch = parseBody(eventPatchSchema, request.body, 'event');
    const updated: Event = {
      ...event,
      ...patch,
      body: patch.body ? { contentType: patch.body.contentType ?? 'text', content: patch.body.content } : event.body,
      lastModifiedDateTime: new Date().toISOString(),
    };
    state.events.set(request.params.eventId, updated);
    return { '@odata.context': eventContext, ...updated };
  });

  app.post<{ Params: EventParams }>('/v1.0/me/events/:eventId/attachments', async (request, reply) => {
    const event = findEvent(request.params.eventId);
    const input = parseBody(fileAttachmentSchema, request.body, 'fileAttachment');
    const size = Buffer.from(input.contentBytes, 'base64').length;
    if (size >= MAX_ATTACHMENT_BYTES) {
      throw tooLarge('Maximum request length exceeded. Attachments of 3 MB or more need an upload session (createUploadSession).');
    }
    const attachment: FileAttachment = {
      id: `AAMkAD${randomUUID().replace(/-/g, '')}=`,
      lastModifiedDateTime: new Date().toISOString(),
      name: input.name,
      contentType: input.contentType ?? 'application/octet-stream',
      size,
      isInline: input.isInline ?? false,
      contentId: input.contentId ?? null,
      contentLocation: null,
      contentBytes: input.contentBytes,
    };
    state.eventAttachments.set(request.params.eventId, [...(state.eventAttachments.get(request.params.eventId) ?? []), attachment]);
    state.events.set(request.params.eventId, { ...event, hasAttachments: true });
    return reply.code(201).send({
      '@odata.context': `${state.baseUrl}/v1.0/$metadata#users('sandbox-user')/events('${request.params.eventId}')/attachments/$entity`,
      '@odata.type': '#microsoft.graph.fileAttachment',
      ...attachment,
    });
  });

  app.get<{ Params: EventParams }>('/v1.0/me/events/:eventId/attachments', async (request) => {
    findEvent(request.params.eventId);
    // Graph lists attachments with their content unless $select leaves it out; the sandbox never sends it.
    const value = (state.eventAttachments.get(request.params.eventId) ?? []).map(({ contentBytes: _content, ...a }) => ({
      '@odata.type': '#microsoft.graph.fileAttachment',
      ...a,
    }));
    return { '@odata.context': `${state.baseUrl}/v1.0/$metadata#users('sandbox-user')/events('${request.params.eventId}')/attachments`, value };
  });

  app.delete<{ Params: EventParams & { attachmentId: string } }>('/v1.0/me/events/:eventId/attachments/:attachmentId', async (request, reply) => {
    const event = findEvent(request.params.eventId);
    const list = state.eventAttachments.get(request.params.eventId) ?? [];
    const kept = list.filter((a) => a.id !== request.params.attachmentId);
    if (kept.length === list.length) throw notFound('The specified object was not found in the store.', 'ErrorItemNotFound');
    state.eventAttachments.set(request.params.eventId, kept);
    state.events.set(request.params.eventId, { ...event, hasAttachments: kept.length > 0 });
    return reply.code(204).send();
  });

  app.get<{ Params: { planId: string }; Querystring: { $skiptoken?: string } }>('/v1.0/planner/plans/:planId/tasks', async (request) => {
    const all = [...state.plannerTasks.values()].filter((t) => t.planId === request.params.planId);
    const skip = request.query.$skiptoken ? Number(Buffer.from(request.query.$skiptoken, 'base64url').toString()) : 0;
    if (!Number.isInteger(skip) || skip < 0) throw badRequest('Invalid skip token.');
    const value = all.slice(skip, skip + PLANNER_PAGE);
    const next = skip + PLANNER_PAGE < all.length ? Buffer.from(String(skip + PLANNER_PAGE)).toString('base64url') : undefined;
    return {
      '@odata.context': `${state.baseUrl}/v1.0/$metadata#planner/plans('${request.params.planId}')/tasks`,
      ...(next ? { '@odata.nextLink': `${state.baseUrl}/v1.0/planner/plans/${encodeURIComponent(request.params.planId)}/tasks?$skiptoken=${next}` } : {}),
      value,
    };
  });

  app.post('/v1.0/planner/tasks', async (request, reply) => {
    const input = parseBody(plannerTaskSchema, request.body, 'plannerTask');
    const now = new Date().toISOString();
    const assignments = Object.fromEntries(
      Object.entries(input.assignments ?? {}).map(([userId, a]) => [
        userId,
        { ...a, assignedDateTime: now, assignedBy: { user: { id: 'sandbox-user', displayName: 'Sandbox-gebruiker' } } },
      ]),
    );
    const task: PlannerTask & { assignments: typeof assignments } = {
      id: state.newPlannerTaskId(),
      planId: input.planId,
      bucketId: input.bucketId ?? null,
      title: input.title,
      orderHint: '8585269241124027581',
      createdDateTime: now,
      dueDateTime: input.dueDateTime ?? null,
      startDateTime: input.startDateTime ?? null,
      completedDateTime: null,
      percentComplete: input.percentComplete ?? 0,
      priority: input.priority ?? 5,
      hasDescription: false,
      referenceCount: 0,
      checklistItemCount: 0,
      activeChecklistItemCount: 0,
      createdBy: { user: { id: 'sandbox-user', displayName: 'Sandbox-gebruiker' } },
      assignments,
    };
    state.plannerTasks.set(task.id ?? '', task);
    return reply.code(201).send({ '@odata.context': `${state.baseUrl}/v1.0/$metadata#planner/tasks/$entity`, '@odata.etag': `W/"${task.id}"`, ...task });
  });
}
