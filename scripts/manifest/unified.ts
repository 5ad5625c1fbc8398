/**
 * The unified Microsoft 365 app manifest: its schema check (offline, with the schemas bundled in
 * @microsoft/app-manifest, through office-addin-manifest's validator) and the product's own rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { validateManifest } from 'office-addin-manifest';

interface Icon { size: number; url: string }
interface Control { id: string; type: string; label: string; icons: Icon[]; supertip: { title: string; description: string }; actionId?: string }
interface Group { id?: string; label?: string; icons?: Icon[]; controls?: Control[] }
interface Extension {
  requirements?: { scopes?: string[]; capabilities?: { name: string; minVersion?: string }[] };
  runtimes?: { id: string; code: { page: string }; actions?: { id: string; type: string }[] }[];
  ribbons?: { contexts?: string[]; tabs: { builtInTabId?: string; groups?: Group[] }[] }[];
}
export interface UnifiedManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  icons: { color: string; outline: string };
  validDomains?: string[];
  webApplicationInfo?: { id: string; resource?: string };
  authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  staticTabs?: { entityId: string; contentUrl?: string }[];
  configurableTabs?: { configurationUrl: string; scopes: string[]; context?: string[]; meetingSurfaces?: string[]; supportedSharePointHosts?: string[] }[];
  extensions?: Extension[];
}

const SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build');
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/(teams\/v[^/]+\/MicrosoftTeams\.schema\.json)$/;

/** The bundled copy of the manifest's schema, or null when it would have to be downloaded. */
export function bundledSchemaPath(schemaUrl: string): string | null {
  const m = SCHEMA_URL.exec(schemaUrl);
  const file = m?.[1] ? path.join(SCHEMA_ROOT, 'json-schemas', m[1]) : null;
  return file && fs.existsSync(file) ? file : null;
}

/** The newest released (not preview) schema version bundled in @microsoft/app-manifest. */
export function newestBundledVersion(): string {
  const versions = fs.readdirSync(path.join(SCHEMA_ROOT, 'json-schemas', 'teams')).filter((v) => /^v\d+\.\d+$/.test(v)).map((v) => v.slice(1));
  const key = (v: string): number[] => v.split('.').map(Number);
  versions.sort((a, b) => key(a)[0]! - key(b)[0]! || key(a)[1]! - key(b)[1]!);
  return versions.at(-1) ?? '';
}

/** Schema errors of the manifest file, as `office-addin-manifest validate` reports them; offline only. */
export async function schemaErrors(manifestPath: string): Promise<string[]> {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { $schema?: string };
  if (!manifest.$schema || !bundledSchemaPath(manifest.$schema)) {
    return [`$schema ${manifest.$schema ?? '(ontbreekt)'} is niet meegeleverd in @microsoft/app-manifest: offline valideren kan niet.`];
  }
  try {
    const result = await validateManifest(manifestPath);
    if (result.isValid) return [];
    return (result.report?.errors ?? []).map((e) => e.content ?? e.title ?? 'onbekende fout');
  } catch (e) {
    // office-addin-manifest's typed reader refuses some invalid manifests before the schema check:
    // then the schema errors straight from ajv, against the same bundled schema.
    const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest);
    return errors.length > 0 ? errors : [e instanceof Error ? e.message.trim() : String(e)];
  }
}

export const REQUIRED_TAB_CONTEXTS = ['meetingDetailsTab', 'meetingChatTab', 'meetingSidePanel', 'meetingStage', 'channelTab'];
export const REQUIRED_RSC = ['MeetingStage.Write.Chat', 'MailboxItem.ReadWrite.User'];

/** The task pane facts both manifests must agree on. */
export interface AddinFacts {
  id: string;
  version: string;
  page: string;
  mailboxMinVersion: string;
  builtInTabId: string;
  group: { id: string; label: string };
  control: { id: string; label: string; supertipTitle: string };
  icons: Record<number, string>;
  webApp: { id: string; resource: string };
}

export function addinFacts(m: UnifiedManifest): AddinFacts {
  const ext = m.extensions?.[0];
  const runtime = ext?.runtimes?.[0];
  const tab = ext?.ribbons?.[0]?.tabs[0];
  const group = tab?.groups?.[0];
  const control = group?.controls?.[0];
  return {
    id: m.id,
    version: m.version,
    page: runtime?.code.page ?? '',
    mailboxMinVersion: ext?.requirements?.capabilities?.find((c) => c.name === 'Mailbox')?.minVersion ?? '',
    builtInTabId: tab?.builtInTabId ?? '',
    group: { id: group?.id ?? '', label: group?.label ?? '' },
    control: { id: control?.id ?? '', label: control?.label ?? '', supertipTitle: control?.supertip.title ?? '' },
    icons: Object.fromEntries((control?.icons ?? []).map((i) => [i.size, i.url])),
    webApp: { id: m.webApplicationInfo?.id ?? '', resource: m.webApplicationInfo?.resource ?? '' },
  };
}

const urlsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.entries(value).filter(([k]) => k !== '$schema').flatMap(([, v]) => urlsIn(v));
  return [];
};

/** The product's rules for its manifest, beyond the schema. Empty when all hold. */
export function unifiedProblems(m: UnifiedManifest, base: string): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(m);
  if (json.includes('${{')) problems.push('er staat nog een ${{...}}-plaatshouder in het manifest');
  const facts = addinFacts(m);
  const tab = m.configurableTabs?.[0];
  if (m.staticTabs?.[0]?.contentUrl !== `${base}/app/tab`) problems.push(`staticTabs[0].contentUrl moet ${base}/app/tab zijn`);
  if (tab?.configurationUrl !== `${base}/app/config`) problems.push(`configurableTabs[0].configurationUrl moet ${base}/app/config zijn`);
  for (const c of REQUIRED_TAB_CONTEXTS) if (!tab?.context?.includes(c)) problems.push(`configurableTabs[0].context mist ${c}`);
  if (tab?.supportedSharePointHosts?.length !== 0) problems.push('configurableTabs[0].supportedSharePointHosts moet leeg zijn (niet in SharePoint)');
  const rsc = (m.authorization?.permissions?.resourceSpecific ?? []).map((p) => p.name);
  for (const name of REQUIRED_RSC) if (!rsc.includes(name)) problems.push(`authorization.permissions.resourceSpecific mist ${name}`);
  if (facts.page !== `${base}/app/outlook`) problems.push(`de taakvensterpagina moet ${base}/app/outlook zijn (nu ${facts.page || 'geen'})`);
  if (facts.mailboxMinVersion !== '1.8') problems.push('extensions[0].requirements moet Mailbox 1.8 vragen');
  const ribbon = m.extensions?.[0]?.ribbons?.[0];
  if (!ribbon?.contexts?.includes('meetingDetailsOrganizer')) problems.push('extensions[0].ribbons[0].contexts mist meetingDetailsOrganizer');
  const actions = (m.extensions?.[0]?.runtimes ?? []).flatMap((r) => r.actions ?? []);
  const controls = (ribbon?.tabs ?? []).flatMap((t) => t.groups ?? []).flatMap((g) => g.controls ?? []);
  for (const c of controls) if (!actions.some((a) => a.id === c.actionId)) problems.push(`knop ${c.id} verwijst naar onbekende actie ${c.actionId ?? '(geen)'}`);
  for (const size of [16, 32, 80]) if (!facts.icons[size]) problems.push(`de knop mist een pictogram van ${size} pixels`);
  if (!facts.webApp.resource.startsWith('api://')) problems.push('webApplicationInfo.resource moet de Application ID URI (api://...) zijn');
  const domains = new Set(m.validDomains ?? []);
  for (const url of new Set(urlsIn(m))) {
    const host = new URL(url).host;
    if (!url.startsWith('https://')) problems.push(`${url} is geen https-adres`);
    else if (host === new URL(base).host && !domains.has(host)) problems.push(`validDomains mist ${host}`);
  }
  return problems;
}
