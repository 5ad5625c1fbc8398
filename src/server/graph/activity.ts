/**
 * Teams activity-feed notifications (Graph `sendActivityNotification`), for any part of the app:
 * reminders, the weekly digest, and later "agenda ter vaststelling". The activity types are declared
 * in the app manifest (`activities.activityTypes`, appPackage/manifest.template.json); the app needs
 * TeamsActivity.Send (application, or TeamsActivity.Send.User by resource-specific consent) and must
 * be installed for the recipient. The topic is plain text with the link a click opens.
 *
 * Also the app-only token (client credentials) that background work uses: a reminder acts for no
 * signed-in user, so it cannot use On-Behalf-Of.
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import { AppError, ERRORS } from '../../shared/errors';
import type { GraphClient } from './client';
import { GRAPH_DEFAULT_SCOPES, msalToAppError, type GraphTokenProvider } from './tokens';

/** The activity types the manifest declares (keep equal to appPackage/manifest.template.json). */
export const ACTIVITY_TYPES = {
  /** An actiepunt, toezegging or motie nears or passed its deadline. templateText: "{onderwerp}: deadline {wanneer}". */
  herinnering: 'herinnering',
  /** The concernadviseur's weekly digest. templateText: "Weekoverzicht opvolging". */
  weekoverzicht: 'weekoverzicht',
  /** The portefeuillehouder is asked to agree to an agenda. templateText: "Agenda ter vaststelling: {po}". */
  agendaTerVaststelling: 'agendaTerVaststelling',
} as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[keyof typeof ACTIVITY_TYPES];

export interface ActivityNotification {
  activityType: ActivityType;
  /** What it is about (shown as the notification's location) and where a click leads. */
  topic: { text: string; webUrl: string };
  /** The line under the title; Teams shows the first 150 characters. */
  previewText: string;
  /** Values for the `{placeholders}` of the activity type's templateText. */
  templateParameters?: Record<string, string>;
  /** The same chainId replaces an earlier notification: a resent reminder is not a second one. */
  chainId?: number;
  /** The Teams app id when the same Entra app is installed more than once. */
  teamsAppId?: string;
}

/** Graph's request body for one notification (without recipients). */
export function activityBody(n: ActivityNotification): Record<string, unknown> {
  return {
    topic: { source: 'text', value: n.topic.text.slice(0, 200), webUrl: n.topic.webUrl },
    activityType: n.activityType,
    previewText: { content: n.previewText.slice(0, 150) },
    templateParameters: Object.entries(n.templateParameters ?? {}).map(([name, value]) => ({ name, value })),
    ...(n.chainId !== undefined ? { chainId: n.chainId } : {}),
    ...(n.teamsAppId ? { teamsAppId: n.teamsAppId } : {}),
  };
}

/** `POST /users/{id}/teamwork/sendActivityNotification`: one recipient (Entra object id or UPN). Graph answers 204. */
export async function sendActivityNotification(client: GraphClient, recipient: string, n: ActivityNotification): Promise<void> {
  await client.post(`/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`, activityBody(n));
}

/** `POST /teamwork/sendActivityNotificationToRecipients`: the same notification to several users (at most 100). */
export async function sendActivityNotificationToRecipients(client: GraphClient, recipients: string[], n: ActivityNotification): Promise<void> {
  if (recipients.length === 0) return;
  if (recipients.length > 100) throw new Error('sendActivityNotificationToRecipients: ten hoogste 100 ontvangers per verzoek');
  await client.post('/teamwork/sendActivityNotificationToRecipients', {
    ...activityBody(n),
    recipients: recipients.map((userId) => ({ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId })),
  });
}

/** App-only tokens (client credentials) for background work; cached until shortly before they expire. */
export function createAppTokenProvider(opts: { clientId: string; clientSecret: string; authority: string; knownAuthorities?: string[] }): GraphTokenProvider {
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      authority: opts.authority,
      ...(opts.knownAuthorities ? { knownAuthorities: opts.knownAuthorities } : {}),
    },
  });
  let cached: { token: string; expiresAt: number } | null = null;
  return {
    async tokenFor() {
      if (cached && cached.expiresAt - 5 * 60_000 > Date.now()) return cached.token;
      let result;
      try {
        result = await msal.acquireTokenByClientCredential({ scopes: GRAPH_DEFAULT_SCOPES });
      } catch (err) {
        throw msalToAppError(err);
      }
      if (!result?.accessToken) throw new AppError('graph_failed', `${ERRORS.graph_failed.nl} [Entra: geen toegangstoken ontvangen]`);
      cached = { token: result.accessToken, expiresAt: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 10 * 60_000 };
      return cached.token;
    },
  };
}
