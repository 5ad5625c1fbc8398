/**
 * Chooses how the app reaches Microsoft Graph: the tenant's Graph with On-Behalf-Of tokens, or the
 * local sandbox with a fixed token (development and tests).
 */
import type { OrganisationConfig } from '../domain';
import { ENTRA_PUBLIC_CLOUD_HOST, type Config } from './config';
import type { GraphPort } from './deps';
import {
  createAppTokenProvider,
  createGraphClient,
  createOboTokenProvider,
  createStaticTokenProvider,
  type GraphClient,
  type GraphClientOptions,
  type GraphTokenProvider,
} from './graph';

export const SANDBOX_TOKEN = 'po-overleg-sandbox-token';
export const SANDBOX_TEAM_ID = 'team-po-overleg';
export const SANDBOX_CHANNEL_ID = 'channel-verslagen';

/**
 * `client`: retry and time-limit settings of every client (tests shorten the time limit to meet
 * the sandbox's delayed answers).
 */
export function createGraphPort(
  config: Config,
  opts: { sandboxBaseUrl?: string | null; client?: Pick<GraphClientOptions, 'attemptTimeoutMs' | 'maxRetries' | 'maxTotalWaitMs' | 'baseBackoffMs'> } = {},
): GraphPort {
  const sandbox = Boolean(opts.sandboxBaseUrl);
  const baseUrl = opts.sandboxBaseUrl ?? config.GRAPH_BASE_URL;
  const tokens: GraphTokenProvider =
    sandbox || config.AUTH_MODE !== 'entra'
      ? createStaticTokenProvider(SANDBOX_TOKEN)
      : createOboTokenProvider({
          tenantId: config.ENTRA_TENANT_ID ?? '',
          clientId: config.ENTRA_CLIENT_ID ?? '',
          clientSecret: config.ENTRA_CLIENT_SECRET ?? '',
          authority: `https://${config.ENTRA_AUTHORITY_HOST}/${config.ENTRA_TENANT_ID ?? ''}`,
          // Another sign-in host than the public cloud's: msal takes it as given (no instance discovery at Microsoft).
          ...(config.ENTRA_AUTHORITY_HOST === ENTRA_PUBLIC_CLOUD_HOST ? {} : { knownAuthorities: [config.ENTRA_AUTHORITY_HOST] }),
        });
  // Background work (reminders) acts as the app: client credentials, or the sandbox's fixed token.
  const appTokens: GraphTokenProvider | null =
    sandbox || config.AUTH_MODE !== 'entra'
      ? createStaticTokenProvider(SANDBOX_TOKEN)
      : config.ENTRA_CLIENT_SECRET
        ? createAppTokenProvider({
            clientId: config.ENTRA_CLIENT_ID ?? '',
            clientSecret: config.ENTRA_CLIENT_SECRET,
            authority: `https://${config.ENTRA_AUTHORITY_HOST}/${config.ENTRA_TENANT_ID ?? ''}`,
            ...(config.ENTRA_AUTHORITY_HOST === ENTRA_PUBLIC_CLOUD_HOST ? {} : { knownAuthorities: [config.ENTRA_AUTHORITY_HOST] }),
          })
        : null;
  let appClient: GraphClient | null = null;
  const teamId = config.VERSLAG_TEAM_ID ?? (sandbox ? SANDBOX_TEAM_ID : null);
  const channelId = config.VERSLAG_CHANNEL_ID ?? (sandbox ? SANDBOX_CHANNEL_ID : null);
  return {
    clientFor: (actor) => createGraphClient({ ...opts.client, baseUrl, getToken: () => tokens.tokenFor(actor.assertion) }),
    appClient: () => (appTokens ? (appClient ??= createGraphClient({ ...opts.client, baseUrl, getToken: () => appTokens.tokenFor('') })) : null),
    verslagChannel: teamId && channelId ? { teamId, channelId } : null,
    plannerPlanId: config.PLANNER_PLAN_ID ?? (sandbox ? 'plan-po-actiepunten' : null),
  };
}

/**
 * Where the verslagen go and which Planner plan takes the actiepunten: the organisation's choice in
 * Beheer, else the deployment's default (VERSLAG_TEAM_ID / VERSLAG_CHANNEL_ID / PLANNER_PLAN_ID).
 */
export function verslagChannelOf(graph: GraphPort, org: Pick<OrganisationConfig, 'verslagChannel'> | null): GraphPort['verslagChannel'] {
  const chosen = org?.verslagChannel;
  return chosen ? { teamId: chosen.teamId, channelId: chosen.channelId } : graph.verslagChannel;
}

export function plannerPlanOf(graph: GraphPort, org: Pick<OrganisationConfig, 'plannerPlanId'> | null): string | null {
  return org?.plannerPlanId || graph.plannerPlanId;
}
