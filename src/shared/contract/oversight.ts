/** Across POs: the opvolging register, the standing item, collegeplanning, late stukken, the archive. */
import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '../../domain';
import { boolQuery, calendarDate, pageQuery, uuid } from './common';
import { archiefHitResponse, collegeplanningResponse, followUpEntryResponse, lateStukResponse, listOf, paged } from './models';

export const followUpQuery = z.object({
  portefeuillehouderId: z.string().max(100).optional(),
  ownerId: z.string().max(100).optional(),
  kind: z.enum(['actiepunt', 'toezegging', 'motie']).optional(),
  status: z.enum([...FOLLOW_UP_STATUSES, 'alle']).optional(),
  overdue: boolQuery.optional(),
  includeClosed: boolQuery.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  ...pageQuery,
});
export const followUpRecordParams = z.object({ recordId: uuid });
export const followUpStatusBody = z.object({ status: z.enum(FOLLOW_UP_STATUSES) }).strict();
export const standingItemQuery = z.object(pageQuery);
export const collegeplanningQuery = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  portefeuillehouderId: z.string().max(100).optional(),
  ...pageQuery,
});
export const archiveQuery = z.object({ q: z.string().max(200).optional(), portefeuillehouderId: z.string().max(100).optional(), ...pageQuery });

export const followUpStatusResponse = z.object({ id: z.string(), status: z.enum(FOLLOW_UP_STATUSES) });
export const followUpResponse = paged(followUpEntryResponse);
export const collegeplanningPageResponse = paged(collegeplanningResponse);
export const lateStukkenResponse = listOf(lateStukResponse);
export const archiveResponse = paged(archiefHitResponse);
