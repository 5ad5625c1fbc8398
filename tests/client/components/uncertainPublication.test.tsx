/**
 * "Onzeker of het verslag in Teams staat": the panel in the verslag review that asks someone who
 * may publish what they saw in the channel, with a confirmation that says plainly what follows.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../../src/client/shared/api';
import type { Host } from '../../../src/client/host/host';
import { SessionContext } from '../../../src/client/shared/session';
import { UncertainPublication } from '../../../src/client/shared/verslag/UncertainPublication';
import { VerslagReview } from '../../../src/client/shared/verslag/VerslagReview';
import type { PublicationView, UncertainPost } from '../../../src/client/shared/verslag/publicationApi';
import { po, renderUi, USERS } from '../fixtures';

// jsdom has no ResizeObserver; Fluent's MessageBar (the "published" bar after publishing) asks for one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
/**
 * The open dialog. In jsdom, Tabster's modalizer leaves the dialog itself marked aria-hidden (it
 * never sees focus arrive as a browser does), so its contents are queried with `hidden: true`.
 */
const openDialog = () => screen.findByRole('dialog', { hidden: true }, { timeout: 5_000 });

const MESSAGE: UncertainPost = {
  step: 'bericht',
  post: 'bericht',
  part: null,
  parts: null,
  sentAt: '2026-12-01T14:05:00.000Z',
  marker: 'Verslagversie: 5b0f',
  threadUrl: null,
  needsLink: false,
};
const REPLY: UncertainPost = {
  step: 'deel:2',
  post: 'reactie',
  part: 2,
  parts: 3,
  sentAt: null,
  marker: 'Verslagversie: 5b0f, deel 2 van 3',
  threadUrl: 'https://teams.microsoft.com/l/message/19%3Aabc/1700000000000',
  needsLink: false,
};

describe('the uncertain publication panel', () => {
  test('says what is unsure and what to look for, with a link to the conversation when known', () => {
    renderUi(<UncertainPublication uncertain={REPLY} mayConfirm busy={false} onDecide={jest.fn()} />);
    const panel = screen.getByTestId('verslag-uncertain');
    expect(within(panel).getByText('Onzeker of het verslag in Teams staat')).toBeTruthy();
    expect(panel.textContent).toContain('reactie 2 van 3');
    expect(within(panel).getByText('Verslagversie: 5b0f, deel 2 van 3')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Open het gesprek in Teams' }).getAttribute('href')).toBe(REPLY.threadUrl);
  });

  test('"Het staat in het kanaal" asks first, and passes the link when given', async () => {
    const onDecide = jest.fn();
    renderUi(<UncertainPublication uncertain={MESSAGE} mayConfirm busy={false} onDecide={onDecide} />);
    expect(screen.queryByRole('link')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Het staat in het kanaal' }));
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('niet opnieuw');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren', hidden: true }));
    expect(onDecide).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Het staat in het kanaal' }));
    const again = await openDialog();
    await userEvent.type(within(again).getByRole('textbox', { hidden: true }), 'https://teams.microsoft.com/l/message/19%3Aabc/1700000000000');
    await userEvent.click(within(again).getByRole('button', { name: 'Ja, het staat in het kanaal', hidden: true }));
    expect(onDecide).toHaveBeenCalledWith({ geplaatst: true, messageUrl: 'https://teams.microsoft.com/l/message/19%3Aabc/1700000000000' });
  });

  test("when replies follow, the message's link is required", async () => {
    const onDecide = jest.fn();
    renderUi(<UncertainPublication uncertain={{ ...MESSAGE, needsLink: true }} mayConfirm busy={false} onDecide={onDecide} />);
    await userEvent.click(screen.getByRole('button', { name: 'Het staat in het kanaal' }));
    const dialog = await openDialog();
    const yes = within(dialog).getByRole('button', { name: 'Ja, het staat in het kanaal', hidden: true });
    expect((yes as HTMLButtonElement).disabled).toBe(true);
    expect(dialog.textContent).toContain('de rest van het verslag komt als reacties onder dit bericht');
    await userEvent.type(within(dialog).getByRole('textbox', { hidden: true }), 'https://teams.microsoft.com/l/message/19%3Aabc/1');
    expect((yes as HTMLButtonElement).disabled).toBe(false);
  });

  test('"Het staat er niet: opnieuw plaatsen" warns plainly that a message that is there after all appears twice', async () => {
    const onDecide = jest.fn();
    renderUi(<UncertainPublication uncertain={MESSAGE} mayConfirm busy={false} onDecide={onDecide} />);
    await userEvent.click(screen.getByRole('button', { name: 'Het staat er niet: opnieuw plaatsen' }));
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('staat het er daarna twee keer');
    expect(dialog.textContent).toContain('zelf in Teams verwijderen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, opnieuw plaatsen', hidden: true }));
    expect(onDecide).toHaveBeenCalledWith({ geplaatst: false });
  });

  test('without the right to publish: no buttons, who can settle it', () => {
    renderUi(<UncertainPublication uncertain={MESSAGE} mayConfirm={false} busy={false} onDecide={jest.fn()} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText(/De notulist of de concernadviseur/)).toBeTruthy();
  });

  test('in English', () => {
    renderUi(<UncertainPublication uncertain={MESSAGE} mayConfirm busy={false} onDecide={jest.fn()} />, 'en');
    expect(screen.getByText('Unsure whether the minutes are in Teams')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'It is not there: post again' })).toBeTruthy();
  });
});

describe('in the verslag review', () => {
  test('shown for an uncertain publication; "not there" settles the step the user saw and publishes again', async () => {
    const calls: { method: string; path: string; body?: unknown }[] = [];
    let stand: PublicationView = { status: 'onzeker', version: 1, kind: 'verslag', uncertain: MESSAGE, mayConfirm: true, channel: null };
    const publish = jest.fn(async () => {
      stand = { ...stand, status: 'geplaatst', uncertain: null };
      return { versionId: 'v1', version: 1, publishedAt: '2026-12-01T14:10:00.000Z', webUrl: null, fileUrl: null };
    });
    const api = {
      request: jest.fn(async (method: string, path: string, body?: unknown) => {
        calls.push({ method, path, body });
        if (method === 'POST') stand = { ...stand, uncertain: null };
        return stand;
      }),
      voorbeeld: jest.fn(async () => ({ html: '<p>Verslag</p>', posts: 1 })),
      versions: jest.fn(async () => []),
      publish,
    } as unknown as Api;
    const closed = po([], { status: 'afgesloten', myRoles: ['notulist'] });
    renderUi(
      <SessionContext.Provider value={{ api, host: {} as Host, me: USERS[0] ?? ({} as never), locale: 'nl' }}>
        <VerslagReview po={closed} onChanged={jest.fn()} />
      </SessionContext.Provider>,
    );
    await screen.findByTestId('verslag-uncertain');
    await userEvent.click(screen.getByRole('button', { name: 'Het staat er niet: opnieuw plaatsen' }));
    await userEvent.click(within(await openDialog()).getByRole('button', { name: 'Ja, opnieuw plaatsen', hidden: true }));
    await waitFor(() => expect(publish).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/pos/${closed.id}/verslag/publicatie/bevestigen`, body: { geplaatst: false, stap: 'bericht' } },
    ]);
    await waitFor(() => expect(screen.queryByTestId('verslag-uncertain')).toBeNull());
  });

  test('not asked for users who may not publish', async () => {
    const request = jest.fn();
    const api = { request, voorbeeld: jest.fn(async () => ({ html: '<p>x</p>', posts: 1 })), versions: jest.fn(async () => []) } as unknown as Api;
    // A portefeuillehouder: may not publish nor correct the verslag.
    const closed = po([], { status: 'afgesloten', rights: { ...po([]).rights, publish: false, amendVerslag: false } });
    renderUi(
      <SessionContext.Provider value={{ api, host: {} as Host, me: USERS[0] ?? ({} as never), locale: 'nl' }}>
        <VerslagReview po={closed} onChanged={jest.fn()} />
      </SessionContext.Provider>,
    );
    await screen.findByText('Verslag');
    expect(request).not.toHaveBeenCalled();
    expect(screen.queryByTestId('verslag-uncertain')).toBeNull();
  });
});
