/**
 * The two comments around the agenda block in the body of a PO's calendar invite: the server writes
 * them (render/agendaHtml.ts), the Outlook add-in finds and replaces the block between them.
 * Constants only, so a client bundle takes nothing else with them.
 */
export const AGENDA_START_MARKER = '<!-- PO-overleg agenda start -->';
export const AGENDA_END_MARKER = '<!-- PO-overleg agenda end -->';
