/** The checked-in manifests pass every offline check; broken ones are caught, each with its reason. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PATHS } from '../../scripts/manifest/render';
import { addinFacts, schemaErrors, unifiedProblems, type UnifiedManifest } from '../../scripts/manifest/unified';
import { validateAll } from '../../scripts/manifest/validateAll';
import { DEMO_VALUES } from '../../scripts/manifest/values';
import { xmlProblems } from '../../scripts/manifest/xmlChecks';

const unified = (): UnifiedManifest => JSON.parse(fs.readFileSync(PATHS.unified, 'utf8')) as UnifiedManifest;
const xml = fs.readFileSync(PATHS.xml, 'utf8');
const BASE = DEMO_VALUES.APP_BASE_URL;
let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'po-manifest-test-')); });
afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

const schemaErrorsOf = async (m: unknown): Promise<string[]> => {
  const file = path.join(tmp, `m-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(m));
  return schemaErrors(file);
};

describe('npm run validate on the checked-in files', () => {
  test('every check passes: templates, schema, XML, icons, package', async () => {
    const results = await validateAll();
    expect(results.map((r) => [r.name, r.problems])).toEqual(results.map((r) => [r.name, []]));
    expect(results.find((r) => r.name.startsWith('unified'))?.notes[0]).toMatch(/^schema v1\.\d+, offline/);
  });
});

describe('the unified manifest', () => {
  test('it declares the Teams surfaces and the Outlook add-in the product needs', () => {
    const m = unified();
    expect(m.$schema).toMatch(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/);
    expect(m.configurableTabs?.[0]?.context).toEqual(expect.arrayContaining(['meetingDetailsTab', 'meetingChatTab', 'meetingSidePanel', 'meetingStage', 'channelTab']));
    expect(m.authorization?.permissions?.resourceSpecific).toContainEqual({ name: 'MeetingStage.Write.Chat', type: 'Delegated' });
    expect(m.authorization?.permissions?.resourceSpecific).toContainEqual({ name: 'OnlineMeetingTranscript.Read.Chat', type: 'Application' });
    expect(addinFacts(m)).toMatchObject({ page: `${BASE}/app/outlook`, mailboxMinVersion: '1.8', builtInTabId: 'TabDefault' });
    expect(m.extensions?.[0]?.ribbons?.[0]?.contexts).toEqual(['meetingDetailsOrganizer']);
  });

  test('the official schema refuses an unknown tab context and a missing required field', async () => {
    const bad = unified() as unknown as Record<string, unknown> & UnifiedManifest;
    bad.configurableTabs![0]!.context!.push('meetingLobby');
    expect((await schemaErrorsOf(bad)).join('\n')).toMatch(/configurableTabs|context/);
    const { developer: _developer, ...noDeveloper } = unified() as unknown as Record<string, unknown>;
    expect((await schemaErrorsOf(noDeveloper)).join('\n')).toMatch(/developer/);
  });

  test('a manifest whose schema is not bundled is not validated online', async () => {
    expect(await schemaErrorsOf({ ...unified(), $schema: 'https://example.org/schema.json' })).toEqual([expect.stringContaining('offline valideren kan niet')]);
  });

  test('the product rules catch a missing stage permission, a wrong task pane page and a domain not listed', () => {
    const m = unified();
    m.authorization!.permissions!.resourceSpecific = m.authorization!.permissions!.resourceSpecific!.filter((p) => p.name !== 'MeetingStage.Write.Chat');
    m.extensions![0]!.runtimes![0]!.code.page = `${BASE}/outlook.html`;
    m.validDomains = [];
    expect(unifiedProblems(m, BASE)).toEqual(expect.arrayContaining([
      'authorization.permissions.resourceSpecific mist MeetingStage.Write.Chat',
      expect.stringContaining('de taakvensterpagina moet'),
      'validDomains mist localhost:3978',
    ]));
  });
});

describe('the XML add-in manifest', () => {
  const facts = addinFacts(unified());

  test('it agrees with the unified manifest', () => {
    expect(xmlProblems(xml, facts)).toEqual([]);
  });

  test('XML that is not well-formed is reported with its position', () => {
    expect(xmlProblems(xml.replace('</ProviderName>', ''), facts)[0]).toMatch(/^geen goed gevormde XML: .*\d+:\d+/);
  });

  test('another id, version, page or extension point than the unified manifest is reported', () => {
    const changed = xml
      .replace(`<Id>${facts.id}</Id>`, '<Id>11111111-2222-3333-4444-555555555555</Id>')
      .replace('<Version>1.0.0.0</Version>', '<Version>1.0.1.0</Version>')
      .replace(`DefaultValue="${BASE}/app/outlook"/>\n        </bt:Urls>`, `DefaultValue="${BASE}/app/other"/>\n        </bt:Urls>`)
      .replace('AppointmentOrganizerCommandSurface', 'MessageReadCommandSurface');
    const problems = xmlProblems(changed, facts);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('verschilt van het id van het unified manifest'),
      expect.stringContaining('<Version> 1.0.1.0 hoort bij versie 1.0.0'),
      'DesktopFormFactor mist ExtensionPoint AppointmentOrganizerCommandSurface',
    ]));
  });

  test('a missing resource, an element out of order and a weaker permission are reported', () => {
    const changed = xml
      .replace('<bt:String id="PoOverleg.ButtonLabel" DefaultValue="PO-agenda"/>', '')
      .replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadItem</Permissions>')
      .replace(/(<ProviderName>.*<\/ProviderName>)\s*(<DefaultLocale>.*<\/DefaultLocale>)/, '$2$1');
    const problems = xmlProblems(changed, facts);
    expect(problems).toEqual(expect.arrayContaining([
      'Button Label verwijst naar onbekende ShortStrings-resource "PoOverleg.ButtonLabel"',
      expect.stringContaining('<Permissions> moet ReadWriteItem zijn'),
      '<ProviderName> hoort vóór <DefaultLocale> te staan (volgorde van het schema)',
    ]));
  });
});
