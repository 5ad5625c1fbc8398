/** The college cycle's calls on the REST client (src/server/routes/college). */
import type { CollegeState } from '../../../domain';
import type { AankondigingDatumView, AankondigingView, CollegeTrackView, ShareResult, TerugkoppelingView } from '../../../shared/contract/college';
import type { Api as ApiClient } from '../../shared/api';

const enc = encodeURIComponent;
const page = (cursor?: string): string => (cursor ? `?cursor=${enc(cursor)}` : '');

export const aankondigingDatum = (api: ApiClient): Promise<AankondigingDatumView> => api.request('GET', '/api/aankondiging');
export const aankondiging = (api: ApiClient, collegeDatum: string, cursor?: string): Promise<AankondigingView> =>
  api.request('GET', `/api/aankondiging/${enc(collegeDatum)}${page(cursor)}`);
export const aankondigingDocx = (api: ApiClient, collegeDatum: string): Promise<{ bytes: Uint8Array; fileName: string | null }> =>
  api.download(`/api/aankondiging/${enc(collegeDatum)}/docx`);
export const shareAankondiging = (api: ApiClient, collegeDatum: string): Promise<ShareResult> =>
  api.request('POST', `/api/aankondiging/${enc(collegeDatum)}/delen`);
export const takeCollegeStep = (api: ApiClient, recordId: string, body: { state: CollegeState; date: string; note?: string }): Promise<CollegeTrackView> =>
  api.request('POST', `/api/besluitpunten/${enc(recordId)}/college`, body);
export const terugkoppeling = (api: ApiClient, poId: string, cursor?: string): Promise<TerugkoppelingView> =>
  api.request('GET', `/api/pos/${enc(poId)}/terugkoppeling-college${page(cursor)}`);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Saves a downloaded Word document under the server's file name. */
export function saveDocx(file: { bytes: Uint8Array; fileName: string | null }, fallback: string): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: DOCX }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName ?? fallback;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
