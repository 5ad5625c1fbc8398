/** The raad's register through the REST API (the contract's types; nothing from the server). */
import type { Api } from './api';
import type { z } from 'zod';
import type {
  RaadsImportView,
  RaadsItemDetailView,
  RaadsItemView,
  RaadsStandingView,
  ReminderSettingsView,
  raadsItemBody,
  raadsItemPatch,
  reminderSettingsBody,
} from '../../shared/contract/raadsregister';
import type { Paged } from './types';

export type { RaadsImportView, RaadsItemDetailView, RaadsItemView, RaadsStandingView, ReminderSettingsView };
export type RaadsFilter = { soort?: string; status?: string; portefeuillehouderId?: string; overdue?: boolean; cursor?: string; limit?: number };

const enc = encodeURIComponent;
const query = (f: Record<string, string | number | boolean | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && v !== false) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const raadsList = (api: Api, f: RaadsFilter): Promise<Paged<RaadsItemView>> => api.request('GET', `/api/raadsregister${query(f)}`);
export const raadsDetail = (api: Api, id: string): Promise<RaadsItemDetailView> => api.request('GET', `/api/raadsregister/${enc(id)}`);
export const raadsAdd = (api: Api, body: z.input<typeof raadsItemBody>): Promise<RaadsItemView> => api.request('POST', '/api/raadsregister', body);
export const raadsChange = (api: Api, id: string, patch: z.input<typeof raadsItemPatch>): Promise<RaadsItemView> =>
  api.request('PATCH', `/api/raadsregister/${enc(id)}`, patch);
export const raadsImport = (api: Api, csv: string, preview: boolean): Promise<RaadsImportView> =>
  api.request('POST', '/api/raadsregister/import', { csv, preview });
export const raadsStanding = (api: Api, poId: string): Promise<RaadsStandingView> => api.request('GET', `/api/pos/${enc(poId)}/raadsregister`);
export const reminderSettings = (api: Api): Promise<ReminderSettingsView> => api.request('GET', '/api/beheer/herinneringen');
export const saveReminderSettings = (api: Api, body: z.input<typeof reminderSettingsBody>): Promise<ReminderSettingsView> =>
  api.request('PUT', '/api/beheer/herinneringen', body);
