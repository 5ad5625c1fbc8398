/**
 * Fault injection for tests and demos: answer the next matching Graph request(s) with a throttle,
 * an outage, a lost token or missing consent (on a read too: a refused recovery read), or apply
 * the request and then
 * - lose the answer (`dropAfterSuccess`), so the caller cannot know whether it worked;
 * - hold the answer back (`delayAnswerMs`), past the caller's time limit;
 * - answer without properties Graph does not promise (`omitProperties`, e.g. `webUrl`).
 */
import { z } from 'zod';
import { GraphHttpError } from './errors';

const match = {
  /** How many matching requests the fault applies to (default 1). */
  times: z.number().int().min(1).max(10_000).optional(),
  /** Only requests whose path contains this text (e.g. `/messages`). */
  pathIncludes: z.string().min(1).optional(),
  /** Only requests with this HTTP method. */
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
};

const statusFaultSchema = z.strictObject({
  status: z.union([z.literal(401), z.literal(403), z.literal(429), z.literal(503), z.literal(504)]),
  /** Sent as `Retry-After` (seconds); without it the answer has no such header. */
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  ...match,
});

const dropFaultSchema = z.strictObject({
  /** Apply the request, then destroy the connection or answer 504 instead of the real answer. */
  dropAfterSuccess: z.enum(['destroy', '504']),
  ...match,
});

const delayFaultSchema = z.strictObject({
  /** Apply the request, then wait this long before answering (the caller may have given up). */
  delayAnswerMs: z.number().int().min(1).max(120_000),
  ...match,
});

const omitFaultSchema = z.strictObject({
  /** Apply the request and answer it, without these top-level properties (e.g. `webUrl`, `createdDateTime`). */
  omitProperties: z.array(z.string().min(1)).min(1).max(50),
  ...match,
});

export const faultSchema = z.union([statusFaultSchema, dropFaultSchema, delayFaultSchema, omitFaultSchema]);
export type SandboxFault = z.infer<typeof faultSchema>;
export type StatusFault = z.infer<typeof statusFaultSchema>;
export type DropFault = z.infer<typeof dropFaultSchema>;
/** A fault that lets the request through and changes its answer. */
export type AnswerFault = Exclude<SandboxFault, StatusFault>;

export interface ActiveFault {
  fault: SandboxFault;
  remaining: number;
}

export class FaultController {
  private active: ActiveFault[] = [];

  /** Adds a fault; throws a zod error on an invalid one. */
  inject(fault: SandboxFault): void {
    const parsed = faultSchema.parse(fault);
    this.active.push({ fault: parsed, remaining: parsed.times ?? 1 });
  }

  clear(): void {
    this.active = [];
  }

  list(): ActiveFault[] {
    return this.active.map((a) => ({ ...a }));
  }

  /** The first fault matching this request, counted as used once; undefined when none. */
  take(method: string, path: string): SandboxFault | undefined {
    const found = this.active.find((a) => (!a.fault.method || a.fault.method === method) && (!a.fault.pathIncludes || path.includes(a.fault.pathIncludes)));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining <= 0) this.active = this.active.filter((a) => a !== found);
    return found.fault;
  }
}

/** The permission Graph would name as missing for this path. */
function requiredPermissions(path: string): string {
  if (path.includes('/planner/')) return 'Tasks.ReadWrite, Group.ReadWrite.All';
  if (path.includes('/events')) return 'Calendars.ReadWrite';
  if (path.includes('/onlineMeetings')) return 'OnlineMeetingTranscript.Read.All, OnlineMeetingTranscript.Read.Chat';
  if (path.includes('/chats/')) return 'Chat.ReadBasic, Chat.Read, Chat.ReadWrite';
  if (path.includes('/filesFolder') || path.includes('/drives/')) return 'Files.ReadWrite.All, Sites.ReadWrite.All';
  return 'ChannelMessage.Send, Group.ReadWrite.All';
}

/** The Graph error an injected status fault produces. */
export function faultError(fault: StatusFault, path: string): GraphHttpError {
  const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
  switch (fault.status) {
    case 401:
      return new GraphHttpError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', headers);
    case 403:
      return new GraphHttpError(
        403,
        'Forbidden',
        `Missing scope permissions on the request. API requires one of '${requiredPermissions(path)}'. Scopes on the request 'User.Read'.`,
        headers,
      );
    case 429:
      return new GraphHttpError(429, 'TooManyRequests', 'Too many requests are being sent. Retry after the time given in the Retry-After header.', headers);
    case 503:
      return new GraphHttpError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.', headers);
    case 504:
      return new GraphHttpError(504, 'GatewayTimeout', 'The gateway did not receive a timely response from the upstream server.', headers);
  }
}
