/**
 * Meetings: `GET /chats/{id}` (the meeting chat, with `onlineMeetingInfo.calendarEventId`),
 * `GET|PATCH /me/events/{id}` and `POST /me/events/{id}/attachments` (fileAttachment up to 3 MB),
 * and Planner: `POST /planner/tasks`.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Event, FileAttachment, PlannerTask } from '@microsoft/microsoft-graph-types';
import { notFound, tooLarge } from '../errors';
import { eventPatchSchema, fileAttachmentSchema, parseBody, plannerTaskSchema } from '../schemas';
import type { SandboxState } from '../state';

/** Outlook accepts attachments below 3 MB in one POST; larger ones need an upload session. */
export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;

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
    return reply
      .code(201)
      .send({ '@odata.context': `${state.baseUrl}/v1.0/$metadata#planner/tasks/$entity`, '@odata.etag': `W/"${task.id}"`, ...task });
  });
}
