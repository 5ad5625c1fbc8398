/** Builds the dependencies from the configuration: database, token verification, clock, change bus. */
import type { Config } from './config';
import { devSigner, entraVerifier } from './auth/tokens';
import { ChangeBus, type Deps } from './deps';
import { openDatabase } from './store/db';
import { createGraphPort } from './graphPort';

export async function createDeps(
  config: Config,
  opts: { devKeyFile: string | null; sandboxBaseUrl?: string | null; /** Tests set the clock; the server uses the system's. */ now?: () => Date },
): Promise<Deps> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDataDir: config.PGLITE_DATA_DIR });
  const signer = config.AUTH_MODE === 'development' ? await devSigner(opts.devKeyFile) : null;
  const verifier =
    signer ??
    entraVerifier(config.ENTRA_TENANT_ID ?? '', [config.ENTRA_APP_ID_URI ?? '', config.ENTRA_CLIENT_ID ?? ''].filter(Boolean), config.ENTRA_AUTHORITY_HOST);
  const graph = createGraphPort(config, { sandboxBaseUrl: opts.sandboxBaseUrl });
  return { config, db, verifier, devSigner: signer, now: opts.now ?? (() => new Date()), changes: new ChangeBus(), graph };
}
