/** The links to a PO agree with the Teams app package: the personal tab's entityId and the app id. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/server/config';
import { poLinks, TEAMS_TAB_ENTITY_ID } from '../../../src/server/render';

const manifest = (file: string): { id: string; staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[] } =>
  JSON.parse(readFileSync(path.join(__dirname, '../../../appPackage', file), 'utf8')) as never;

describe('links to a PO', () => {
  it('deep-link to the personal tab the app package declares', () => {
    for (const file of ['manifest.template.json', 'manifest.json']) {
      const tab = manifest(file).staticTabs.find((t) => t.scopes.includes('personal'));
      expect(tab?.entityId).toBe(TEAMS_TAB_ENTITY_ID);
      expect(tab?.contentUrl.endsWith('/app/tab')).toBe(true);
    }
  });

  it("use the configured app id, which is the built package's id by default", () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    expect(config.APP_ID).toBe(manifest('manifest.json').id);
    const { teams, browser } = poLinks({ appUrl: 'https://po.velsen.nl/', teamsAppId: config.APP_ID }, 'a1b2 c3');
    expect(browser).toBe('https://po.velsen.nl/app/tab?po=a1b2%20c3');
    expect(teams).toBe(
      `https://teams.microsoft.com/l/entity/${config.APP_ID}/po-overleg?webUrl=${encodeURIComponent('https://po.velsen.nl/app/tab?po=a1b2%20c3')}&context=${encodeURIComponent('{"subEntityId":"a1b2 c3"}')}`,
    );
  });

  it('fall back to the browser link without a Teams app id', () => {
    expect(poLinks({ appUrl: 'http://localhost:3978' }, 'x')).toEqual({ teams: null, browser: 'http://localhost:3978/app/tab?po=x' });
  });
});
