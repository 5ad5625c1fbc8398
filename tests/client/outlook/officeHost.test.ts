/// <reference types="office-js" />
/** host/office.ts against an Outlook organizer form mocked with office-addin-mock. */
import { HostError } from '../../../src/client/host/appointment';
import { officeAppointmentHost, themeOfColours } from '../../../src/client/host/office';
import { themeIn } from '../../../src/client/outlook/host';
import { fakeOutlook } from './fakeOutlook';

describe('the Outlook appointment host (Office.js)', () => {
  test('reads subject, start and both kinds of attendees', async () => {
    const { office } = fakeOutlook({ optional: [{ displayName: 'Tim Jansen', emailAddress: 'tim.jansen@velsen.example' }] });
    const appointment = await officeAppointmentHost(office).readAppointment();
    expect(appointment.subject).toBe('PO wethouder Diepstraten');
    expect(appointment.start?.toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(appointment.attendees).toEqual([
      { name: 'Bram Diepstraten', email: 'bram@velsen.example' },
      { name: 'Tim Jansen', email: 'tim.jansen@velsen.example' },
    ]);
  });

  test('reads and writes the body as HTML', async () => {
    const { office, state } = fakeOutlook();
    const host = officeAppointmentHost(office);
    expect(await host.getBodyHtml()).toContain('Beste collega');
    await host.setBodyHtml('<p>nieuw</p>');
    expect(state.body).toBe('<p>nieuw</p>');
    expect(state.bodyCoercions).toEqual(['html', 'html']);
  });

  test('adds, lists and removes file attachments', async () => {
    const { office, state } = fakeOutlook();
    const host = officeAppointmentHost(office);
    const id = await host.addAttachment('Agenda.docx', 'UEsDBA==');
    expect(await host.listAttachments()).toEqual([{ id, name: 'Agenda.docx' }]);
    await host.removeAttachment(id);
    expect(state.attachments).toEqual([]);
  });

  test('custom properties are saved with the appointment and read back when it is reopened', async () => {
    const { office, state } = fakeOutlook();
    await officeAppointmentHost(office).setCustomProperty('poId', 'po-1');
    expect(state.savedProperties).toEqual({ poId: 'po-1' });
    const reopened = officeAppointmentHost(fakeOutlook({ savedProperties: state.savedProperties }).office);
    expect(await reopened.getCustomProperty('poId')).toBe('po-1');
    expect(await officeAppointmentHost(fakeOutlook().office).getCustomProperty('poId')).toBeNull();
  });

  test("a failed Office call rejects with Outlook's code and message", async () => {
    const { office, state } = fakeOutlook();
    state.failNext = 'body.setAsync';
    const error = await officeAppointmentHost(office)
      .setBodyHtml('<p>x</p>')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 9002, message: 'body.setAsync mislukt' });
    expect(state.body).toContain('Beste collega');
  });

  test("follows Office's theme from its colours (Mailbox 1.14), and changes with it", () => {
    const { office, state } = fakeOutlook({ themeBackground: '#FFFFFF' });
    const theme = officeAppointmentHost(office).officeTheme!;
    expect(theme.current()).toBe('light');
    const seen: string[] = [];
    const off = theme.onChange((t) => seen.push(t));
    // Outlook updates its officeTheme, then calls the handlers.
    (office.context as { officeTheme: unknown }).officeTheme = { bodyBackgroundColor: '#262626' };
    state.themeHandlers.forEach((h) => h({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: '#262626' } }));
    expect(seen).toEqual(['dark']);
    expect(theme.current()).toBe('dark');
    off();
    expect(state.themeHandlers).toEqual([]);
  });

  test('an Outlook without the theme API (before Mailbox 1.14) offers none, so the pane follows the browser', () => {
    expect(officeAppointmentHost(fakeOutlook().office).officeTheme).toBeUndefined();
  });

  test('colours map to light or dark; high contrast from the system always wins', () => {
    expect(themeOfColours({ bodyBackgroundColor: '#1f1f1f' })).toBe('dark');
    expect(themeOfColours({ bodyBackgroundColor: '#f3f2f1' })).toBe('light');
    expect(themeOfColours({ bodyBackgroundColor: 'blue' })).toBeNull();
    expect(themeIn('default', 'dark')).toBe('dark');
    expect(themeIn('dark', 'light')).toBe('default');
    expect(themeIn('contrast', 'light')).toBe('contrast');
    expect(themeIn('dark', null)).toBe('dark');
  });
});
