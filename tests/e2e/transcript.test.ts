/**
 * What was said per agendapunt, in Chromium against the real server: the notulist runs the
 * meeting in the Teams side panel (moving on, and back to an earlier item), the Graph sandbox
 * serves the meeting's transcript, and the verslag review in the personal tab shows, at each
 * item, exactly what was said while it was on; a passage goes into the bespreking, and one into an
 * actiepunt with wie (the speaker suggested) and wanneer, which the one record rule requires.
 */
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { CA, expectOk, readyPo, vaststellen } from '../server/helpers/factories';
import { toVtt } from '../../src/sandbox/routes/transcripts';
import { axeViolations } from './audit';
import { DEMO, launchChromium, signIn, startApp, watchCsp } from './helpers';
import { openInTeams } from './simulator/simulator';

jest.setTimeout(180_000);

const CHAT_ID = '19:meeting_VHJhbnNjcmlwdA@thread.v2';
const MIN = 60_000;

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function context(): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  contexts.push(c);
  return c;
}

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await s?.close();
});

test('a meeting run in the side panel, its transcript from the sandbox, and the review showing the right excerpt at each item', async () => {
  const t0 = Date.now() - 2 * 3_600_000;
  const at = (m: number): Date => new Date(t0 + m * MIN);
  const { po, items } = await readyPo(s);
  await vaststellen(s, po.id);
  await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { teamsMeetingChatId: CHAT_ID } }));

  // The notulist runs the meeting in the side panel: beeld, oordeel, besluit, back to oordeel, end.
  const c = await context();
  const sim = await openInTeams(c, {
    appUrl: `${s.url}/app/meeting`,
    frameContext: 'sidePanel',
    meetingChatId: CHAT_ID,
    token: await s.token(DEMO.noor.id),
    user: DEMO.noor,
  });
  await sim.page.waitForFunction(() => document.querySelector('iframe#app') !== null);
  await sim.page.bringToFront();
  const side = (await (await sim.page.$('iframe#app'))?.contentFrame()) as Frame;
  const step = async (minute: number, button: string, current: string | null): Promise<void> => {
    s.setNow(at(minute));
    await side.getByRole('button', { name: button }).click();
    if (current) await side.getByTestId('current-item').getByText(current).waitFor();
    else {
      // Ending asks for confirmation first (the items never discussed are listed there).
      await side.getByTestId('end-meeting-confirm').click();
      await side
        .getByText(/De vergadering is afgesloten/)
        .first()
        .waitFor();
    }
  };
  try {
    await step(0, 'Vergadering starten', 'Stand van zaken woningbouw');
    await step(5, 'Volgend agendapunt', 'Uitgangspunten mobiliteitsvisie');
    await step(10, 'Volgend agendapunt', 'Uitvoeringsplan schoolroutes');
    await step(14, 'Vorig agendapunt', 'Uitgangspunten mobiliteitsvisie');
    await step(18, 'Vergadering beëindigen', null);
  } finally {
    s.setNow(new Date());
  }

  // Teams transcribed from 20 s before the start; one cue per window, one overlapping pair.
  const lead = 20_000;
  const cue = (minute: number, seconds: number, speaker: string, text: string) => ({
    startMs: lead + minute * MIN,
    endMs: lead + minute * MIN + seconds * 1000,
    speaker,
    text,
  });
  s.sandbox.state.chat(CHAT_ID);
  s.sandbox.state.transcripts.add({
    chatId: CHAT_ID,
    createdDateTime: new Date(t0 - lead).toISOString(),
    endDateTime: at(19).toISOString(),
    vtt: toVtt([
      cue(1, 30, 'Tim Jansen', 'De bouw van 400 woningen ligt op schema.'),
      cue(6, 40, 'Fatima El Amrani', 'De mobiliteitsvisie vraagt om keuzes.'),
      cue(6.5, 20, 'Eva de Vries', 'Welke keuzes precies?'),
      cue(11, 30, 'Fatima El Amrani', 'Het uitvoeringsplan schoolroutes is klaar.'),
      cue(15, 30, 'Bram Diepstraten', 'Nog even terug naar de mobiliteitsvisie.'),
    ]),
  });

  // The review in the personal tab.
  const tabContext = await context();
  const csp = await watchCsp(tabContext);
  const page = await tabContext.newPage();
  await page.goto(`${s.url}/app/tab?po=${encodeURIComponent(po.id)}`);
  await signIn(page, 'Noor Bakker');
  const review = page.getByTestId('transcript-review');
  await review.getByRole('heading', { name: 'Wat er gezegd is (transcript)' }).waitFor();
  await review.getByRole('button', { name: 'Transcript tonen' }).click();
  const item = (id: string) => review.getByTestId(`transcript-item-${id}`);
  await item(items.beeld).getByText('De bouw van 400 woningen ligt op schema.').waitFor();

  const cuesOf = async (id: string): Promise<string[]> =>
    item(id)
      .getByTestId('transcript-cues')
      .locator('li')
      .allTextContents()
      .catch(() => []);
  expect((await cuesOf(items.beeld)).join('|')).toMatch(/Tim Jansen: De bouw van 400 woningen/);
  expect(await cuesOf(items.beeld)).toHaveLength(1);
  const oordeel = await cuesOf(items.oordeel);
  expect(oordeel).toHaveLength(3);
  expect(oordeel.join('|')).toContain('De mobiliteitsvisie vraagt om keuzes.');
  expect(oordeel.join('|')).toContain('Welke keuzes precies?');
  expect(oordeel.join('|')).toContain('Nog even terug naar de mobiliteitsvisie.');
  expect(await cuesOf(items.besluit)).toEqual([expect.stringContaining('Het uitvoeringsplan schoolroutes is klaar.')]);
  await item(items.geheim).getByText('Dit agendapunt is niet aan de orde geweest.').waitFor();
  expect(await item(items.oordeel).getByTestId('speaking-time').textContent()).toContain('Fatima El Amrani: 0:40');
  expect(await axeViolations(page)).toEqual([]);
  expect(csp).toEqual([]);

  // A passage into the bespreking, by keyboard.
  await item(items.besluit).getByRole('checkbox').first().focus();
  await page.keyboard.press('Space');
  await item(items.besluit).getByRole('button', { name: 'Kopiëren naar bespreking' }).click();
  await review.getByText('Gekopieerd naar de bespreking van agendapunt 3.').waitFor();
  const after = await expectOk(s.api<{ agendapunten: { id: string; bespreking: string }[] }>('GET', `/api/pos/${po.id}`, { as: CA }));
  expect(after.agendapunten.find((i) => i.id === items.besluit)?.bespreking).toBe('Fatima El Amrani: Het uitvoeringsplan schoolroutes is klaar.');

  // A passage into an actiepunt: wie is suggested from the speaker, wanneer is asked for in Dutch before anything is sent.
  const oordeelItem = item(items.oordeel);
  await oordeelItem.getByRole('checkbox', { name: /De mobiliteitsvisie vraagt om keuzes/ }).check();
  await oordeelItem.getByRole('combobox', { name: 'Soort vastlegging' }).selectOption('actiepunt');
  const wie = oordeelItem.getByRole('textbox', { name: 'Wie' });
  expect(await wie.inputValue()).toBe('Fatima El Amrani');
  const copy = oordeelItem.getByRole('button', { name: 'Kopiëren naar vastlegging' });
  await copy.click();
  await oordeelItem.getByText('Vul in wanneer het actiepunt uiterlijk klaar is.').waitFor();
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');
  const countRecords = async (): Promise<number> =>
    (await expectOk(s.api<{ records: { kind: string }[] }>('GET', `/api/pos/${po.id}`, { as: CA }))).records.filter((r) => r.kind === 'actiepunt').length;
  expect(await countRecords()).toBe(0);
  await oordeelItem.getByLabel('Wanneer (uiterlijk)').fill('2027-01-15');
  expect(await axeViolations(page)).toEqual([]);
  await copy.click();
  await review.getByText('Vastlegging toegevoegd aan agendapunt 2.').waitFor();
  const stored = (
    await expectOk(
      s.api<{ records: { kind: string; text: string; ownerName: string; dueDate: string | null; agendapuntId: string }[] }>('GET', `/api/pos/${po.id}`, {
        as: CA,
      }),
    )
  ).records.filter((r) => r.kind === 'actiepunt');
  expect(stored).toEqual([
    expect.objectContaining({
      agendapuntId: items.oordeel,
      text: 'Fatima El Amrani: De mobiliteitsvisie vraagt om keuzes.',
      ownerName: 'Fatima El Amrani',
      dueDate: '2027-01-15',
    }),
  ]);
});
