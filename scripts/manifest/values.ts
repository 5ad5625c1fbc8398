/**
 * The values the manifests are rendered with: the demo values (checked in, https://localhost:3978)
 * or a tenant's, from the app configuration (src/server/config.ts: APP_BASE_URL, APP_ID,
 * ENTRA_CLIENT_ID, ENTRA_APP_ID_URI).
 */
import { loadConfig } from '../../src/server/config';

export const PLACEHOLDERS = ['APP_BASE_URL', 'APP_HOST', 'APP_ID', 'ENTRA_CLIENT_ID', 'APP_ID_URI'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type ManifestValues = Record<Placeholder, string>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The checked-in manifests: a local, https development server and placeholder ids. */
export const DEMO_VALUES: ManifestValues = {
  APP_BASE_URL: 'https://localhost:3978',
  APP_HOST: 'localhost:3978',
  /** The default APP_ID of src/server/config.ts. */
  APP_ID: loadConfig({}).APP_ID,
  ENTRA_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
  APP_ID_URI: 'api://localhost:3978/00000000-0000-0000-0000-000000000000',
};

/** Every problem with a set of values, as Dutch sentences naming the variable; empty when fine. */
export function valueProblems(v: Partial<ManifestValues>): string[] {
  const problems: string[] = [];
  const base = v.APP_BASE_URL ?? '';
  if (!/^https:\/\/[^/]+$/i.test(base)) problems.push(`APP_BASE_URL moet een https-adres zonder pad of slot-/ zijn (nu "${base}"): Teams en Outlook laden alleen https.`);
  if (!v.APP_ID || !GUID.test(v.APP_ID)) problems.push('APP_ID moet een vaste GUID zijn: hij identificeert de app bij elke update.');
  if (!v.ENTRA_CLIENT_ID || !GUID.test(v.ENTRA_CLIENT_ID)) problems.push('ENTRA_CLIENT_ID moet de GUID van de app-registratie in Entra ID zijn.');
  if (!v.APP_ID_URI || !/^api:\/\/\S+$/.test(v.APP_ID_URI)) problems.push('ENTRA_APP_ID_URI moet de Application ID URI zijn, bijvoorbeeld api://po.gemeente.nl/<client-id>.');
  return problems;
}

/** A tenant's values from the environment; throws listing every missing or bad variable. */
export function valuesFromEnv(env: NodeJS.ProcessEnv = process.env): ManifestValues {
  const config = loadConfig(env);
  const base = (config.APP_BASE_URL ?? '').replace(/\/+$/, '');
  const values: Partial<ManifestValues> = {
    APP_BASE_URL: base,
    APP_HOST: base ? new URL(base).host : '',
    APP_ID: config.APP_ID,
    ENTRA_CLIENT_ID: config.ENTRA_CLIENT_ID,
    APP_ID_URI: config.ENTRA_APP_ID_URI,
  };
  const problems = valueProblems(values);
  if (problems.length > 0) throw new Error(`Het app-pakket kan niet worden gemaakt:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return values as ManifestValues;
}
