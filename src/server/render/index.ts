/** Verslag and agenda as HTML and .docx: pure functions of their inputs, no I/O. */
export { escapeHtml, textToHtml, safeHref } from './escape';
export { dutchDate, dutchShortDate, dutchDeadline, dutchDateTime, dutchTime } from './dutchDate';
export type { ChannelPost, GraphMention } from './channelMessage';
export type { VerslagRenderOptions } from './verslagSections';
export { VERSLAG_LINK_TEXT, AGENDA_LINK_TEXT } from './wording';
export { renderVerslagHtml } from './verslagHtml';
export { planChannelPosts, CHANNEL_MESSAGE_LIMIT_BYTES } from './split';
export type { ChannelPostPlan } from './split';
export { renderVerslagDocx, VERSLAG_DOCX_TITLE } from './verslagDocx';
export type { AgendaRenderInput } from './agendaView';
export { renderAgendaHtml, insertAgendaBlock, AGENDA_START_MARKER, AGENDA_END_MARKER } from './agendaHtml';
export { renderAgendaDocx, AGENDA_DOCX_TITLE } from './agendaDocx';
