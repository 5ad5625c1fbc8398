/**
 * Teams activity-feed notifications: `POST /users/{id}/teamwork/sendActivityNotification` and
 * `POST /teamwork/sendActivityNotificationToRecipients`, checked as Graph checks them (topic source
 * `text` needs a `webUrl`; an activity type; a recipient per `aadUserNotificationRecipient`) and
 * recorded. `GET /_sandbox/activity` (tests) and the page `/activiteit` show what was sent;
 * `DELETE /_sandbox/activity` forgets it.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { escapeHtml } from '../../shared/html';
import { badRequest } from '../errors';
import type { SandboxState } from '../state';

export interface SentActivity {
  id: number;
  at: string;
  recipient: string;
  activityType: string;
  topic: { source: string; value: string; webUrl: string | null };
  previewText: string;
  templateParameters: { name: string; value: string }[];
  chainId: number | null;
  /** How it came: one user's endpoint or the bulk one. */
  via: 'user' | 'recipients';
}

const notification = z.object({
  topic: z.object({ source: z.enum(['text', 'entityUrl']), value: z.string().min(1), webUrl: z.string().url().optional() }),
  activityType: z.string().min(1).max(64),
  previewText: z.object({ content: z.string().max(150) }),
  templateParameters: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  chainId: z.number().int().optional(),
  teamsAppId: z.string().optional(),
  iconId: z.string().optional(),
});
const toRecipients = notification.extend({
  recipients: z
    .array(z.object({ '@odata.type': z.literal('microsoft.graph.aadUserNotificationRecipient'), userId: z.string().min(1) }))
    .min(1)
    .max(100),
});

function parse<T extends z.ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`Invalid request body: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown'}`);
  }
  const n = parsed.data as z.infer<typeof notification>;
  if (n.topic.source === 'text' && !n.topic.webUrl) throw badRequest('topic.webUrl is required when topic.source is text.');
  if (n.activityType === 'systemDefault' && !n.templateParameters?.some((p) => p.name === 'systemDefaultText'))
    throw badRequest('systemDefault needs the templateParameter systemDefaultText.');
  return parsed.data;
}

export function activityRoutes(app: FastifyInstance, state: SandboxState): void {
  const record = (recipient: string, n: z.infer<typeof notification>, via: SentActivity['via']): void => {
    state.activities.push({
      id: state.activities.length + 1,
      at: new Date().toISOString(),
      recipient,
      activityType: n.activityType,
      topic: { source: n.topic.source, value: n.topic.value, webUrl: n.topic.webUrl ?? null },
      previewText: n.previewText.content,
      templateParameters: n.templateParameters ?? [],
      chainId: n.chainId ?? null,
      via,
    });
  };

  app.post<{ Params: { userId: string } }>('/v1.0/users/:userId/teamwork/sendActivityNotification', async (request, reply) => {
    record(request.params.userId, parse(notification, request.body), 'user');
    return reply.code(204).send();
  });

  app.post('/v1.0/teamwork/sendActivityNotificationToRecipients', async (request, reply) => {
    const n = parse(toRecipients, request.body);
    for (const r of n.recipients) record(r.userId, n, 'recipients');
    return reply.code(202).send();
  });

  app.get('/_sandbox/activity', async () => ({ notifications: state.activities }));
  app.delete('/_sandbox/activity', async (_request, reply) => {
    state.activities.length = 0;
    return reply.code(204).send();
  });

  app.get('/activiteit', async (_request, reply) => {
    const rows = [...state.activities]
      .reverse()
      .map(
        (a) =>
          `<tr><td>${escapeHtml(a.at)}</td><td>${escapeHtml(a.recipient)}</td><td>${escapeHtml(a.activityType)}</td><td>${escapeHtml(a.previewText)}</td><td><a href="${escapeHtml(a.topic.webUrl ?? '#')}">${escapeHtml(a.topic.value)}</a></td></tr>`,
      )
      .join('');
    return reply
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Graph-sandbox: activiteitenfeed</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#242424}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.4rem;text-align:left;vertical-align:top}a{color:#4f52b2}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style></head>
<body><main><h1>Graph-sandbox: activiteitenfeed</h1><p><a href="/">Naar het kanaal</a></p>
<p>${state.activities.length} ${state.activities.length === 1 ? 'melding' : 'meldingen'} verstuurd (nieuwste eerst).</p>
<table><caption class="sr-only">Verstuurde meldingen</caption><thead><tr><th scope="col">Tijd</th><th scope="col">Ontvanger</th><th scope="col">Soort</th><th scope="col">Tekst</th><th scope="col">Onderwerp</th></tr></thead><tbody>${rows}</tbody></table></main></body></html>`,
      );
  });
}
