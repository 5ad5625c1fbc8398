/**
 * Request bodies the sandbox accepts, as zod schemas in the shapes of
 * `@microsoft/microsoft-graph-types`. Unknown properties are refused, as Graph refuses a property
 * that does not exist on the type. The `Assignable` checks fail to compile if a schema drifts
 * from the Graph type.
 */
import { z } from 'zod';
import type { ChatMessage, ChatMessageAttachment, ChatMessageMention, Event, FileAttachment, PlannerTask } from '@microsoft/microsoft-graph-types';
import { badRequest, type GraphHttpError } from './errors';

type Assignable<T extends U, U> = T;

const itemBody = z.strictObject({ contentType: z.enum(['html', 'text']).optional(), content: z.string() });

const identity = z.strictObject({
  '@odata.type': z.string().optional(),
  id: z.string().min(1),
  displayName: z.string().nullable().optional(),
  userIdentityType: z
    .enum([
      'aadUser',
      'onPremiseAadUser',
      'anonymousGuest',
      'federatedUser',
      'personalMicrosoftAccountUser',
      'skypeUser',
      'phoneUser',
      'emailUser',
      'azureCommunicationServicesUser',
    ])
    .optional(),
});

export const mentionSchema = z.strictObject({
  id: z.number().int().min(0),
  mentionText: z.string().min(1),
  mentioned: z
    .strictObject({
      user: identity.optional(),
      application: identity.optional(),
      conversation: z
        .strictObject({
          id: z.string().min(1),
          displayName: z.string().nullable().optional(),
          conversationIdentityType: z.enum(['team', 'channel', 'chat']).optional(),
        })
        .optional(),
      tag: identity.optional(),
    })
    .refine((m) => Boolean(m.user ?? m.application ?? m.conversation ?? m.tag), { message: 'mentioned needs a user, application, conversation or tag' }),
});

export const chatAttachmentSchema = z.strictObject({
  id: z.string().min(1),
  contentType: z.string().min(1),
  contentUrl: z.string().nullable().optional(),
  content: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  thumbnailUrl: z.string().nullable().optional(),
  teamsAppId: z.string().nullable().optional(),
});

export const chatMessageSchema = z.strictObject({
  body: itemBody,
  subject: z.string().nullable().optional(),
  importance: z.enum(['normal', 'high', 'urgent']).optional(),
  mentions: z.array(mentionSchema).optional(),
  attachments: z.array(chatAttachmentSchema).optional(),
});

/** `dateTimeTimeZone`: a local date and time without offset, and the zone it is in. */
const dateTimeTimeZone = z.strictObject({ dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/), timeZone: z.string().min(1) });

export const eventPatchSchema = z.strictObject({
  subject: z.string().optional(),
  body: itemBody.optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  categories: z.array(z.string()).optional(),
  start: dateTimeTimeZone.optional(),
  end: dateTimeTimeZone.optional(),
});

/** `POST /me/events`: a new event; `transactionId` makes a retried POST return the first event. */
export const eventCreateSchema = z.strictObject({
  subject: z.string().min(1),
  body: itemBody.optional(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  attendees: z
    .array(
      z.strictObject({
        emailAddress: z.strictObject({ address: z.string().min(1), name: z.string().optional() }),
        type: z.enum(['required', 'optional', 'resource']),
      }),
    )
    .optional(),
  isOnlineMeeting: z.boolean().optional(),
  allowNewTimeProposals: z.boolean().optional(),
  transactionId: z.string().min(1).optional(),
});

export const eventCancelSchema = z.strictObject({ comment: z.string().optional(), Comment: z.string().optional() });

export const fileAttachmentSchema = z.strictObject({
  '@odata.type': z.literal('#microsoft.graph.fileAttachment'),
  name: z.string().min(1),
  contentBytes: z.base64(),
  contentType: z.string().optional(),
  isInline: z.boolean().optional(),
  contentId: z.string().optional(),
});

export const plannerTaskSchema = z.strictObject({
  planId: z.string().min(1),
  title: z.string().min(1).max(255),
  bucketId: z.string().optional(),
  dueDateTime: z.iso.datetime({ offset: true }).nullable().optional(),
  startDateTime: z.iso.datetime({ offset: true }).nullable().optional(),
  priority: z.number().int().min(0).max(10).optional(),
  percentComplete: z.number().int().min(0).max(100).optional(),
  assignments: z
    .record(z.string().min(1), z.strictObject({ '@odata.type': z.literal('#microsoft.graph.plannerAssignment'), orderHint: z.string() }))
    .optional(),
});

const batchStepSchema = z.strictObject({
  id: z.string().min(1),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});

export const batchSchema = z.strictObject({ requests: z.array(batchStepSchema).min(1) });
export type BatchStep = z.infer<typeof batchStepSchema>;

// Compile-time checks: what we accept is a valid value of the Graph type.
export type ChecksAgainstGraphTypes = [
  Assignable<z.infer<typeof chatMessageSchema>, ChatMessage>,
  Assignable<z.infer<typeof mentionSchema>, ChatMessageMention>,
  Assignable<z.infer<typeof chatAttachmentSchema>, ChatMessageAttachment>,
  Assignable<z.infer<typeof eventPatchSchema>, Event>,
  Assignable<Omit<z.infer<typeof fileAttachmentSchema>, '@odata.type'>, FileAttachment>,
  Assignable<Omit<z.infer<typeof plannerTaskSchema>, 'assignments'>, PlannerTask>,
];

/** Parses a body or throws Graph's 400, naming the first bad property the way Graph does. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, typeName: string): z.infer<S> {
  const parsed = schema.safeParse(body ?? undefined);
  if (parsed.success) return parsed.data;
  throw bodyError(parsed.error, typeName);
}

function bodyError(error: z.ZodError, typeName: string): GraphHttpError {
  const issue = error.issues[0];
  if (!issue) return badRequest('Invalid request body.');
  if (issue.code === 'unrecognized_keys') {
    return badRequest(
      `The property '${issue.keys[0] ?? ''}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type.`,
    );
  }
  const where = issue.path.length ? issue.path.join('.') : 'body';
  return badRequest(`Invalid request body for 'microsoft.graph.${typeName}': ${where}: ${issue.message}`);
}
