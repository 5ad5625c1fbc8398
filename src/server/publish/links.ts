/**
 * Where the verslag, the .docx and the invite link to: the PO in the Teams app (a deep link to the
 * personal tab, the PO as sub-entity) and the same PO in a browser (`/app/tab?po=<id>`).
 */
import { appBaseUrl, type Config } from '../config';
import type { PoLinkOptions } from '../render';

export const linkOptions = (config: Config): PoLinkOptions => ({ appUrl: appBaseUrl(config), teamsAppId: config.APP_ID });
