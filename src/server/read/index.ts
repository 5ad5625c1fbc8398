/** The read layer (see po.ts): every read of PO content goes through here. */
export { involvedReader, poStateFor, poSummariesFor, poViewFor, readablePos, readInvolved, seenBy, type ReadPo } from './po';
export { agendaCheckFor, collegeplanning, followUp, lateStukkenAll, lateStukkenOf, standingItem } from './registers';
export { readVerslag, searchArchive, versionsFor } from './verslag';
export { auditFor, mayReadAudit } from './audit';
export { verzoekenFor } from './verzoeken';
export { publicationFor } from './publication';
export { aangehoudenFor, attendanceFor } from './afterMeeting';
