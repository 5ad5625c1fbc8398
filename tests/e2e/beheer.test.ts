/**
 * Beheer in Chromium: the beheerder adds a wethouder with a portfolio, linked to a colleague picked
 * through the people picker (Graph directory search in the sandbox); the concernadviseur then finds
 * the new portefeuillehouder where POs are created.
 */
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(120_000);

let s: TestServer;
let browser: Browser;

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function open(name: string, hash: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 1600 } })).newPage();
  await page.goto(`${s.url}/app/tab${hash}`);
  await signIn(page, name);
  return page;
}

test('a beheerder adds a portefeuillehouder linked to a person from the people picker; it shows where POs are created', async () => {
  const page = await open('Bea Kramer', '');
  // A beheerder with no other role starts in Beheer; the nav item is there for her only.
  await page.getByRole('heading', { name: 'Beheer van de organisatie' }).waitFor();
  await page.getByRole('link', { name: 'Beheer' }).waitFor();

  // Users and roles: search the directory, pick Lotte de Boer, make her portefeuillehouder.
  const users = page.getByRole('region', { name: 'Gebruikers en rollen' });
  await users.getByRole('searchbox', { name: /Zoek een collega/ }).fill('lotte');
  await users.getByRole('button', { name: 'Kies Lotte de Boer' }).click();
  await users.getByRole('checkbox', { name: 'Portefeuillehouder' }).check();
  await users.getByRole('button', { name: 'Lotte de Boer toevoegen met deze rollen' }).click();
  await users.getByRole('list', { name: 'Gebruikers' }).getByText('Lotte de Boer').waitFor();

  // The college: a new wethouder with a portfolio, linked to that user.
  const college = page.getByRole('region', { name: 'College' });
  await college.getByRole('button', { name: 'Portefeuillehouder toevoegen' }).click();
  const form = college.getByRole('form', { name: 'Portefeuillehouder toevoegen' });
  await form.getByRole('textbox', { name: 'Naam' }).fill('Lotte de Boer');
  await form.getByRole('combobox', { name: 'Gekoppelde gebruiker' }).selectOption({ label: 'Lotte de Boer' });
  await form.getByRole('textbox', { name: /Portefeuilles/ }).fill('Samenleving: Onderwijs; Jeugd');
  await form.getByRole('textbox', { name: /Raadsthema/ }).fill('Onderwijs');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await college.getByRole('list', { name: 'College' }).getByText('Lotte de Boer (wethouder)').waitFor();
  await college.getByRole('status').getByText('Opgeslagen.').waitFor();

  const org = (
    await s.api<{ portefeuillehouders: { id: string; userId: string | null; portefeuilles: unknown }[] }>('GET', '/api/organisatie', { as: 'u-eva' })
  ).body;
  const lotte = org.portefeuillehouders.find((p) => p.id === 'lotte-de-boer');
  expect(lotte).toMatchObject({
    userId: expect.stringMatching(/^entra-5a000000-/),
    portefeuilles: [{ domein: 'Samenleving', onderwerpen: ['Onderwijs', 'Jeugd'] }],
  });

  // The concernadviseur creates a PO: the new wethouder is a choice.
  const eva = await open('Eva de Vries', '#pos');
  await eva.getByRole('button', { name: 'Nieuw PO' }).click();
  const ph = eva.getByRole('combobox', { name: 'Portefeuillehouder' });
  await ph.selectOption({ label: 'Lotte de Boer (wethouder)' });
  await eva.getByRole('button', { name: 'Aanmaken' }).click();
  await eva.getByText('Portefeuillehouder: Lotte de Boer').waitFor();
});

test('the Beheer nav item is not shown to others; the place itself says it is for the beheerder', async () => {
  const page = await open('Eva de Vries', '#beheer');
  await page.getByText('Beheer is voor de beheerder van de organisatie.').waitFor();
  expect(await page.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
});
