/** Test data and rendering for the component tests: a PO as the API presents it, users, a provider. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Purpose } from '../../src/domain/model';
import type { Locale } from '../../src/client/shared/i18n';
import { LocaleContext } from '../../src/client/shared/session';
import type { LiveView } from '../../src/client/shared/meeting/live';
import type { AgendaItemView, PoView, RecordView, UserView } from '../../src/client/shared/types';

export const SECTIONS = ['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag'];

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

export function item(title: string, over: Partial<AgendaItemView> = {}): AgendaItemView {
  return {
    id: uuid(),
    section: SECTIONS[0] as string,
    position: 0,
    title,
    purpose: null as Purpose | null,
    toelichting: '',
    voorgesteldBesluit: '',
    opdrachtnemerId: 'u-tim',
    adviseurIds: [],
    stukken: [],
    kwaliteitstoets: null,
    toetsCriteria: [],
    toetsOverruled: null,
    vertrouwelijk: false,
    plannedMinutes: 15,
    beoogdeCollegedatum: null,
    bespreking: '',
    standing: false,
    nummer: '',
    ...over,
  };
}

/** A concept PO with these items, numbered and positioned per section as the server does. */
export function po(items: AgendaItemView[], over: Partial<PoView> = {}): PoView {
  const ordered = SECTIONS.flatMap((s) => items.filter((i) => i.section === s).map((i, position) => ({ ...i, position })));
  const agendapunten = ordered.map((i, index) => ({ ...i, nummer: String(index + 1) }));
  return {
    id: uuid(),
    title: 'PO Bram Diepstraten',
    status: 'concept',
    startsAt: '2026-11-30T08:00:00.000Z',
    portefeuillehouder: { id: 'bram', name: 'Bram Diepstraten', titel: 'wethouder' },
    concernadviseurId: 'u-eva',
    notulistId: 'u-noor',
    participantIds: [],
    aanwezigen: [],
    sections: SECTIONS,
    agendapunten,
    records: [],
    currentAgendapuntId: null,
    timings: { spent: {}, current: null },
    attendance: null,
    teamsMeetingChatId: null,
    vastgesteldAt: null,
    startedAt: null,
    endedAt: null,
    approval: null,
    publishedVersion: 0,
    correctionOpen: false,
    geannuleerd: null,
    stukkenDeadline: '2026-11-25T11:00:00.000Z',
    agendaCheck: { problems: [], waitingForKwaliteitstoets: [] },
    vaststelling: { doorBeiden: true, voorstel: null, teruggestuurd: null, wachtOp: null },
    toetsCriteria: [],
    seq: 1,
    myRoles: ['concernadviseur'],
    rights: {
      editAgenda: true,
      editItems: agendapunten.map((i) => i.id),
      confirmKwaliteitstoets: [],
      chair: true,
      record: false,
      amendVerslag: true,
      approveVerslag: false,
      publish: true,
      decideAgendaverzoek: true,
      voorleggen: true,
      vaststellen: false,
      terugsturen: false,
      overruleToets: false,
    },
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    ...over,
  };
}

export const USERS: UserView[] = [
  { id: 'u-eva', name: 'Eva de Vries', email: 'eva@velsen.example', roles: ['concernadviseur'], functie: 'Concernadviseur', entraId: null },
  { id: 'u-tim', name: 'Tim Jansen', email: 'tim@velsen.example', roles: ['opdrachtnemer'], functie: 'Teamleider Wonen', entraId: null },
  { id: 'u-fatima', name: 'Fatima El Amrani', email: 'fatima@velsen.example', roles: ['opdrachtnemer'], functie: 'Opgavemanager Mobiliteit', entraId: null },
];

export function renderUi(ui: ReactElement, locale: Locale = 'nl'): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => (
      <LocaleContext.Provider value={locale}>
        <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
      </LocaleContext.Provider>
    ),
  });
}

/** Shown to the user: no ancestor hidden by attribute, ARIA or style (jsdom has no layout). */
export function visible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    const style = window.getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

/** The text of the elements `aria-describedby` points at. */
export function description(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** A besluitpunt as the screens get it. */
export const besluitRecord = (id: string, agendapuntId: string, text: string, at = '2026-12-07T08:30:00.000Z'): RecordView => ({
  id,
  kind: 'besluitpunt',
  agendapuntId,
  text,
  collegeDatum: '2026-12-15',
  outsidePurpose: false,
  createdBy: 'u-noor',
  createdAt: at,
  updatedAt: at,
});

/** An open actiepunt for Tim Jansen as the screens get it. */
export const actieRecord = (id: string, agendapuntId: string, text: string, at = '2026-12-07T08:30:00.000Z'): RecordView => ({
  id,
  kind: 'actiepunt',
  agendapuntId,
  text,
  ownerId: 'u-tim',
  ownerName: 'Tim Jansen',
  dueDate: '2026-12-18',
  status: 'open',
  plannerTaskId: null,
  createdBy: 'u-noor',
  createdAt: at,
  updatedAt: at,
});

/** A PO as the live channel holds it: online, nothing pending. */
export function liveViewOf(p: PoView): LiveView {
  return {
    po: p,
    presence: [],
    connection: 'online',
    pending: 0,
    pendingIds: new Set(),
    fatal: null,
    send: jest.fn(async () => ({ status: 'sent' as const })),
  };
}
