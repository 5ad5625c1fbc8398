/**
 * The appointment in a plain browser (development, demos, tests): an in-memory invite with the
 * same interface as Outlook, so the task pane runs unchanged. The page shows it next to the pane.
 */
import type { AppointmentHost, AppointmentSnapshot, InviteAttachment } from '../host/appointment';

export interface BrowserInvite extends AppointmentSnapshot {
  body: string;
  attachments: (InviteAttachment & { size: number })[];
  properties: Record<string, string>;
}

export interface BrowserAppointment extends AppointmentHost {
  readonly kind: 'browser';
  /** The invite as it is now. */
  snapshot(): BrowserInvite;
  /** Changes subject, start or attendees, as the organizer would in Outlook. */
  edit(change: Partial<AppointmentSnapshot>): void;
  /** Called after every change; answers an unsubscribe function. */
  subscribe(listener: (invite: BrowserInvite) => void): () => void;
}

/** Next Monday 09:00 local time: when POs usually are. */
export function nextMondayMorning(now: Date): Date {
  const d = new Date(now);
  d.setHours(9, 0, 0, 0);
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7));
  return d;
}

export function browserAppointment(initial: Partial<BrowserInvite> = {}, now = new Date()): BrowserAppointment {
  let invite: BrowserInvite = {
    subject: initial.subject ?? 'Portefeuillehoudersoverleg',
    start: initial.start ?? nextMondayMorning(now),
    attendees: initial.attendees ?? [],
    body: initial.body ?? "<p>Beste collega's,</p><p>Hierbij de uitnodiging voor het PO.</p>",
    attachments: initial.attachments ?? [],
    properties: initial.properties ?? {},
  };
  const listeners = new Set<(invite: BrowserInvite) => void>();
  let nextId = 1;
  const update = (change: Partial<BrowserInvite>): void => {
    invite = { ...invite, ...change };
    for (const l of listeners) l(invite);
  };
  return {
    kind: 'browser',
    displayLanguage: typeof navigator === 'undefined' ? 'nl-NL' : navigator.language,
    snapshot: () => invite,
    edit: (change) => update(change),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readAppointment: async () => ({ subject: invite.subject, start: invite.start, attendees: invite.attendees }),
    getBodyHtml: async () => invite.body,
    setBodyHtml: async (html) => update({ body: html }),
    listAttachments: async () => invite.attachments.map(({ id, name }) => ({ id, name })),
    removeAttachment: async (id) => update({ attachments: invite.attachments.filter((a) => a.id !== id) }),
    async addAttachment(name, base64) {
      const id = `bijlage-${nextId++}`;
      update({ attachments: [...invite.attachments, { id, name, size: Math.floor((base64.length * 3) / 4) }] });
      return id;
    },
    getCustomProperty: async (name) => invite.properties[name] ?? null,
    setCustomProperty: async (name, value) => update({ properties: { ...invite.properties, [name]: value } }),
  };
}
