/** Every surface of the app as the browser tests open it: URL, signed-in user, what shows it is ready. */
import type { Scenario } from './scenario';

export interface Surface {
  name: string;
  /** File name of its screenshot. */
  shot: string;
  user: string;
  path: (d: Scenario) => string;
  viewport?: { width: number; height: number };
  /** Waits until the surface shows its content. */
  ready: string;
  /**
   * Content-Security-Policy reports that are expected and harmless on this surface: the policy
   * blocking what a third-party script tries (never the app's own code).
   */
  blockedByPolicy?: RegExp;
}

/**
 * Office.js outside Office (the task pane in a plain browser) tries to frame Microsoft's telemetry
 * service and to style that frame inline; the page's policy refuses both, as it should.
 */
const OFFICE_JS_OUTSIDE_OFFICE =
  /\/vendor\/office-js\/[^ ]*\.js(:\d+)?: (Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'|Applying inline style)|violation \(event\): (frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com|style-src-attr inline) in [^ ]*\/vendor\/office-js\//;

export const SURFACES: Surface[] = [
  { name: "personal tab: my PO's", shot: 'tab-mijn-pos', user: 'Eva de Vries', path: () => '/app/tab', ready: "Komende PO's" },
  {
    name: 'personal tab: agenda editor',
    shot: 'tab-agenda-editor',
    user: 'Eva de Vries',
    path: (d) => `/app/tab#po/${d.concept}`,
    ready: 'Woningbouwprogramma 2027',
  },
  {
    name: 'personal tab: follow-up',
    shot: 'tab-opvolging',
    user: 'Eva de Vries',
    path: () => '/app/tab#opvolging',
    ready: 'Varianten voor de binnenstad uitwerken',
  },
  {
    name: 'personal tab: agendaverzoeken',
    shot: 'tab-agendaverzoeken',
    user: 'Eva de Vries',
    path: () => '/app/tab#verzoeken',
    ready: 'Huisvesting statushouders',
  },
  {
    name: 'personal tab: collegeplanning',
    shot: 'tab-collegeplanning',
    user: 'Eva de Vries',
    path: () => '/app/tab#collegeplanning',
    ready: 'Instemmen met het uitvoeringsplan schoolroutes',
  },
  { name: 'personal tab: archive', shot: 'tab-archief', user: 'Eva de Vries', path: () => '/app/tab#archief', ready: 'Gepubliceerd' },
  { name: 'personal tab: beheer', shot: 'tab-beheer', user: 'Bea Kramer', path: () => '/app/tab#beheer', ready: 'Tweede Paasdag' },
  { name: 'channel tab', shot: 'channel', user: 'Mila Visser', path: () => '/app/channel?ph=bram', ready: 'Gepubliceerde verslagen' },
  { name: 'config page', shot: 'config', user: 'Eva de Vries', path: () => '/app/config', ready: 'Alle portefeuillehouders' },
  {
    name: 'meeting details tab with the verslag',
    shot: 'meeting-details-verslag',
    user: 'Noor Bakker',
    path: (d) => `/app/meeting?view=details&chatId=${encodeURIComponent(d.chatId)}`,
    ready: 'Verslag publiceren in Teams',
  },
  {
    name: 'side panel',
    shot: 'side-panel',
    user: 'Noor Bakker',
    path: (d) => `/app/meeting?poId=${d.started}`,
    viewport: { width: 320, height: 900 },
    ready: 'Vastleggen bij agendapunt 2',
  },
  {
    name: 'Outlook task pane (browser mode)',
    shot: 'outlook',
    user: 'Eva de Vries',
    path: () => '/app/outlook',
    viewport: { width: 1280, height: 900 },
    ready: 'Proefafspraak (browsermodus)',
    blockedByPolicy: OFFICE_JS_OUTSIDE_OFFICE,
  },
  {
    name: 'stage',
    shot: 'stage',
    user: 'Bram Diepstraten',
    path: (d) => `/app/stage?poId=${d.started}`,
    viewport: { width: 1280, height: 720 },
    ready: 'Nu aan de orde',
  },
];
