/** Verslag and agenda as HTML and .docx: pure functions of their inputs, no I/O. */
export { escapeHtml, textToHtml, safeHref, poLinks, poLinkHtml, TEAMS_TAB_ENTITY_ID, type PoLinkOptions, type PoLinks } from './escape';
export { dutchDate, dutchShortDate, dutchDeadline, dutchDateTime, dutchTime } from './dutchDate';
export type { ChannelPost, GraphMention } from './channelMessage';
export { jsonStringBytes, requestBytes } from './channelMessage';
export type { VerslagRenderOptions } from './verslagSections';
export { VERSLAG_LINK_TEXT, AGENDA_LINK_TEXT } from './wording';
export { renderVerslagHtml } from './verslagHtml';
export { planChannelPosts, planVerslagPosts, partMarker, CHANNEL_MESSAGE_LIMIT_BYTES, MAX_THREAD_REPLIES } from './split';
export type { ChannelPostPlan, VerslagPostPlan } from './split';
export { renderVerslagDocx, VERSLAG_DOCX_TITLE } from './verslagDocx';
export type { AgendaRenderInput } from './agendaView';
export { renderAgendaHtml, insertAgendaBlock, AGENDA_START_MARKER, AGENDA_END_MARKER } from './agendaHtml';
export { renderAgendaDocx, AGENDA_DOCX_TITLE } from './agendaDocx';
