/**
 * `npm run test:prod-e2e`: a real municipality installs it (issue 12, "Done when"). The production
 * build, started as in production (`npm run start:prod`, NODE_ENV=production: no development
 * sign-in, no sandbox, no demo data) against an empty PostgreSQL database, is set up through the
 * Beheer screens in Chromium as "Gemeente Testdorp", used by the concernadviseur it configured, and
 * restarted; the organisation must be what was entered, and nothing of the Velsen demo.
 *
 * Microsoft's part is played locally and honestly: a stand-in Entra tenant over https
 * (entraStandIn.ts) at ENTRA_AUTHORITY_HOST signs the SSO tokens the server verifies as it verifies
 * Entra's, and answers the On-Behalf-Of exchange; the Graph sandbox, at GRAPH_BASE_URL, plays the
 * tenant's Graph and accepts only the access tokens that exchange handed out. Teams is the host
 * simulator of the browser tests, handing the app the SSO token.
 *
 * Environment: PROD_E2E_DATABASE_URL (an empty database) or TEST_DATABASE_URL (a server: a fresh
 * database is made and dropped); PROD_DIR (a built folder as .ci/run makes it) or nothing (built
 * here); PROD_E2E_SCREENSHOTS (default test-results/prod-e2e). Exits 1 naming the failed step.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Frame } from 'playwright-core';
import { nextPoStart } from '../../../src/domain';
import { amsterdamDate, amsterdamTime, isoWeekday } from '../../../src/domain/dates';
import { SANDBOX_PEOPLE } from '../../../src/sandbox/directory';
import { startGraphSandbox } from '../../../src/sandbox';
import { launchChromium } from '../../e2e/helpers';
import { openInTeams } from '../../e2e/simulator/simulator';
import { freshDatabase } from '../../server/helpers/server';
import { startEntraStandIn, type EntraUser } from './entraStandIn';
import { preparedBuild, ROOT, startProdServer, type ProdServer } from './prodServer';

const started = Date.now();
const seconds = (since: number): string => ((Date.now() - since) / 1000).toFixed(1);
const shotsDir = path.resolve(process.env.PROD_E2E_SCREENSHOTS ?? path.join(ROOT, 'test-results', 'prod-e2e'));

const personOf = (name: string, groups?: string[]): EntraUser => {
  const p = SANDBOX_PEOPLE.find((x) => x.displayName === name);
  if (!p) throw new Error(`${name} staat niet in de directory van de sandbox`);
  return { oid: p.id, name: p.displayName, upn: p.userPrincipalName, ...(groups ? { groups } : {}) };
};

/** A port free on this machine now (the server keeps it across its restart). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

async function main(): Promise<void> {
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'po-prod-e2e-'));
  const cleanups: (() => Promise<unknown>)[] = [async () => rmSync(work, { recursive: true, force: true })];
  let current: Frame | null = null;
  let shot = 0;
  const screenshot = async (name: string): Promise<void> => {
    const page = current?.page();
    if (page) await page.screenshot({ path: path.join(shotsDir, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      const result = await fn();
      console.log(`  ✓ ${name} (${seconds(t0)} s)`);
      return result;
    } catch (err) {
      await screenshot(`MISLUKT-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => undefined);
      throw new Error(`Stap "${name}" mislukte: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  try {
    console.log('Productie end-to-end: Gemeente Testdorp richt PO-overleg in');
    const dir = await step('de productiebuild klaarzetten', async () => preparedBuild(work));
    const databaseUrl = await step('een lege PostgreSQL-database', async () => {
      if (process.env.PROD_E2E_DATABASE_URL) return process.env.PROD_E2E_DATABASE_URL;
      const base = process.env.TEST_DATABASE_URL;
      if (!base) throw new Error('zet PROD_E2E_DATABASE_URL (een lege database) of TEST_DATABASE_URL (een PostgreSQL-server)');
      const db = await freshDatabase(base);
      cleanups.push(db.drop);
      return db.url;
    });

    const entra = await startEntraStandIn(work);
    cleanups.push(entra.close);
    const graph = await startGraphSandbox({ port: 0, acceptToken: (t) => entra.isGraphToken(t) });
    cleanups.push(graph.close);
    const adminGroup = '7e1d2c3b-0000-4000-8000-00000000ad01';
    const port = String(await freePort());
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      PORT: port,
      APP_BASE_URL: 'https://po.testdorp.invalid',
      APP_ID: '0b7c6a5d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      ENTRA_TENANT_ID: entra.tenantId,
      ENTRA_CLIENT_ID: entra.clientId,
      ENTRA_CLIENT_SECRET: entra.clientSecret,
      ENTRA_APP_ID_URI: entra.appIdUri,
      ENTRA_AUTHORITY_HOST: entra.host,
      ENTRA_ADMIN_GROUP_ID: adminGroup,
      GRAPH_BASE_URL: graph.graphBaseUrl,
      // The stand-in's self-signed certificate, trusted as a company CA would be; Node's own setting.
      NODE_EXTRA_CA_CERTS: entra.caFile,
    };
    let server: ProdServer = await step('de server starten met NODE_ENV=production', () => startProdServer(dir, env));
    cleanups.push(() => server.stop());

    const daan = personOf('Daan Meijer', [adminGroup]);
    const pieter = personOf('Pieter Vermeulen');
    const api = async <T>(who: EntraUser, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
      const res = await fetch(`${server.url}${url}`, {
        method,
        headers: { authorization: `Bearer ${await entra.ssoToken(who)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: (await res.json()) as T };
    };

    await step('productie weigert de ontwikkel-aanmelding en heeft geen demogegevens', async () => {
      const dev = await fetch(`${server.url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'u-eva' }),
      });
      check(dev.status === 404, `POST /api/dev/token gaf ${dev.status}, verwacht 404`);
      const org = await api<{ error?: { id: string } }>(pieter, 'GET', '/api/organisatie');
      check(
        org.status === 409 || org.body.error?.id === 'not_configured',
        `een lege database hoort geen organisatie te hebben (GET /api/organisatie: ${org.status} ${JSON.stringify(org.body)})`,
      );
    });

    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const contexts: BrowserContext[] = [];
    const openTab = async (who: EntraUser, hash = ''): Promise<Frame> => {
      const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1300, height: 1000 } });
      contexts.push(ctx);
      const sim = await openInTeams(ctx, {
        appUrl: `${server.url}/app/tab${hash}`,
        frameContext: 'content',
        token: await entra.ssoToken(who),
        user: { id: who.oid, name: who.name, upn: who.upn },
      });
      await sim.page.waitForFunction(() => document.querySelector('iframe#app') !== null);
      const frame = await (await sim.page.$('iframe#app'))?.contentFrame();
      if (!frame) throw new Error('de app staat niet in de Teams-simulator');
      current = frame;
      await frame.getByText(`Aangemeld als ${who.name}`).waitFor({ timeout: 30_000 });
      return frame;
    };

    // --- First run: the beheerder -------------------------------------------------------------
    const beheer = await step('Daan Meijer (lid van de beheergroep) meldt zich aan en wordt beheerder', async () => {
      const app = await openTab(daan);
      await app.getByRole('heading', { name: 'Beheer van de organisatie' }).waitFor();
      await app.getByText('Welkom: richt de organisatie in').waitFor();
      const me = await api<{ roles: string[] }>(daan, 'GET', '/api/me');
      check(me.body.roles.includes('beheerder'), `Daan hoort beheerder te zijn, rollen: ${me.body.roles.join(', ')}`);
      await screenshot('welkom-beheerder');
      return app;
    });

    const saved = async (form: ReturnType<Frame['getByRole']>): Promise<void> => {
      await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await form.getByText('Opgeslagen.').waitFor({ timeout: 15_000 });
    };

    await step('naam, agendasecties en PO-dag en -tijd', async () => {
      const form = beheer.getByRole('form', { name: 'Organisatie en agenda' });
      await form.getByRole('textbox', { name: 'Naam van de organisatie' }).fill('Gemeente Testdorp');
      await form.getByRole('textbox', { name: /Agendasecties/ }).fill('Besluitvorming\nVoortgang projecten\nRondvraag');
      await form.getByRole('combobox', { name: 'Dag van het PO' }).selectOption({ label: 'dinsdag' });
      await form.getByLabel('Tijd van het PO').fill('10:00');
      await saved(form);
    });

    await step('gebruikers en rollen, gekozen met de personenkiezer (Graph)', async () => {
      const users = beheer.getByRole('region', { name: 'Gebruikers en rollen' });
      const add = async (search: string, name: string, roles: string[]): Promise<void> => {
        await users.getByRole('searchbox', { name: /Zoek een collega/ }).fill(search);
        await users.getByRole('button', { name: `Kies ${name}` }).click();
        for (const role of roles) await users.getByRole('checkbox', { name: role, exact: true }).check();
        await users.getByRole('button', { name: `${name} toevoegen met deze rollen` }).click();
        await users.getByRole('list', { name: 'Gebruikers' }).getByText(name).first().waitFor();
      };
      await add('anouk', 'Anouk van Dijk', ['Portefeuillehouder']);
      await add('lotte de', 'Lotte de Boer', ['Portefeuillehouder']);
      await add('hamid', 'Hamid Yilmaz', ['Portefeuillehouder']);
      await add('pieter', 'Pieter Vermeulen', ['Concernadviseur']);
      await add('iris', 'Iris Hendriks', ['Notulist']);
      await screenshot('gebruikers');
    });

    await step('het college: een burgemeester en twee wethouders met portefeuilles', async () => {
      const college = beheer.getByRole('region', { name: 'College' });
      const member = async (name: string, titel: string, portefeuilles: string, themas: string): Promise<void> => {
        await college.getByRole('button', { name: 'Portefeuillehouder toevoegen' }).click();
        const form = college.getByRole('form', { name: 'Portefeuillehouder toevoegen' });
        await form.getByRole('textbox', { name: 'Naam' }).fill(name);
        await form.getByRole('combobox', { name: 'Functie' }).selectOption(titel);
        await form.getByRole('combobox', { name: 'Gekoppelde gebruiker' }).selectOption({ label: name });
        await form.getByRole('textbox', { name: /Portefeuilles/ }).fill(portefeuilles);
        await form.getByRole('textbox', { name: /Raadsthema/ }).fill(themas);
        await form.getByRole('button', { name: 'Opslaan' }).click();
        await college.getByRole('list', { name: 'College' }).getByText(`${name} (${titel})`).waitFor();
      };
      await member('Anouk van Dijk', 'burgemeester', 'Bestuur: Openbare orde; Veiligheid', 'Veiligheid');
      await member('Lotte de Boer', 'wethouder', 'Samenleving: Onderwijs; Jeugd\nSport: Sportparken', 'Onderwijs\nSport');
      await member('Hamid Yilmaz', 'wethouder', 'Ruimte: Wonen; Mobiliteit', 'Wonen');
      await screenshot('college');
    });

    // The next PO (Tuesday 10:00) falls on Testdorp's own day off: a new PO moves to the day after.
    const nextPo = nextPoStart(new Date(), 2, '10:00');
    const kermis = amsterdamDate(nextPo);
    await step(`een eigen vrije dag: de Testdorpse kermis op ${kermis}`, async () => {
      const form = beheer.getByRole('form', { name: 'Feestdagen' });
      await form.getByLabel('Datum').fill(kermis);
      await form.getByRole('textbox', { name: 'Omschrijving' }).fill('Testdorpse kermis');
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      await form
        .getByRole('list', { name: 'Eigen vrije dag' })
        .getByText(/Testdorpse kermis/)
        .waitFor();
      await saved(form);
    });

    await step('het verslagkanaal, gekozen uit de teams en kanalen in Graph', async () => {
      const form = beheer.getByRole('form', { name: 'Verslagkanaal en Planner' });
      await form.getByRole('combobox', { name: 'Team', exact: true }).selectOption({ label: 'Bestuursondersteuning' });
      await form.getByRole('combobox', { name: 'Kanaal', exact: true }).selectOption({ label: 'Collegevergadering' });
      await saved(form);
      await form.getByText('Verslagen gaan naar: Bestuursondersteuning › Collegevergadering').waitFor();
      check(entra.oboExchanges.includes(daan.oid), 'Graph hoort namens Daan aangeroepen te zijn (On-Behalf-Of bij de Entra-stand-in)');
      await screenshot('beheer-ingericht');
    });

    const verifyOrganisation = async (): Promise<void> => {
      const res = await api<{
        name: string;
        portefeuillehouders: { name: string; titel: string; userId: string | null; portefeuilles: { domein: string; onderwerpen: string[] }[] }[];
        agendaSections: string[];
        poWeekday: number;
        poTime: string;
        holidays?: { extra: { date: string; name: string }[] };
        verslagChannel?: { channelName: string } | null;
        roleMappings?: unknown;
      }>(pieter, 'GET', '/api/organisatie');
      check(res.status === 200, `GET /api/organisatie: ${res.status} ${JSON.stringify(res.body)}`);
      const org = res.body;
      check(org.name === 'Gemeente Testdorp', `naam is "${org.name}"`);
      check(
        JSON.stringify(org.portefeuillehouders.map((p) => [p.name, p.titel])) ===
          JSON.stringify([
            ['Anouk van Dijk', 'burgemeester'],
            ['Lotte de Boer', 'wethouder'],
            ['Hamid Yilmaz', 'wethouder'],
          ]),
        `college is ${JSON.stringify(org.portefeuillehouders.map((p) => p.name))}`,
      );
      check(
        org.portefeuillehouders.every((p) => p.userId?.startsWith('entra-5a000000-')),
        'elk collegelid hoort aan de gebruiker uit de directory gekoppeld te zijn',
      );
      check(
        JSON.stringify(org.portefeuillehouders[1]?.portefeuilles) ===
          JSON.stringify([
            { domein: 'Samenleving', onderwerpen: ['Onderwijs', 'Jeugd'] },
            { domein: 'Sport', onderwerpen: ['Sportparken'] },
          ]),
        `portefeuilles van Lotte: ${JSON.stringify(org.portefeuillehouders[1]?.portefeuilles)}`,
      );
      check(
        JSON.stringify(org.agendaSections) === JSON.stringify(['Besluitvorming', 'Voortgang projecten', 'Rondvraag']),
        `agendasecties: ${JSON.stringify(org.agendaSections)}`,
      );
      check(org.poWeekday === 2 && org.poTime === '10:00', `PO-moment: dag ${org.poWeekday} ${org.poTime}`);
      check(
        JSON.stringify(org.holidays?.extra) === JSON.stringify([{ date: kermis, name: 'Testdorpse kermis' }]),
        `eigen vrije dagen: ${JSON.stringify(org.holidays?.extra)}`,
      );
      check(org.verslagChannel?.channelName === 'Collegevergadering', `verslagkanaal: ${JSON.stringify(org.verslagChannel)}`);
      check(!('roleMappings' in org), 'de rolkoppelingen horen alleen voor de beheerder');
      const users = await api<{ items: { id: string; name: string }[] }>(pieter, 'GET', '/api/gebruikers');
      const names = users.body.items.map((u) => u.name).sort();
      check(
        JSON.stringify(names) === JSON.stringify(['Anouk van Dijk', 'Daan Meijer', 'Hamid Yilmaz', 'Iris Hendriks', 'Lotte de Boer', 'Pieter Vermeulen']),
        `gebruikers: ${names.join(', ')}`,
      );
      check(!/velsen|u-eva|Eva de Vries|Bram Diepstraten/i.test(JSON.stringify([org, users.body])), 'er hoort niets van de Velsense demo in te staan');
    };
    await step('de API geeft de ingevoerde organisatie, niets van Velsen', verifyOrganisation);

    // --- The concernadviseur it configured ------------------------------------------------------
    let poId = '';
    await step('Pieter Vermeulen (concernadviseur) maakt een PO voor Lotte de Boer; de kermis schuift het door', async () => {
      const app = await openTab(pieter);
      await app.getByRole('button', { name: 'Nieuw PO' }).click();
      const ph = app.getByRole('combobox', { name: 'Portefeuillehouder' });
      const options = await ph.locator('option').allTextContents();
      check(
        JSON.stringify(options) === JSON.stringify(['Anouk van Dijk (burgemeester)', 'Lotte de Boer (wethouder)', 'Hamid Yilmaz (wethouder)']),
        `keuze portefeuillehouders: ${options.join(', ')}`,
      );
      await app.getByText('Leeg: de eerstvolgende dinsdag om 10:00').waitFor();
      await ph.selectOption({ label: 'Lotte de Boer (wethouder)' });
      await app.getByRole('combobox', { name: 'Notulist' }).selectOption({ label: 'Iris Hendriks' });
      await app.getByRole('button', { name: 'Aanmaken' }).click();
      await app.getByText(/Het PO viel op Testdorpse kermis/).waitFor();
      await screenshot('po-verschoven');
      const pos = await api<{ items: { id: string; startsAt: string; portefeuillehouder: { name: string } }[] }>(pieter, 'GET', '/api/pos');
      check(pos.body.items.length === 1, `Pieter hoort één PO te hebben, niet ${pos.body.items.length}`);
      const po = pos.body.items[0]!;
      poId = po.id;
      const start = new Date(po.startsAt);
      check(po.portefeuillehouder.name === 'Lotte de Boer', `portefeuillehouder: ${po.portefeuillehouder.name}`);
      check(
        amsterdamDate(start) !== kermis && isoWeekday(amsterdamDate(start)) <= 5 && amsterdamTime(start) === '10:00' && start > nextPo,
        `het PO begint ${po.startsAt}, verwacht de werkdag na ${kermis} om 10:00`,
      );
      const full = await api<{ sections: string[]; notulistId: string | null }>(pieter, 'GET', `/api/pos/${po.id}`);
      check(
        JSON.stringify(full.body.sections) === JSON.stringify(['Besluitvorming', 'Voortgang projecten', 'Rondvraag']),
        `secties van het PO: ${JSON.stringify(full.body.sections)}`,
      );
    });

    // --- A restart --------------------------------------------------------------------------------
    await step('de server netjes stoppen (SIGTERM) en opnieuw starten op dezelfde database', async () => {
      // With the users' browsers still connected, as when a server is replaced during the day.
      const t0 = Date.now();
      const code = await server.stop();
      console.log(`    gestopt in ${seconds(t0)} s, met twee browsers verbonden`);
      for (const ctx of contexts.splice(0)) await ctx.close();
      check(code === 0 && server.log().includes('PO-overleg is gestopt'), `de server stopte niet netjes (code ${code}). Log:\n${server.log()}`);
      server = await startProdServer(dir, env);
    });

    await step('na de herstart: dezelfde organisatie in de API', async () => {
      await verifyOrganisation();
      const po = await api<{ id: string; portefeuillehouder: { name: string } }>(pieter, 'GET', `/api/pos/${poId}`);
      check(po.status === 200 && po.body.portefeuillehouder.name === 'Lotte de Boer', `het PO na de herstart: ${po.status}`);
    });

    await step('na de herstart: Beheer toont Gemeente Testdorp, zonder welkom; Pieter ziet zijn PO', async () => {
      const admin = await openTab(daan);
      await admin.getByRole('heading', { name: 'Beheer van de organisatie' }).waitFor();
      const name = await admin.getByRole('textbox', { name: 'Naam van de organisatie' }).inputValue();
      check(name === 'Gemeente Testdorp', `naam in Beheer: "${name}"`);
      check((await admin.getByText('Welkom: richt de organisatie in').count()) === 0, 'het welkom van de eerste keer hoort weg te zijn');
      await admin.getByRole('region', { name: 'College' }).getByText('Hamid Yilmaz (wethouder)').waitFor();
      await screenshot('beheer-na-herstart');
      const app = await openTab(pieter);
      await app
        .getByText(/Lotte de Boer/)
        .first()
        .waitFor();
      await screenshot('mijn-pos-na-herstart');
    });

    console.log(`Productie end-to-end geslaagd in ${seconds(started)} s; schermafdrukken in ${shotsDir}`);
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Productie end-to-end MISLUKT na ${seconds(started)} s: ${err instanceof Error ? err.message : String(err)}`);
    console.error(`Schermafdrukken in ${shotsDir}`);
    process.exit(1);
  },
);
