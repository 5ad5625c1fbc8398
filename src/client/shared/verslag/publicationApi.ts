/** The publication's stand and settling an uncertain post (`GET …/verslag/publicatie`, `POST …/publicatie/bevestigen`). */
import type { PublicationView } from '../../../shared/contract/views';
import type { Api } from '../api';

export type { PublicationView };
export type UncertainPost = NonNullable<PublicationView['uncertain']>;

/** What the user saw in the channel: there (with the message's link, if they have it), or not there. */
export interface PublicationDecision {
  geplaatst: boolean;
  messageUrl?: string;
}

const path = (poId: string): string => `/api/pos/${encodeURIComponent(poId)}/verslag/publicatie`;

export const getPublication = (api: Api, poId: string): Promise<PublicationView> => api.request('GET', path(poId));

/** `stap`: the post the user decided on; the server refuses (409) when another one is uncertain by now. */
export const confirmPublication = (api: Api, poId: string, stap: string, d: PublicationDecision): Promise<PublicationView> =>
  api.request('POST', `${path(poId)}/bevestigen`, { geplaatst: d.geplaatst, stap, ...(d.geplaatst && d.messageUrl ? { messageUrl: d.messageUrl } : {}) });
