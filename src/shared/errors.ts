/**
 * The one error catalogue: stable ids, HTTP statuses and the texts the UI shows (Dutch first).
 * The domain throws `AppError` with one of these ids; the server maps it to a response;
 * the client maps the id back to text. Add an id here before using it anywhere.
 */
export const ERRORS = {
  validation: { status: 400, nl: 'De invoer is ongeldig.', en: 'The input is invalid.' },
  body_too_large: { status: 413, nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  not_found: { status: 404, nl: 'Niet gevonden.', en: 'Not found.' },
  unauthenticated: { status: 401, nl: 'U bent niet (meer) aangemeld.', en: 'You are not signed in.' },
  forbidden: { status: 403, nl: 'U heeft hiervoor geen rechten.', en: 'You are not allowed to do this.' },
  invalid_state: {
    status: 409,
    nl: 'Dit kan niet in de huidige fase van het PO.',
    en: 'This is not possible in the current stage of the PO.',
  },
  agenda_not_ready: {
    status: 409,
    nl: 'De agenda kan nog niet worden vastgesteld.',
    en: 'The agenda cannot be finalised yet.',
  },
  confirmation_required: {
    status: 409,
    nl: 'Bevestig dat u een besluitpunt vastlegt bij een agendapunt dat niet voor besluitvorming geagendeerd is.',
    en: 'Confirm recording a decision on an item not put on the agenda for decision-making.',
  },
  same_day_po: {
    status: 409,
    nl: 'Deze portefeuillehouder heeft die dag al een PO.',
    en: 'This portfolio holder already has a PO that day.',
  },
  conflict: { status: 409, nl: 'Dit is intussen door een ander gewijzigd.', en: 'Someone else changed this meanwhile.' },
  duplicate: { status: 409, nl: 'Dit is al in gebruik.', en: 'This is already in use.' },
  record_deleted: {
    status: 409,
    nl: 'Dit punt is intussen door een ander verwijderd.',
    en: 'This record was deleted by someone else.',
  },
  published_immutable: {
    status: 409,
    nl: 'Het verslag is gepubliceerd; start eerst een correctie.',
    en: 'The minutes are published; start a correction first.',
  },
  consent_required: {
    status: 403,
    nl: 'Toestemming nodig: de beheerder moet de app toegang tot Teams geven.',
    en: 'Consent needed: an administrator must grant the app access to Teams.',
  },
  graph_failed: {
    status: 502,
    nl: 'Microsoft Teams kon het verslag nu niet ontvangen; probeer het later opnieuw.',
    en: 'Microsoft Teams could not receive the minutes now; try again later.',
  },
  not_configured: {
    status: 503,
    nl: 'Deze functie is voor uw organisatie niet ingesteld.',
    en: 'This feature is not configured for your organisation.',
  },
  internal: { status: 500, nl: 'Er ging iets mis aan onze kant.', en: 'Something went wrong on our side.' },
  rate_limited: { status: 429, nl: 'Te veel verzoeken; probeer het straks opnieuw.', en: 'Too many requests; try again shortly.' },
  publish_uncertain: {
    status: 502,
    nl: 'Onzeker of het verslag in Teams staat: controleer het kanaal. Het wordt niet nog eens geplaatst zolang dat onzeker is.',
    en: 'Unsure whether the minutes are in Teams: check the channel. They are not posted again while this is unsure.',
  },
  invite_failed: {
    status: 502,
    nl: 'Outlook kon de agenda nu niet in de uitnodiging zetten; probeer het later opnieuw.',
    en: 'Outlook could not put the agenda in the invite now; try again later.',
  },
  invite_uncertain: {
    status: 502,
    nl: 'Onzeker of de agenda als bijlage in de uitnodiging staat: controleer de bijlagen van de uitnodiging.',
    en: "Unsure whether the agenda is attached to the invite: check the invite's attachments.",
  },
  planner_failed: {
    status: 502,
    nl: 'Planner kon de actiepunten nu niet als taken ontvangen; probeer het later opnieuw.',
    en: 'Planner could not receive the action items as tasks now; try again later.',
  },
  planner_uncertain: {
    status: 502,
    nl: 'Onzeker of een Planner-taak is aangemaakt: controleer het plan. De taak wordt niet nog eens aangemaakt zolang dat onzeker is.',
    en: 'Unsure whether a Planner task was created: check the plan. It is not created again while this is unsure.',
  },
} as const satisfies Record<string, { status: number; nl: string; en: string }>;

export type ErrorId = keyof typeof ERRORS;

/** One problem with one field or item, e.g. an agendapunt without a purpose. */
export interface Problem {
  /** Stable id of the problem kind, e.g. `purpose_missing`. */
  code: string;
  /** Where: a field path (`body.title`) or an object reference (`agendapunt:<id>`). */
  path: string;
  /** Dutch message naming the problem. */
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    message?: string,
    readonly problems: Problem[] = [],
  ) {
    super(message ?? ERRORS[id].nl);
    this.name = 'AppError';
    this.status = ERRORS[id].status;
  }
}

export const fail = (id: ErrorId, message?: string, problems: Problem[] = []): never => {
  throw new AppError(id, message, problems);
};
