/**
 * The appointment the Outlook task pane works on, as a port: the real one is Outlook through
 * Office.js (host/office.ts, the only module that touches Office.js); in a plain browser it is an
 * in-memory appointment (outlook/browserAppointment.ts). Task pane logic only sees this interface.
 */

export interface Attendee {
  name: string;
  email: string;
}

export interface AppointmentSnapshot {
  subject: string;
  /** Start of the appointment; null when Outlook does not give one. */
  start: Date | null;
  /** Required and optional attendees together. */
  attendees: Attendee[];
}

export interface InviteAttachment {
  id: string;
  name: string;
}

/** Office's theme as far as the task pane needs it: light or dark (Outlook gives colours, not a name). */
export type OfficeThemeKind = 'light' | 'dark';

export interface OfficeThemePort {
  /** The theme Office shows now; null where Office does not tell (before Mailbox 1.14). */
  current(): OfficeThemeKind | null;
  /** Follows Office's theme changes; returns the unsubscribe function. */
  onChange(handler: (theme: OfficeThemeKind) => void): () => void;
}

export interface AppointmentHost {
  /** `outlook`: inside Outlook (organizer form); `browser`: the in-memory appointment. */
  readonly kind: 'outlook' | 'browser';
  /** The user's display language as the host gives it (BCP 47, e.g. `nl-NL`). */
  readonly displayLanguage: string;
  readAppointment(): Promise<AppointmentSnapshot>;
  /** The invite body as HTML. */
  getBodyHtml(): Promise<string>;
  setBodyHtml(html: string): Promise<void>;
  listAttachments(): Promise<InviteAttachment[]>;
  removeAttachment(id: string): Promise<void>;
  /** Adds a file attachment; answers its id. */
  addAttachment(name: string, base64: string): Promise<string>;
  /** A custom property of this add-in on the appointment (null when not set). */
  getCustomProperty(name: string): Promise<string | null>;
  /** Sets and saves a custom property on the appointment. */
  setCustomProperty(name: string, value: string): Promise<void>;
  /** Office's own theme (inside Outlook only); a browser follows its colour scheme instead. */
  readonly officeTheme?: OfficeThemePort;
}

/** A failed host call, with Office's error code when there is one. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: number | null = null,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
