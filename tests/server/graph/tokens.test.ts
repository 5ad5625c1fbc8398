/** The on-behalf-of exchange with msal-node against a local Entra stand-in, and its use on Graph. */
import { startGraphSandbox, type GraphSandbox } from '../../../src/sandbox';
import { createGraphClient, createOboTokenProvider, createStaticTokenProvider, postChannelMessage } from '../../../src/server/graph';
import { entraNetworkClient, ENTRA_HOST, startFakeEntra, type FakeEntra } from './fakeEntra';
import { noPacing } from './helpers';

const TENANT = '5f1c0d2e-0000-4000-8000-000000000001';
const CLIENT_ID = '9a8b7c6d-0000-4000-8000-000000000002';
const SECRET = 'app-secret-value';
const tokenFor = (assertion: string): string => `graph-token-for-${assertion}`;

let entra: FakeEntra;
let sandbox: GraphSandbox;

beforeAll(async () => {
  entra = await startFakeEntra(TENANT);
  // This sandbox only accepts tokens the fake Entra issued.
  sandbox = await startGraphSandbox({ acceptToken: (t) => t.startsWith('graph-token-for-') });
});
afterAll(async () => {
  await Promise.all([entra.close(), sandbox.close()]);
});
beforeEach(() => {
  entra.tokenRequests.length = 0;
  entra.gets.length = 0;
  entra.reply = (form) => ({
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: 'https://graph.microsoft.com/.default',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: tokenFor(form.get('assertion') ?? ''),
    },
  });
});

const provider = () =>
  createOboTokenProvider({
    tenantId: TENANT,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    authority: entra.authority,
    knownAuthorities: [ENTRA_HOST],
    networkClient: entraNetworkClient(entra),
  });

describe('createOboTokenProvider', () => {
  it('sends the on-behalf-of grant with the user’s assertion and returns the access token', async () => {
    const token = await provider().tokenFor('sso-token-alice');
    expect(token).toBe(tokenFor('sso-token-alice'));
    expect(entra.gets).toContain(`/${TENANT}/v2.0/.well-known/openid-configuration`);
    expect(entra.tokenRequests).toHaveLength(1);
    const form = entra.tokenRequests[0];
    expect(form?.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form?.get('requested_token_use')).toBe('on_behalf_of');
    expect(form?.get('assertion')).toBe('sso-token-alice');
    expect(form?.get('client_id')).toBe(CLIENT_ID);
    expect(form?.get('client_secret')).toBe(SECRET);
    expect(form?.get('scope')?.split(' ')).toContain('https://graph.microsoft.com/.default');
  });

  it('uses the exchanged token on Graph: the sandbox accepts the call', async () => {
    const obo = provider();
    const client = createGraphClient({ baseUrl: sandbox.graphBaseUrl, getToken: () => obo.tokenFor('sso-token-bob') });
    await postChannelMessage(client, 't', 'c', { html: '<p>Verslag</p>' }, { pacer: noPacing });
    expect(sandbox.state.channel('t', 'c').messages).toHaveLength(1);

    const withoutExchange = createGraphClient({ baseUrl: sandbox.graphBaseUrl, getToken: async () => 'sso-token-bob' });
    await expect(postChannelMessage(withoutExchange, 't', 'c', { html: '<p>x</p>' }, { pacer: noPacing })).rejects.toMatchObject({
      id: 'graph_failed',
      message: expect.stringContaining('401 InvalidAuthenticationToken'),
    });
  });

  it('caches per user assertion: the same user is not exchanged twice, another user is', async () => {
    const obo = provider();
    await obo.tokenFor('sso-token-carla');
    await Promise.all([obo.tokenFor('sso-token-carla'), obo.tokenFor('sso-token-carla')]);
    expect(entra.tokenRequests).toHaveLength(1);
    expect(await obo.tokenFor('sso-token-dirk')).toBe(tokenFor('sso-token-dirk'));
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('maps missing consent (AADSTS65001) to consent_required without leaking the assertion', async () => {
    entra.reply = () => ({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          "AADSTS65001: The user or administrator has not consented to use the application with ID '9a8b'. Send an interactive authorization request for this user and resource.",
        error_codes: [65001],
        suberror: 'consent_required',
      },
    });
    const err = await provider()
      .tokenFor('sso-token-erik')
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ id: 'consent_required', status: 403 });
    expect((err as Error).message).toContain('AADSTS65001');
    expect((err as Error).message).not.toContain('sso-token-erik');
  });
});

describe('createStaticTokenProvider', () => {
  it('gives the same token for every user', async () => {
    const fixed = createStaticTokenProvider('sandbox');
    expect(await fixed.tokenFor('a')).toBe('sandbox');
    expect(await fixed.tokenFor('b')).toBe('sandbox');
  });
});
