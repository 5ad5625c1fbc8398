import { z } from 'zod';
import { CATEGORIES } from '../../domain/tags';
import { LIMITS } from '../limits';
import { calendarDate, httpUrl, purpose, shortText, text, timestamp, title, userId, uuid } from './common';

export { itemParams } from './common';

const stuk = z
  .object({
    id: uuid.optional(),
    title,
    url: httpUrl,
    deliveredAt: timestamp.nullable().optional(),
  })
  .strict();

const fields = {
  section: shortText.optional(),
  purpose: purpose.nullable().optional(),
  toelichting: text.optional(),
  voorgesteldBesluit: text.optional(),
  opdrachtnemerId: userId.nullable().optional(),
  adviseurIds: z.array(userId).max(20).optional(),
  stukken: z.array(stuk).max(LIMITS.stukkenPerAgendapunt, `ten hoogste ${LIMITS.stukkenPerAgendapunt} stukken`).optional(),
  vertrouwelijk: z.boolean().optional(),
  plannedMinutes: z.number().int().min(1).max(480).nullable().optional(),
  beoogdeCollegedatum: calendarDate.nullable().optional(),
  beoogdeRaadsdatum: calendarDate.nullable().optional(),
  portefeuille: shortText.nullable().optional(),
  raadsthema: shortText.nullable().optional(),
  categorie: z.enum(CATEGORIES, { message: 'moet I, II of III zijn' }).nullable().optional(),
};

export const addItemBody = z.object({ title, ...fields }).strict();
export const editItemBody = z
  .object({ title: title.optional(), ...fields })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'geef ten minste één veld om te wijzigen');
export const reorderBody = z.object({ order: z.array(z.object({ id: uuid, section: shortText }).strict()).max(LIMITS.agendapuntenPerPo) }).strict();
/** Into the Outlook invite: the event, when the PO has none linked yet. */
export const inviteBody = z.object({ eventId: z.string().min(1).max(500).optional() }).strict();

/** The agenda block for the invite, between the fixed markers (`GET .../agenda.html`). */
export const agendaHtmlResponse = z.object({ html: z.string() });
/** The invite now holds the agenda block and the .docx (`POST .../agenda/uitnodiging`). */
export const inviteResponse = z.object({ eventId: z.string(), attachmentId: z.string() });
/** Planner tasks made for the actiepunten (`POST .../planner`): made, already there, left out as confidential. */
export const plannerResponse = z.object({ created: z.number().int(), skipped: z.number().int(), vertrouwelijk: z.number().int() });

/** One criterion of an item's kwaliteitstoets (`PUT .../kwaliteitstoets/criteria/:criteriumId`). */
export const criteriumParams = z.object({
  poId: uuid,
  itemId: uuid,
  criteriumId: z.string().min(1).max(50),
});
export const criteriumBody = z.object({ voldaan: z.boolean(), notitie: shortText.optional() }).strict();
/** The portefeuillehouder overrules an open kwaliteitstoets (`POST .../kwaliteitstoets/overrulen`). */
export const overruleBody = z.object({ reden: z.string().trim().min(1, 'geef een reden').max(1000, 'ten hoogste 1000 tekens') }).strict();
/** The proposal sent back with a remark (`POST .../agenda/terugsturen`). */
export const terugsturenBody = z.object({ opmerking: z.string().trim().min(1, 'geef een opmerking').max(1000, 'ten hoogste 1000 tekens') }).strict();
