/// <reference types="office-js" />
/** host/office.ts against an Outlook organizer form mocked with office-addin-mock. */
import { HostError } from '../../../src/client/host/appointment';
import { officeAppointmentHost } from '../../../src/client/host/office';
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
});
