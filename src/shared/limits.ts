/** Limits shared by client and server: the server enforces them, the client shows them. */
export const LIMITS = {
  bodyBytes: 256 * 1024,
  titleChars: 300,
  textChars: 20_000,
  shortTextChars: 500,
  agendapuntenPerPo: 80,
  stukkenPerAgendapunt: 30,
  recordsPerPo: 2_000,
  urlChars: 2_000,
  /** People in one attendance list (aanwezig, afgemeld, aangeschoven per agendapunt). */
  attendeesPerList: 200,
  /** A guest's name in the attendance. */
  attendeeNameChars: 200,
} as const;
