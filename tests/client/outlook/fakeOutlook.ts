/// <reference types="office-js" />
/**
 * An Outlook appointment organizer form for tests, built with office-addin-mock: the Office.js
 * surface host/office.ts uses (Mailbox 1.8), backed by a plain state object tests can inspect.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeApp } from 'office-addin-manifest';

type Callback<T> = (result: { status: string; value: T; error?: { code: number; message: string } }) => void;

export interface OutlookState {
  subject: string;
  start: Date;
  required: { displayName: string; emailAddress: string }[];
  optional: { displayName: string; emailAddress: string }[];
  body: string;
  bodyCoercions: string[];
  attachments: { id: string; name: string; base64: string }[];
  customProperties: Record<string, string>;
  /** Custom properties as last saved with saveAsync (what reopening the invite sees). */
  savedProperties: Record<string, string>;
  /** Set to make the next call of this name fail. */
  failNext: string | null;
  /** Office's body background colour at the start (Mailbox 1.14); null: an Outlook before 1.14, without the theme API. */
  themeBackground: string | null;
  /** The OfficeThemeChanged handlers Outlook would call. */
  themeHandlers: ((event: { type: string; officeTheme: { bodyBackgroundColor: string } }) => void)[];
}

const ok = <T>(cb: Callback<T>, value: T): void => cb({ status: 'succeeded', value });

export function fakeOutlook(initial: Partial<OutlookState> = {}): { office: typeof Office; state: OutlookState } {
  const state: OutlookState = {
    subject: 'PO wethouder Diepstraten',
    start: new Date('2026-12-07T08:00:00Z'),
    required: [{ displayName: 'Bram Diepstraten', emailAddress: 'bram@velsen.example' }],
    optional: [],
    body: "<html><body><p>Beste collega's,</p></body></html>",
    bodyCoercions: [],
    attachments: [],
    customProperties: {},
    savedProperties: {},
    failNext: null,
    themeBackground: null,
    themeHandlers: [],
    ...initial,
  };
  let nextId = 1;
  const guard = <T>(name: string, cb: Callback<T>, run: () => void): void => {
    if (state.failNext === name) {
      state.failNext = null;
      cb({ status: 'failed', value: undefined as T, error: { code: 9002, message: `${name} mislukt` } });
    } else run();
  };
  const lastCallback = <T>(args: unknown[]): Callback<T> => args[args.length - 1] as Callback<T>;

  const data = {
    host: OfficeApp.Outlook,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    HostType: { Outlook: 'Outlook' },
    MailboxEnums: { ItemType: { Appointment: 'appointment', Message: 'message' } },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      displayLanguage: 'nl-NL',
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'Mailbox' && (Number(version.split('.')[1]) <= 8 || state.themeBackground !== null),
      },
      officeTheme: initial.themeBackground ? { bodyBackgroundColor: initial.themeBackground } : undefined,
      mailbox: {
        addHandlerAsync: (type: string, handler: OutlookState['themeHandlers'][number], ...rest: unknown[]) => {
          if (type === 'officeThemeChanged') state.themeHandlers.push(handler);
          ok(lastCallback<void>(rest), undefined);
        },
        removeHandlerAsync: (type: string, ...rest: unknown[]) => {
          if (type === 'officeThemeChanged') state.themeHandlers = [];
          ok(lastCallback<void>(rest), undefined);
        },
        item: {
          itemType: 'appointment',
          subject: { getAsync: (cb: Callback<string>) => ok(cb, state.subject) },
          start: { getAsync: (cb: Callback<Date>) => ok(cb, state.start) },
          requiredAttendees: { getAsync: (cb: Callback<unknown[]>) => ok(cb, state.required) },
          optionalAttendees: { getAsync: (cb: Callback<unknown[]>) => ok(cb, state.optional) },
          body: {
            getAsync: (coercion: string, ...rest: unknown[]) => {
              state.bodyCoercions.push(coercion);
              const cb = lastCallback<string>(rest);
              guard('body.getAsync', cb, () => ok(cb, state.body));
            },
            setAsync: (html: string, options: { coercionType: string }, cb: Callback<void>) =>
              guard('body.setAsync', cb, () => {
                state.bodyCoercions.push(options.coercionType);
                state.body = html;
                ok(cb, undefined);
              }),
          },
          getAttachmentsAsync: (...args: unknown[]) =>
            ok(
              lastCallback(args),
              state.attachments.map(({ id, name }) => ({ id, name, attachmentType: 'file', isInline: false, size: 1 })),
            ),
          removeAttachmentAsync: (id: string, ...rest: unknown[]) => {
            state.attachments = state.attachments.filter((a) => a.id !== id);
            ok(lastCallback<void>(rest), undefined);
          },
          addFileAttachmentFromBase64Async: (base64: string, name: string, ...rest: unknown[]) => {
            const cb = lastCallback<string>(rest);
            guard('addFileAttachmentFromBase64Async', cb, () => {
              const id = `att-${nextId++}`;
              state.attachments.push({ id, name, base64 });
              ok(cb, id);
            });
          },
          loadCustomPropertiesAsync: (cb: Callback<unknown>) => {
            state.customProperties = { ...state.savedProperties };
            ok(cb, {
              get: (name: string) => state.customProperties[name],
              set: (name: string, value: string) => {
                state.customProperties[name] = value;
              },
              remove: (name: string) => {
                delete state.customProperties[name];
              },
              getAll: () => ({ ...state.customProperties }),
              saveAsync: (saved: Callback<void>) => {
                state.savedProperties = { ...state.customProperties };
                ok(saved, undefined);
              },
            });
          },
        },
      },
    },
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
  };
  return { office: new OfficeMockObject(data, OfficeApp.Outlook) as unknown as typeof Office, state };
}
