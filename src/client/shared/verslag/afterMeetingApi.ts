/**
 * After (and during) the meeting: end with the afhandeling of items not discussed, reopen,
 * attendance, aangehouden items, and the verslag as a Word file saved through an object URL.
 */
import { nietBesproken } from '../../../domain/afhandeling';
import type { Afhandeling, Attendance } from '../../../domain/model';
import type { AangehoudenOffer, AttendanceView } from '../../../shared/contract/afterMeeting';
import type { Api } from '../api';
import type { PoView } from '../types';

export type { AangehoudenOffer, Afhandeling, Attendance, AttendanceView };

const base = (poId: string): string => `/api/pos/${encodeURIComponent(poId)}`;

export const endMeeting = (api: Api, poId: string, afhandeling: Record<string, Afhandeling> = {}): Promise<PoView> =>
  api.request('POST', `${base(poId)}/vergadering/beeindigen`, { afhandeling });
export const reopenMeeting = (api: Api, poId: string): Promise<PoView> => api.request('POST', `${base(poId)}/vergadering/heropenen`);
export const getAttendance = (api: Api, poId: string): Promise<AttendanceView> => api.request('GET', `${base(poId)}/aanwezigheid`);
export const saveAttendance = (api: Api, poId: string, attendance: Attendance): Promise<AttendanceView> =>
  api.request('PUT', `${base(poId)}/aanwezigheid`, attendance);
export const getAangehouden = async (api: Api, poId: string): Promise<AangehoudenOffer[]> =>
  (await api.request<{ items: AangehoudenOffer[] }>('GET', `${base(poId)}/aangehouden`)).items;
export const takeAangehouden = (api: Api, poId: string, itemId: string): Promise<PoView> =>
  api.request('POST', `${base(poId)}/aangehouden/${encodeURIComponent(itemId)}`);

/** The items the meeting never reached (never current, no records), as the end dialog lists them. */
export const notDiscussed = (po: PoView): PoView['agendapunten'] => {
  const ids = new Set(nietBesproken(po).map((i) => i.id));
  return po.agendapunten.filter((i) => ids.has(i.id));
};

/**
 * The verslag as .docx: fetched with the user's bearer token (a plain link would carry none) and
 * saved through an object URL.
 */
export async function downloadVerslagDocx(api: Api, po: Pick<PoView, 'id' | 'title'>): Promise<void> {
  const { bytes, fileName } = await api.download(`${base(po.id)}/verslag.docx`);
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName ?? `Verslag ${po.title}.docx`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser the moment it needs to start the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
