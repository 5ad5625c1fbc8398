/** After (and during) the meeting: ending with the afhandeling, reopening, attendance, aangehouden items. */
import { z } from 'zod';
import { AFHANDELINGEN, type Attendance, type Purpose } from '../../domain';
import { LIMITS } from '../limits';
import { uuid, userId } from './common';
import { attendanceResponse } from './models';

/** `POST …/vergadering/beeindigen`: per niet-besproken agendapunt what the verslag says (default niet besproken). */
export const endBody = z.object({ afhandeling: z.record(uuid, z.enum(AFHANDELINGEN, { message: 'kies niet_besproken of aangehouden' })).optional() }).strict();

const attendee = z
  .object({
    userId: userId.nullable(),
    name: z.string().max(LIMITS.attendeeNameChars, `ten hoogste ${LIMITS.attendeeNameChars} tekens`),
  })
  .strict();
const people = z.array(attendee).max(LIMITS.attendeesPerList, `ten hoogste ${LIMITS.attendeesPerList} personen`);

/** `PUT …/aanwezigheid`: the whole attendance. */
export const attendanceBody = z.object({ aanwezig: people, afgemeld: people, aangeschoven: z.record(uuid, people) }).strict() satisfies z.ZodType<Attendance>;

export const attendanceViewResponse = z.object({
  attendance: attendanceResponse.nullable(),
  suggestion: attendanceResponse,
  mayEdit: z.boolean(),
});

export const aangehoudenParams = z.object({ poId: uuid, itemId: uuid });

const aangehoudenOffer = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.enum(['beeldvorming', 'oordeelsvorming', 'besluitvorming']).nullable() satisfies z.ZodType<Purpose | null>,
  vertrouwelijk: z.boolean(),
  poId: z.string(),
  poTitle: z.string(),
  poStartsAt: z.string(),
});
export const aangehoudenResponse = z.object({ items: z.array(aangehoudenOffer) });

export type AttendanceView = z.infer<typeof attendanceViewResponse>;
export type AangehoudenOffer = z.infer<typeof aangehoudenOffer>;
