/** The notulist's record form: keyboard entry, required fields, and the confirmation of a besluitpunt outside the item's purpose. */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RECORDED_VISIBLE_MS, RecordForm, type RecordFormProps } from '../../../src/client/meeting/RecordForm';
import { emptyDraft, missingFields, REQUIRED, toNewRecord, toPatch, type RecordDraft } from '../../../src/client/meeting/recordDraft';
import { RECORD_KINDS } from '../../../src/domain/model';
import { REQUIRED_FIELDS } from '../../../src/domain/records';
import type { WriteOutcome } from '../../../src/client/shared/meeting/live';
import { item, renderUi, USERS, visible } from '../fixtures';

type Submit = jest.Mock<Promise<WriteOutcome>, [RecordDraft, { id: string; confirmOutsidePurpose: boolean }]>;

function setup(outcomes: WriteOutcome[] = [{ status: 'sent' }], over: Partial<RecordFormProps> = {}) {
  return setupWith(userEvent.setup(), outcomes, over);
}

function setupWith(user: ReturnType<typeof userEvent.setup>, outcomes: WriteOutcome[] = [{ status: 'sent' }], over: Partial<RecordFormProps> = {}) {
  let next = 0;
  const onSubmit: Submit = jest.fn(
    async (_draft: RecordDraft, _opts: { id: string; confirmOutsidePurpose: boolean }) => outcomes[Math.min(next++, outcomes.length - 1)] as WriteOutcome,
  );
  let ids = 0;
  const current = item('Mobiliteitsvisie', { purpose: 'oordeelsvorming', nummer: '1', beoogdeCollegedatum: '2026-12-08' });
  renderUi(<RecordForm item={current} users={USERS} newId={() => `id-${++ids}`} onSubmit={onSubmit} {...over} />);
  return { onSubmit, current, user };
}

const text = (): HTMLTextAreaElement =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Wat is besloten|Wat moet er gebeuren|Wat heeft de portefeuillehouder|Waar gaat de motie/ });

describe('the record form', () => {
  test("a besluitpunt typed and sent with Ctrl+Enter, with the item's college date; the form is empty and ready for the next", async () => {
    const { onSubmit, user } = setup();
    await user.click(text());
    await user.keyboard('Instemmen met de uitgangspunten{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [draft, opts] = onSubmit.mock.calls[0] as [RecordDraft, { id: string; confirmOutsidePurpose: boolean }];
    expect(draft).toMatchObject({ kind: 'besluitpunt', text: 'Instemmen met de uitgangspunten', collegeDatum: '2026-12-08' });
    expect(opts).toEqual({ id: 'id-1', confirmOutsidePurpose: false });
    await waitFor(() => expect(text().value).toBe(''));
    expect(document.activeElement).toBe(text());
    expect(screen.getByText('Besluitpunt vastgelegd.')).toBeTruthy();
  });

  test('Alt+2 picks actiepunt; without wie and wanneer nothing is sent and the missing fields are named, focus on the first', async () => {
    const { onSubmit, user } = setup();
    await user.click(text());
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Actiepunt' }).checked).toBe(true);
    await user.keyboard('Notitie opstellen{Control>}{Enter}{/Control}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Vul wie in.')).toBeTruthy();
    expect(screen.getByText('Vul wanneer (uiterlijk) in.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Wie/ }));
  });

  test("an actiepunt with wie (a colleague, matched by name) and wanneer goes out with the owner's id", async () => {
    const { onSubmit, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Actiepunt' }));
    await user.type(text(), 'Notitie opstellen');
    await user.type(screen.getByRole('combobox', { name: /Wie/ }), 'Tim Jansen');
    await user.type(screen.getByLabelText(/Wanneer/), '2026-12-15');
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [draft, opts] = onSubmit.mock.calls[0] as [RecordDraft, { id: string; confirmOutsidePurpose: boolean }];
    expect(toNewRecord(draft, { id: opts.id, agendapuntId: 'a1' }, USERS)).toEqual({
      kind: 'actiepunt',
      id: 'id-1',
      agendapuntId: 'a1',
      text: 'Notitie opstellen',
      ownerId: 'u-tim',
      ownerName: 'Tim Jansen',
      dueDate: '2026-12-15',
    });
  });

  test('a besluitpunt the server refuses as outside the purpose asks for confirmation, then is resent with the same id', async () => {
    const { onSubmit, user } = setup([{ status: 'confirmation_required' }, { status: 'sent' }]);
    await user.click(text());
    await user.keyboard('Richting: variant B uitwerken{Control>}{Enter}{/Control}');
    const prompt = await screen.findByTestId('confirm-outside-purpose');
    expect(prompt.textContent).toContain('Agendapunt 1 staat op de agenda voor oordeelsvorming, niet voor besluitvorming.');
    const yes = screen.getByRole('button', { name: 'Toch vastleggen' });
    expect(document.activeElement).toBe(yes);
    expect(text().value).toBe('Richting: variant B uitwerken');
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]?.[1]).toEqual({ id: 'id-1', confirmOutsidePurpose: true });
    await waitFor(() => expect(screen.queryByTestId('confirm-outside-purpose')).toBeNull());
    expect(text().value).toBe('');
  });

  test('cancelling the confirmation keeps the text and sends nothing more', async () => {
    const { onSubmit, user } = setup([{ status: 'confirmation_required' }]);
    await user.type(text(), 'Richting bepalen');
    await user.click(screen.getByRole('button', { name: 'Vastleggen' }));
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByTestId('confirm-outside-purpose')).toBeNull();
    expect(text().value).toBe('Richting bepalen');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('a write kept in the outbox while offline still clears the form for the next record', async () => {
    const { user } = setup([{ status: 'queued' }]);
    await user.type(text(), 'Offline vastgelegd');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(text().value).toBe(''));
  });

  test('Alt+4 lands on the required Motienummer first; a motie without it is not sent', async () => {
    const { onSubmit, user } = setup();
    await user.click(text());
    await user.keyboard('{Alt>}4{/Alt}');
    const nummer = screen.getByRole('textbox', { name: /Motienummer/ });
    await waitFor(() => expect(document.activeElement).toBe(nummer));
    await user.click(text());
    await user.keyboard('Uitvoering motie over laadpalen{Control>}{Enter}{/Control}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Vul motienummer in.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(nummer));
  });

  test('after recording a visible confirmation with the text stays next to the form, in a status region', async () => {
    const { user } = setup();
    await user.click(text());
    await user.keyboard('Instemmen met variant B{Control>}{Enter}{/Control}');
    const done = await screen.findByTestId('recorded');
    expect(done.textContent).toContain('Besluitpunt vastgelegd.');
    expect(done.textContent).toContain('Instemmen met variant B');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(visible(done)).toBe(true);
  });

  test('the confirmation goes away after a few seconds', async () => {
    jest.useFakeTimers();
    try {
      const { user } = setupWith(userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) }));
      await user.click(text());
      await user.keyboard('Kort besluit{Control>}{Enter}{/Control}');
      expect(await screen.findByTestId('recorded')).toBeTruthy();
      act(() => jest.advanceTimersByTime(RECORDED_VISIBLE_MS + 10));
      expect(screen.queryByTestId('recorded')).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  test('issue 14: Ctrl+Enter, Alt+2 and more typing while the confirmation is open never merges a besluitpunt into an actiepunt', async () => {
    const { onSubmit, user } = setup([{ status: 'confirmation_required' }, { status: 'sent' }]);
    await user.click(text());
    await user.keyboard('Richting: variant B{Control>}{Enter}{/Control}');
    await screen.findByTestId('confirm-outside-purpose');
    await user.keyboard('{Alt>}2{/Alt}');
    // The confirmation belonged to the besluitpunt: it is gone, and the actiepunt starts empty.
    expect(screen.queryByTestId('confirm-outside-purpose')).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Actiepunt' }).checked).toBe(true);
    expect(text().value).toBe('');
    expect(document.activeElement).toBe(text());
    await user.keyboard('Notitie opstellen');
    expect(text().value).toBe('Notitie opstellen');
    // Visibly kept, not lost: the besluitpunt waits under Alt+1.
    expect(screen.getByTestId('held-drafts').textContent).toBe('Nog niet vastgelegd, blijft bewaard: Besluitpunt (Alt+1).');
    await user.type(screen.getByRole('combobox', { name: /Wie/ }), 'Tim Jansen');
    await user.type(screen.getByLabelText(/Wanneer/), '2026-12-15');
    await user.click(text());
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    const [sent, opts] = onSubmit.mock.calls[1] as [RecordDraft, { id: string; confirmOutsidePurpose: boolean }];
    expect(sent).toMatchObject({ kind: 'actiepunt', text: 'Notitie opstellen' });
    // A new id: the besluitpunt's id, still waiting for its confirmation, is not reused for another record.
    expect(opts.id).not.toBe((onSubmit.mock.calls[0] as [RecordDraft, { id: string }])[1].id);
    await user.keyboard('{Alt>}1{/Alt}');
    expect(text().value).toBe('Richting: variant B');
    expect(screen.queryByTestId('held-drafts')).toBeNull();
  });

  test('a besluitpunt on an item without a beoogde collegedatum leaves the field out, so the server applies its default', () => {
    const draft = { ...emptyDraft('besluitpunt', ''), text: 'Besluit' };
    expect(toNewRecord(draft, { id: 'r1', agendapuntId: 'a1' }, USERS)).toEqual({ kind: 'besluitpunt', id: 'r1', agendapuntId: 'a1', text: 'Besluit' });
    expect(toPatch(draft, USERS)).toEqual({ text: 'Besluit' });
  });

  test('the form asks what the server asks: the one rule from the domain', () => {
    for (const kind of RECORD_KINDS) expect(REQUIRED[kind]).toBe(REQUIRED_FIELDS[kind]);
    expect(missingFields({ ...emptyDraft('toezegging'), text: 'x', aan: 'raad' })).toEqual(['owner']);
    expect(missingFields({ ...emptyDraft('actiepunt'), text: 'x', owner: 'Tim' })).toEqual(['dueDate']);
  });
});
