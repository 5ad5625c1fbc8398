/**
 * The task pane's API client: the front end's shared client (src/client/shared/api.ts) plus what
 * only Outlook needs: POs of one day, the agenda as invite HTML and as a Word document.
 */
import { ERRORS, type ErrorId, type Problem } from '../../shared/errors';
import { Api, ApiError } from '../shared/api';
import type { ClientConfig, PoSummary } from '../shared/types';

type TokenFn = () => Promise<string>;

/** Base64 of bytes, in chunks so large documents do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file name from a Content-Disposition header (RFC 5987 `filename*` first). */
export function fileNameOf(disposition: string | null): string | null {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? null;
}

/** A failed response as the shared ApiError (catalogue id, the server's message and problems). */
async function failure(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as { error?: { id?: string; message?: string; problems?: Problem[] } } | null;
  const given = body?.error?.id ?? '';
  const id: ErrorId = Object.prototype.hasOwnProperty.call(ERRORS, given) ? (given as ErrorId) : res.status === 401 ? 'unauthenticated' : 'internal';
  return new ApiError(res.status, id, body?.error?.message ?? ERRORS[id].nl, body?.error?.problems ?? []);
}

export async function fetchClientConfig(baseUrl = ''): Promise<ClientConfig> {
  const res = await fetch(`${baseUrl}/api/client-config`);
  if (!res.ok) throw await failure(res);
  return (await res.json()) as ClientConfig;
}

/** A development token for a demo user (POST /api/dev/token; development mode only). */
export async function devToken(userId: string, baseUrl = ''): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  if (!res.ok) throw await failure(res);
  return ((await res.json()) as { token: string }).token;
}

export class OutlookApi extends Api {
  constructor(private readonly tokenFn: TokenFn, private readonly base = '') {
    super(tokenFn, base);
  }

  /** POs between two calendar dates (Europe/Amsterdam), of one portefeuillehouder. */
  posBetween = async (q: { from: string; to: string; portefeuillehouderId: string; scope: 'mijn' | 'alle' }): Promise<PoSummary[]> =>
    (await this.request<{ items: PoSummary[] }>('GET', `/api/pos?${new URLSearchParams(q).toString()}`)).items;

  agendaHtml = async (poId: string): Promise<string> =>
    (await this.request<{ html: string }>('GET', `/api/pos/${encodeURIComponent(poId)}/agenda.html`)).html;

  /** The agenda as .docx: base64 and the file name the server gives it. */
  agendaDocx = async (poId: string): Promise<{ base64: string; fileName: string | null }> => {
    const res = await fetch(`${this.base}/api/pos/${encodeURIComponent(poId)}/agenda.docx`, { headers: { authorization: `Bearer ${await this.tokenFn()}` } });
    if (!res.ok) throw await failure(res);
    return { base64: toBase64(new Uint8Array(await res.arrayBuffer())), fileName: fileNameOf(res.headers.get('content-disposition')) };
  };
}
