/// <reference types="office-js" />
/**
 * Outlook through Office.js: the only module that touches Office.js. It turns the appointment
 * organizer form (Mailbox 1.8) into an AppointmentHost. Office.js itself is served by the app at
 * /vendor/office-js/office.js (never a CDN) and loaded by the task pane page before the bundle.
 */
import { HostError, type AppointmentHost, type Attendee, type OfficeThemeKind, type OfficeThemePort } from './appointment';

type OfficeApi = typeof Office;

/** Office's callback style as a promise; a failed result rejects with a HostError. */
function call<T>(office: OfficeApi, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new HostError(result.error?.message ?? 'Outlook gaf een fout.', result.error?.code ?? null));
    });
  });
}

const toAttendees = (list: Office.EmailAddressDetails[]): Attendee[] => list.map((a) => ({ name: a.displayName ?? '', email: a.emailAddress ?? '' }));

/** Relative luminance (WCAG) of a `#RRGGBB` colour; null when it is not one. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? '');
  if (!m) return null;
  const channel = (h: string): number => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

/**
 * Outlook's theme from its colours: Outlook gives no theme name (`themeId` and `isDarkTheme` are
 * not supported there), so a dark body background means a dark theme.
 */
export function themeOfColours(theme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined): OfficeThemeKind | null {
  const l = luminance(theme?.bodyBackgroundColor);
  if (l === null) return null;
  return l < 0.18 ? 'dark' : 'light';
}

/** Office's theme through Mailbox 1.14 (`officeTheme`, the OfficeThemeChanged event); nothing before it. */
function officeThemePort(office: OfficeApi): OfficeThemePort | undefined {
  if (!office.context.requirements?.isSetSupported('Mailbox', '1.14')) return undefined;
  return {
    current: () => themeOfColours(office.context.officeTheme),
    onChange(handler) {
      let active = true;
      const listener = (event: { officeTheme?: Office.OfficeTheme }): void => {
        const theme = themeOfColours(event.officeTheme ?? office.context.officeTheme);
        if (active && theme) handler(theme);
      };
      office.context.mailbox.addHandlerAsync(office.EventType.OfficeThemeChanged, listener, () => undefined);
      return () => {
        active = false;
        office.context.mailbox.removeHandlerAsync(office.EventType.OfficeThemeChanged, () => undefined);
      };
    },
  };
}

/** The appointment organizer form of `office.context.mailbox.item` as an AppointmentHost. */
export function officeAppointmentHost(office: OfficeApi): AppointmentHost {
  const item = office.context.mailbox.item as unknown as Office.AppointmentCompose;
  let properties: Office.CustomProperties | null = null;
  const customProperties = async (): Promise<Office.CustomProperties> => {
    properties ??= await call<Office.CustomProperties>(office, (cb) => item.loadCustomPropertiesAsync(cb));
    return properties;
  };

  return {
    kind: 'outlook',
    displayLanguage: office.context.displayLanguage ?? 'nl-NL',
    officeTheme: officeThemePort(office),
    async readAppointment() {
      const [subject, start, required, optional] = await Promise.all([
        call<string>(office, (cb) => item.subject.getAsync(cb)),
        call<Date>(office, (cb) => item.start.getAsync(cb)),
        call<Office.EmailAddressDetails[]>(office, (cb) => item.requiredAttendees.getAsync(cb)),
        call<Office.EmailAddressDetails[]>(office, (cb) => item.optionalAttendees.getAsync(cb)),
      ]);
      return { subject: subject ?? '', start: start ? new Date(start) : null, attendees: [...toAttendees(required ?? []), ...toAttendees(optional ?? [])] };
    },
    getBodyHtml: () => call<string>(office, (cb) => item.body.getAsync(office.CoercionType.Html, cb)),
    async setBodyHtml(html) {
      await call<void>(office, (cb) => item.body.setAsync(html, { coercionType: office.CoercionType.Html }, cb));
    },
    async listAttachments() {
      const list = await call<Office.AttachmentDetailsCompose[]>(office, (cb) => item.getAttachmentsAsync(cb));
      return (list ?? []).map((a) => ({ id: a.id, name: a.name }));
    },
    async removeAttachment(id) {
      await call<void>(office, (cb) => item.removeAttachmentAsync(id, cb));
    },
    addAttachment: (name, base64) => call<string>(office, (cb) => item.addFileAttachmentFromBase64Async(base64, name, cb)),
    async getCustomProperty(name) {
      const value: unknown = (await customProperties()).get(name);
      return typeof value === 'string' && value !== '' ? value : null;
    },
    async setCustomProperty(name, value) {
      const props = await customProperties();
      props.set(name, value);
      await call<void>(office, (cb) => props.saveAsync(cb));
    },
  };
}

/**
 * Waits for Office.js and answers the Outlook appointment host, or null outside Outlook (a plain
 * browser, or Office.js not loaded). Host detection goes through Office.js itself, never the URL.
 */
export async function connectOutlook(): Promise<AppointmentHost | null> {
  const office = (globalThis as { Office?: OfficeApi }).Office;
  if (!office?.onReady) return null;
  const info = await office.onReady();
  if (info.host !== office.HostType.Outlook) return null;
  const item = office.context.mailbox?.item;
  // Office's typings give itemType as one enum and MailboxEnums.ItemType as another; both are the string 'appointment'.
  if (!item || String(item.itemType) !== String(office.MailboxEnums.ItemType.Appointment)) return null;
  return officeAppointmentHost(office);
}
