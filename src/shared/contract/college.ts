/**
 * The college cycle: Tuesday's announcement list per college date, a besluitpunt's college track
 * (aangekondigd -> geagendeerd -> besloten / aangehouden / teruggenomen), the terugkoppeling on the
 * next PO, and the collegebericht draft. Requests and answers (schemas and their types) in one place.
 */
import { z } from 'zod';
import {
  COLLEGE_STATES,
  COLLEGEBERICHT_FIELDS,
  MAX_COLLEGE_NOTE,
  MAX_TEMPLATE,
  type CollegeberichtTemplate,
  type CollegeState,
  type CollegeStep,
} from '../../domain';
import { calendarDate, pageQuery, uuid } from './common';

const instant = z.string().meta({ format: 'date-time' });
const day = z.string().meta({ format: 'date' });

export const collegeDatumParams = z.object({ collegeDatum: calendarDate });
export const besluitpuntParams = z.object({ recordId: uuid });
export const aankondigingQuery = z.object(pageQuery);
export const terugkoppelingQuery = z.object(pageQuery);
export const collegeStepBody = z
  .object({
    state: z.enum(COLLEGE_STATES, { message: 'moet aangekondigd, geagendeerd, besloten, aangehouden of teruggenomen zijn' }),
    date: calendarDate,
    note: z.string().max(MAX_COLLEGE_NOTE, `ten hoogste ${MAX_COLLEGE_NOTE} tekens`).optional(),
  })
  .strict();

export interface CollegeTrackView {
  state: CollegeState;
  steps: CollegeStep[];
}

const collegeStepResponse = z.object({
  state: z.enum(COLLEGE_STATES),
  date: day,
  note: z.string(),
  by: z.string(),
  byName: z.string(),
  at: instant,
}) satisfies z.ZodType<CollegeStep>;
export const collegeTrackResponse = z.object({ state: z.enum(COLLEGE_STATES), steps: z.array(collegeStepResponse) }) satisfies z.ZodType<CollegeTrackView>;

/** One besluitpunt on the announcement list of its college date. */
export interface AankondigingItem {
  id: string;
  text: string;
  collegeDatum: string;
  poId: string;
  poTitle: string;
  poStartsAt: string;
  portefeuillehouderId: string;
  portefeuillehouder: string;
  agendapuntTitle: string;
  vertrouwelijk: boolean;
  createdAt: string;
  college: CollegeTrackView | null;
  /** Recorded after the list was first announced. */
  late: boolean;
  /** Its text or college date changed after it was announced. */
  changed: boolean;
}

export interface AankondigingView {
  collegeDatum: string;
  /** When the first besluitpunt of this date was marked aangekondigd; null before. */
  firstAnnouncedAt: string | null;
  items: AankondigingItem[];
  nextCursor: string | null;
}

const aankondigingItemResponse = z.object({
  id: z.string(),
  text: z.string(),
  collegeDatum: day,
  poId: z.string(),
  poTitle: z.string(),
  poStartsAt: instant,
  portefeuillehouderId: z.string(),
  portefeuillehouder: z.string(),
  agendapuntTitle: z.string(),
  vertrouwelijk: z.boolean(),
  createdAt: instant,
  college: collegeTrackResponse.nullable(),
  late: z.boolean(),
  changed: z.boolean(),
}) satisfies z.ZodType<AankondigingItem>;

export const aankondigingResponse = z.object({
  collegeDatum: day,
  firstAnnouncedAt: instant.nullable(),
  items: z.array(aankondigingItemResponse),
  nextCursor: z.string().nullable(),
}) satisfies z.ZodType<AankondigingView>;

/** `GET /api/aankondiging`: the college date today's announcement is about (the organisation's college day). */
export const aankondigingDatumResponse = z.object({ collegeDatum: day, today: day });
export type AankondigingDatumView = z.infer<typeof aankondigingDatumResponse>;

export const shareResponse = z.object({ messageId: z.string(), webUrl: z.string().nullable(), shown: z.number(), hidden: z.number() });
export type ShareResult = z.infer<typeof shareResponse>;

/** A besluitpunt of an earlier PO of this portefeuillehouder whose college state changed since the previous PO. */
export interface TerugkoppelingEntry {
  id: string;
  text: string;
  collegeDatum: string | null;
  poId: string;
  poTitle: string;
  poStartsAt: string;
  agendapuntTitle: string;
  vertrouwelijk: boolean;
  college: CollegeTrackView;
}

export const terugkoppelingEntryResponse = z.object({
  id: z.string(),
  text: z.string(),
  collegeDatum: day.nullable(),
  poId: z.string(),
  poTitle: z.string(),
  poStartsAt: instant,
  agendapuntTitle: z.string(),
  vertrouwelijk: z.boolean(),
  college: collegeTrackResponse,
}) satisfies z.ZodType<TerugkoppelingEntry>;

export const terugkoppelingResponse = z.object({
  /** The period: from the previous PO of this portefeuillehouder (null: from the start) to this PO. */
  since: instant.nullable(),
  items: z.array(terugkoppelingEntryResponse),
  nextCursor: z.string().nullable(),
});
export type TerugkoppelingView = z.infer<typeof terugkoppelingResponse>;

/** The collegebericht template (Beheer): heading, the fields in order with their labels, a closing text. */
export const collegeberichtTemplateSchema = z.object({
  heading: z.string().trim().min(1, 'mag niet leeg zijn').max(MAX_TEMPLATE.heading, `ten hoogste ${MAX_TEMPLATE.heading} tekens`),
  fields: z
    .array(
      z
        .object({
          key: z.enum(COLLEGEBERICHT_FIELDS, { message: 'moet datum, aanleiding, onderwerp, portefeuillehouder, advies of vervolgProces zijn' }),
          label: z.string().trim().min(1, 'mag niet leeg zijn').max(MAX_TEMPLATE.label, `ten hoogste ${MAX_TEMPLATE.label} tekens`),
        })
        .strict(),
    )
    .min(1, 'kies ten minste één veld')
    .max(COLLEGEBERICHT_FIELDS.length),
  closing: z.string().max(MAX_TEMPLATE.closing, `ten hoogste ${MAX_TEMPLATE.closing} tekens`),
}) satisfies z.ZodType<CollegeberichtTemplate>;
export const collegeberichtBody = collegeberichtTemplateSchema.strict();
