/**
 * A link to a channel message as Teams copies it ("Koppeling kopiëren"), given by a user who
 * confirms that an uncertain post is in the channel (`confirm.ts`):
 *
 *   https://teams.microsoft.com/l/message/<channelId>/<messageId>?tenantId=…&groupId=…&parentMessageId=<rootId>&…
 *
 * `parentMessageId` is the message itself for a message, and the message it replies under for a
 * reply. Only links of the verslag channel on a Teams host are taken: the link is shown to every
 * reader of the verslag as "Bekijk het verslag in Teams".
 */
import { fail } from '../../shared/errors';

const TEAMS_HOSTS = [
  'teams.microsoft.com',
  'teams.cloud.microsoft',
  'teams.microsoft.us',
  'gov.teams.microsoft.us',
  'dod.teams.microsoft.us',
  'teams.live.com',
];

export interface MessageLink {
  url: string;
  messageId: string;
  /** The message it replies under; equal to `messageId` for a message; null when the link does not say. */
  parentMessageId: string | null;
}

const refuse = (message: string): never =>
  fail('validation', `De link naar het bericht klopt niet: ${message}`, [{ code: 'invalid_message_link', path: 'body.messageUrl', message }]);

export function parseMessageLink(raw: string, channelId: string): MessageLink {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return refuse('dit is geen link.');
  }
  if (url.protocol !== 'https:' || !TEAMS_HOSTS.includes(url.hostname) || url.username || url.password || url.port) {
    return refuse('kopieer de link in Teams (… bij het bericht > Koppeling kopiëren).');
  }
  const match = /^\/l\/message\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
  const [, channel, messageId] = match ?? [];
  if (!channel || !messageId) return refuse('dit is geen link naar een bericht in een kanaal.');
  let decoded: string;
  try {
    decoded = decodeURIComponent(channel);
  } catch {
    return refuse('dit is geen link naar een bericht in een kanaal.');
  }
  if (decoded !== channelId) return refuse('dit bericht staat in een ander kanaal dan het verslagkanaal.');
  if (!/^\d{1,20}$/.test(messageId)) return refuse('het bericht-id in de link is onleesbaar.');
  const parent = url.searchParams.get('parentMessageId');
  return { url: url.toString(), messageId, parentMessageId: parent && /^\d{1,20}$/.test(parent) ? parent : null };
}
